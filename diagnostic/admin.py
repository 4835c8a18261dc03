"""Mission staff build questionnaires here. A published (or archived) version is read-only:
the action « Créer une nouvelle version » copies it into a draft that can be edited."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.utils.html import format_html, format_html_join

from croissance.admin_historique import ModelAdmin
from croissance.adminlog import logged_action

from . import services
from .models import (
    Axe,
    Besoin,
    Choix,
    IndicateurDII,
    Niveau,
    Points,
    Question,
    Questionnaire,
    Resultat,
    ScoreAxe,
    Version,
)


def _version(obj):
    if obj is None:
        return None
    if isinstance(obj, Version):
        return obj
    if isinstance(obj, Choix):
        return obj.question.version
    return getattr(obj, "version", None)


class GelMixin:
    """No change to the rows of a version that is not a draft."""

    def _modifiable(self, obj):
        version = _version(obj)
        return version is None or version.modifiable

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._modifiable(obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._modifiable(obj)

    def has_add_permission(self, request, obj=None):
        if obj is None:
            return super().has_add_permission(request)
        return super().has_add_permission(request, obj) and self._modifiable(obj)

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj)


class BrouillonsSeulementMixin:
    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "version":
            kwargs["queryset"] = Version.objects.filter(statut="brouillon").select_related(
                "questionnaire"
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class NiveauInline(GelMixin, admin.TabularInline):
    model = Niveau
    extra = 0
    fields = ["rang", "nom", "score_min", "description"]


class AxeInline(GelMixin, admin.StackedInline):
    model = Axe
    extra = 0
    fields = ["ordre", "slug", "nom", "theme", "description", "explication", "conseil"]


class BesoinInline(GelMixin, admin.TabularInline):
    model = Besoin
    extra = 0
    fields = ["ordre", "slug", "libelle", "theme"]


class IndicateurInline(GelMixin, admin.StackedInline):
    model = IndicateurDII
    extra = 0
    fields = ["numero", "libelle", "choix"]
    filter_horizontal = ["choix"]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        kwargs["queryset"] = Choix.objects.select_related("question")
        return super().formfield_for_manytomany(db_field, request, **kwargs)


@admin.register(Questionnaire)
class QuestionnaireAdmin(ModelAdmin):
    list_display = ["titre", "slug", "duree_minutes", "nombre_versions"]
    search_fields = ["titre", "slug"]
    prepopulated_fields = {"slug": ["titre"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(nb_versions=Count("versions"))

    @admin.display(description="versions", ordering="nb_versions")
    def nombre_versions(self, obj):
        return obj.nb_versions


@admin.register(Version)
class VersionAdmin(GelMixin, ModelAdmin):
    list_display = ["questionnaire", "numero", "statut", "publiee_le", "nombre_resultats"]
    list_filter = ["questionnaire", "statut"]
    list_select_related = ["questionnaire"]
    search_fields = ["questionnaire__titre", "notes"]
    readonly_fields = ["statut", "publiee_le", "comment_atteindre_les_niveaux"]
    fields = [
        "questionnaire",
        "numero",
        "statut",
        "publiee_le",
        "notes",
        "comment_atteindre_les_niveaux",
        "choix_commerce_connecte",
    ]
    filter_horizontal = ["choix_commerce_connecte"]
    inlines = [NiveauInline, AxeInline, BesoinInline, IndicateurInline]
    actions = ["creer_nouvelle_version", "publier"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(nb_resultats=Count("resultats"))

    @admin.display(description="résultats", ordering="nb_resultats")
    def nombre_resultats(self, obj):
        return obj.nb_resultats

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        kwargs["queryset"] = Choix.objects.select_related("question")
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    @admin.display(description="comment chaque niveau est atteint")
    def comment_atteindre_les_niveaux(self, obj):
        if obj is None or obj.pk is None:
            return "—"
        niveaux = list(obj.niveaux.order_by("score_min"))
        lignes = []
        for index, niveau in enumerate(niveaux):
            fin = niveaux[index + 1].score_min - 1 if index + 1 < len(niveaux) else 100
            lignes.append((niveau.nom, niveau.score_min, fin))
        return format_html(
            "<p>Chaque axe est noté de 0 à 100 : points obtenus sur points possibles des "
            "questions affichées. Le score global est la moyenne des axes et donne le niveau :</p>"
            "<ul>{}</ul>",
            format_html_join("", "<li>{} : score global de {} à {}/100</li>", lignes),
        )

    @logged_action(description="Créer une nouvelle version (brouillon copié)")
    def creer_nouvelle_version(self, request, queryset):
        for version in queryset.select_related("questionnaire"):
            copie = services.creer_nouvelle_version(version=version)
            self.message_user(request, f"Brouillon créé : {copie}.", messages.SUCCESS)

    @logged_action(description="Publier (la version devient définitive)")
    def publier(self, request, queryset):
        for version in queryset:
            try:
                services.publier_version(version=version)
            except ValidationError as error:
                self.message_user(
                    request, f"{version} : {' '.join(error.messages)}", messages.ERROR
                )
            else:
                self.message_user(request, f"{version} est publiée.", messages.SUCCESS)


class ChoixInline(GelMixin, admin.TabularInline):
    model = Choix
    extra = 0
    fields = ["ordre", "code", "libelle", "exclusif"]
    show_change_link = True


class QuestionForm(forms.ModelForm):
    class Meta:
        model = Question
        fields = [
            "version",
            "axe",
            "code",
            "ordre",
            "texte",
            "aide",
            "type",
            "obligatoire",
            "conditions",
        ]

    def clean(self):
        cleaned = super().clean()
        version, axe = cleaned.get("version"), cleaned.get("axe")
        ordre = cleaned.get("ordre") or 0
        for choix in cleaned.get("conditions") or []:
            precedente = choix.question
            if (
                version is None
                or axe is None
                or precedente.version_id != version.pk
                or (precedente.axe.ordre, precedente.ordre) >= (axe.ordre, ordre)
            ):
                raise ValidationError(
                    {
                        "conditions": "Une condition doit porter sur une question précédente "
                        f"de la même version (« {choix} » ne convient pas)."
                    }
                )
        return cleaned


@admin.register(Question)
class QuestionAdmin(GelMixin, BrouillonsSeulementMixin, ModelAdmin):
    form = QuestionForm
    list_display = ["texte", "code", "axe", "type", "obligatoire", "version"]
    list_filter = ["version__questionnaire", "version", "type", "axe__slug"]
    list_select_related = ["axe", "version__questionnaire"]
    search_fields = ["texte", "code", "aide"]
    inlines = [ChoixInline]
    filter_horizontal = ["conditions"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "axe":
            kwargs["queryset"] = Axe.objects.filter(version__statut="brouillon").select_related(
                "version__questionnaire"
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        kwargs["queryset"] = Choix.objects.filter(
            question__version__statut="brouillon"
        ).select_related("question__axe")
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class PointsInline(GelMixin, admin.TabularInline):
    model = Points
    extra = 1
    fields = ["axe", "valeur"]


@admin.register(Choix)
class ChoixAdmin(GelMixin, ModelAdmin):
    list_display = ["libelle", "code", "question", "points_par_axe"]
    list_filter = ["question__version__questionnaire", "question__version"]
    list_select_related = ["question"]
    search_fields = ["libelle", "code", "question__texte"]
    inlines = [PointsInline]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("points__axe")

    @admin.display(description="points par axe")
    def points_par_axe(self, obj):
        return ", ".join(f"{p.axe.nom} : {p.valeur}" for p in obj.points.all()) or "—"


class ScoreAxeInline(admin.TabularInline):
    model = ScoreAxe
    extra = 0
    can_delete = False
    readonly_fields = ["axe", "score"]

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Resultat)
class ResultatAdmin(ModelAdmin):
    list_display = [
        "__str__",
        "entreprise",
        "statut",
        "score_global",
        "niveau",
        "dii",
        "commerce_connecte",
        "termine_le",
    ]
    list_filter = ["statut", "version__questionnaire", "commerce_connecte", "niveau_dii", "region"]
    list_select_related = ["version__questionnaire", "entreprise", "niveau"]
    search_fields = ["entreprise__nom", "entreprise__siret", "user__email"]
    date_hierarchy = "commence_le"
    inlines = [ScoreAxeInline]
    readonly_fields = [
        "version",
        "user",
        "entreprise",
        "statut",
        "etape",
        "secteur",
        "tranche_effectifs",
        "region",
        "score_global",
        "niveau",
        "dii",
        "niveau_dii",
        "indicateurs_dii",
        "commerce_connecte",
        "questions_manquantes",
        "pdf",
        "pdf_demande_le",
        "termine_le",
        "besoins",
    ]

    def has_add_permission(self, request):
        return False
