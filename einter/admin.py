from django.contrib import admin, messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse

from croissance.admin_historique import ModelAdmin
from croissance.adminlog import logged_action

from . import services
from .forms import (
    DispositifAdminForm,
    ImportLeadsForm,
    LeadAdminForm,
    MarcheAdminForm,
    PlaceAdminForm,
    QuestionFaqAdminForm,
    TemoignageAdminForm,
)
from .models import (
    ChiffreCle,
    Dispositif,
    Lead,
    LeadEnvoye,
    Marche,
    OffrePreferentielle,
    PlaceDeMarche,
    QuestionFaq,
    RechercheSauvegardee,
    Secteur,
    Temoignage,
)


@admin.register(Secteur)
class SecteurAdmin(ModelAdmin):
    list_display = ["nom", "slug", "ordre"]
    search_fields = ["nom", "slug"]
    filter_horizontal = ["divisions_naf"]
    prepopulated_fields = {"slug": ["nom"]}


class ChiffreCleInline(admin.TabularInline):
    model = ChiffreCle
    extra = 1


@admin.register(Marche)
class MarcheAdmin(ModelAdmin):
    form = MarcheAdminForm
    list_display = ["nom", "code_pays", "publie", "mis_a_jour_le"]
    list_filter = ["publie"]
    search_fields = ["nom", "code_pays"]
    inlines = [ChiffreCleInline]
    fieldsets = [
        (None, {"fields": ["code_pays", "nom", "accroche", "publie", "mis_a_jour_le"]}),
        ("Le marché", {"fields": [name for name, _ in Marche.SECTIONS]}),
        ("Bonnes pratiques", {"fields": [name for name, _ in Marche.BONNES_PRATIQUES]}),
    ]


class OffreInline(admin.StackedInline):
    model = OffrePreferentielle
    extra = 0


@admin.register(PlaceDeMarche)
class PlaceDeMarcheAdmin(ModelAdmin):
    form = PlaceAdminForm
    list_display = ["nom", "modele_commission", "publie"]
    list_filter = ["publie", "marches", "secteurs"]
    search_fields = ["nom", "description"]
    filter_horizontal = ["marches", "secteurs"]
    prepopulated_fields = {"slug": ["nom"]}
    inlines = [OffreInline]


@admin.register(OffrePreferentielle)
class OffreAdmin(ModelAdmin):
    list_display = ["titre", "place", "debut", "fin"]
    list_filter = ["place"]
    list_select_related = ["place"]
    search_fields = ["titre", "place__nom"]
    date_hierarchy = "fin"


@admin.register(Temoignage)
class TemoignageAdmin(ModelAdmin):
    form = TemoignageAdminForm
    list_display = ["titre", "entreprise", "marche", "secteur", "publie", "publie_le"]
    list_filter = ["publie", "marche", "secteur"]
    list_select_related = ["marche", "secteur"]
    search_fields = ["titre", "entreprise", "produits"]
    filter_horizontal = ["places"]
    prepopulated_fields = {"slug": ["titre"]}


@admin.register(Dispositif)
class DispositifAdmin(ModelAdmin):
    form = DispositifAdminForm
    list_display = ["nom", "type", "organisme", "ordre"]
    list_filter = ["type"]
    search_fields = ["nom", "organisme", "description"]


@admin.register(QuestionFaq)
class QuestionFaqAdmin(ModelAdmin):
    form = QuestionFaqAdminForm
    list_display = ["question", "categorie", "ordre", "publie"]
    list_filter = ["categorie", "publie"]
    search_fields = ["question", "mots_cles", "reponse"]


@admin.register(Lead)
class LeadAdmin(ModelAdmin):
    form = LeadAdminForm
    change_list_template = "admin/einter/lead/change_list.html"
    list_display = ["reference", "titre", "pays", "secteur", "statut", "publie_le", "date_limite"]
    list_filter = ["statut", "pays", "secteur", "publie_le"]
    list_select_related = ["secteur"]
    search_fields = ["reference", "titre", "categorie_produit"]
    raw_id_fields = ["naf_division"]
    date_hierarchy = "publie_le"
    actions = ["clore"]
    show_full_result_count = False

    def save_model(self, request, obj, form, change):
        services.lead_enregistrer(lead=obj)

    def delete_model(self, request, obj):
        services.leads_supprimer(leads=Lead.objects.filter(pk=obj.pk))

    def delete_queryset(self, request, queryset):
        services.leads_supprimer(leads=queryset)

    @logged_action(description="Clore les leads sélectionnés")
    def clore(self, request, queryset):
        nombre = services.leads_clore(leads=queryset)
        self.message_user(request, f"{nombre} lead(s) clos.", messages.SUCCESS)

    def get_urls(self):
        return [
            path(
                "importer/",
                self.admin_site.admin_view(self.importer),
                name="einter_lead_importer",
            ),
            *super().get_urls(),
        ]

    def importer(self, request):
        if not self.has_add_permission(request):
            return redirect("admin:index")
        form = ImportLeadsForm(request.POST or None, request.FILES or None)
        rapport = None
        if request.method == "POST" and form.is_valid():
            rapport = services.importer_leads(
                contenu=form.cleaned_data["fichier"].read(),
                dry_run=form.cleaned_data["dry_run"],
            )
            if rapport.erreur:
                messages.error(request, f"Fichier refusé : {rapport.erreur}")
            elif not rapport.dry_run:
                messages.success(
                    request,
                    f"{rapport.crees} lead(s) créé(s), {rapport.mis_a_jour} mis à jour, "
                    f"{len(rapport.rejets)} ligne(s) rejetée(s).",
                )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": "Importer des leads depuis un fichier CSV",
            "form": form,
            "rapport": rapport,
            "retour": reverse("admin:einter_lead_changelist"),
        }
        return TemplateResponse(request, "admin/einter/lead/importer.html", context)


@admin.register(RechercheSauvegardee)
class RechercheSauvegardeeAdmin(ModelAdmin):
    list_display = ["nom", "user", "alerte_active", "cree_le", "dernier_envoi"]
    list_filter = ["alerte_active"]
    list_select_related = ["user"]
    search_fields = ["nom", "user__email"]
    readonly_fields = ["user", "criteres", "cree_le", "dernier_envoi"]


@admin.register(LeadEnvoye)
class LeadEnvoyeAdmin(ModelAdmin):
    list_display = ["lead", "recherche", "envoye_le"]
    list_select_related = ["lead", "recherche"]
    search_fields = ["recherche__user__email", "lead__reference"]
    raw_id_fields = ["lead", "recherche"]
