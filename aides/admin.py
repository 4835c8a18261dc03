from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError

from croissance.admin_archivage import ArchivageAdminMixin
from croissance.admin_historique import ModelAdmin
from croissance.adminlog import logged_action
from croissance.workflow import TransitionAdminMixin

from . import publication, services
from .controles import ControleAPosteriori
from .enums import CHAMPS_DES_REGLES
from .modele import MODELE_PROGRAMME
from .models import (
    Aide,
    AideDeclaree,
    Commentaire,
    DemandeAvis,
    DerogationQuatreYeux,
    Document,
    Dossier,
    HistoriqueDossier,
    LigneDepense,
)


class AideAdminForm(forms.ModelForm):
    """The admin builds the form's fields from `AideAdmin.fieldsets`, read-only fields (the
    envelope counters) left out."""

    def clean(self):
        """The envelope is not set below what is granted, read under the aid's row lock: the
        admin runs the whole change view in one transaction, so the lock holds until the save
        and no acceptance slips in between."""
        data = super().clean()
        try:
            services.aide_controler_enveloppe(
                aide=self.instance,
                enveloppe_montant=data.get("enveloppe_montant"),
                enveloppe_beneficiaires=data.get("enveloppe_beneficiaires"),
            )
        except ValidationError as error:
            for champ, erreurs in error.message_dict.items():
                self.add_error(champ, erreurs)
        return data


@admin.register(Aide)
class AideAdmin(ModelAdmin):
    form = AideAdminForm
    list_display = [
        "titre",
        "financeur",
        "nature",
        "taux",
        "plafond",
        "date_cloture",
        "montant_engage",
        "publiee",
    ]
    list_filter = ["publiee", "nature", "financeur_type", "regions", "nationale", "cumul"]
    search_fields = ["titre", "financeur", "description"]
    filter_horizontal = ["regions", "departements", "non_cumulable_avec"]
    readonly_fields = [
        "montant_engage",
        "beneficiaires_engages",
        "publiee",
        "publication_le",
        "publication_par",
    ]
    actions = ["publier", "depublier"]
    fieldsets = [
        (None, {"fields": ["titre", "financeur_type", "financeur", "description"]}),
        ("Publication", {"fields": ["publiee", "publication_le", "publication_par"]}),
        (
            "Territoire et calendrier",
            {"fields": ["nationale", "regions", "departements", "date_ouverture", "date_cloture"]},
        ),
        (
            "Règles d'éligibilité",
            {"fields": list(CHAMPS_DES_REGLES)},
        ),
        ("Cumul", {"fields": ["cumul", "non_cumulable_avec"]}),
        (
            "Enveloppe",
            {
                "fields": [
                    "enveloppe_montant",
                    "enveloppe_beneficiaires",
                    "montant_engage",
                    "beneficiaires_engages",
                ]
            },
        ),
        ("Contact", {"fields": ["contact_nom", "contact_email", "contact_telephone", "site_web"]}),
    ]

    def save_model(self, request, obj, form, change):
        # never the envelope counters read when the page was loaded: an acceptance may have
        # moved them since (they stay read-only here)
        services.aide_ecrire(aide=obj)

    def _publication(self, request, queryset, change):
        for aide in queryset:
            try:
                change(aide=aide, auteur=request.user)
            except ValidationError as error:
                self.message_user(request, f"{aide} : {' '.join(error.messages)}", messages.WARNING)
            else:
                self.message_user(request, f"{aide} : c'est fait.", messages.SUCCESS)

    @logged_action(description="Publier les aides sélectionnées")
    def publier(self, request, queryset):
        self._publication(request, queryset, publication.aide_publier)

    @logged_action(description="Dépublier les aides sélectionnées")
    def depublier(self, request, queryset):
        self._publication(request, queryset, publication.aide_depublier)

    def get_changeform_initial_data(self, request):
        """A new aid starts from the programme's reference criteria (`?vierge=1` to start empty)."""
        initial = super().get_changeform_initial_data(request)
        if "vierge" not in request.GET:
            initial = {**MODELE_PROGRAMME, **initial}
        return initial


class LigneInline(admin.TabularInline):
    model = LigneDepense
    extra = 0


class DocumentInline(admin.TabularInline):
    model = Document
    extra = 0
    fields = ["nature", "nom", "siret_prestataire", "ajoute_le"]
    readonly_fields = ["nom", "ajoute_le"]


class HistoriqueInline(TransitionAdminMixin, admin.TabularInline):
    model = HistoriqueDossier
    extra = 0
    readonly_fields = [*TransitionAdminMixin.readonly_fields, "montant"]
    fields = readonly_fields


@admin.register(Dossier)
class DossierAdmin(ArchivageAdminMixin, ModelAdmin):
    list_display = [
        "pk",
        "titre",
        "entreprise",
        "aide",
        "etat",
        "region",
        "depose_le",
        "montant_accorde",
    ]
    list_filter = ["etat", "region", "aide", "controle_a_posteriori"]
    search_fields = ["titre", "entreprise__nom", "entreprise__siret", "aide__titre"]
    list_select_related = ["entreprise", "aide", "region"]
    raw_id_fields = ["entreprise", "demandeur"]
    readonly_fields = [
        "etat",
        "montant_sollicite",
        "montant_accorde",
        "prevalide_par",
        "depose_le",
        "decide_le",
    ]
    inlines = [LigneInline, DocumentInline, HistoriqueInline]
    actions = ["archiver", "desarchiver"]


@admin.register(HistoriqueDossier)
class HistoriqueDossierAdmin(TransitionAdminMixin, ModelAdmin):
    list_display = ["dossier", "avant", "apres", "auteur", "date"]
    list_filter = ["etat_apres"]
    list_select_related = ["dossier", "auteur"]
    readonly_fields = [*TransitionAdminMixin.readonly_fields, "dossier", "montant"]


@admin.register(Commentaire)
class CommentaireAdmin(ModelAdmin):
    list_display = ["dossier", "auteur", "cree_le"]
    list_select_related = ["dossier", "auteur"]
    search_fields = ["texte"]


@admin.register(AideDeclaree)
class AideDeclareeAdmin(ModelAdmin):
    list_display = ["entreprise", "financeur", "montant", "date_octroi"]
    list_select_related = ["entreprise"]
    search_fields = ["entreprise__nom", "financeur"]
    raw_id_fields = ["entreprise"]


@admin.register(DemandeAvis)
class DemandeAvisAdmin(ModelAdmin):
    list_display = ["dossier", "connecteur", "expert", "cree_le", "repondu_le", "relances"]
    list_filter = ["repondu_le"]
    list_select_related = ["dossier", "connecteur", "expert"]
    search_fields = ["question", "reponse", "dossier__titre"]
    raw_id_fields = ["dossier", "demandeur", "expert", "repondu_par"]


@admin.register(DerogationQuatreYeux)
class DerogationQuatreYeuxAdmin(ModelAdmin):
    """Granted and withdrawn by the mission; the admin's history keeps each change."""

    list_display = ["region", "accordee_par", "accordee_le"]
    readonly_fields = ["accordee_par", "accordee_le"]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.accordee_par = request.user
        super().save_model(request, obj, form, change)


@admin.register(ControleAPosteriori)
class ControleAPosterioriAdmin(ModelAdmin):
    """Outcomes of sampled audits: recorded once by an instructeur, read here, never edited."""

    list_display = ["dossier", "conclusion", "controle_par", "controle_le"]
    list_filter = ["conclusion", "dossier__region"]
    list_select_related = ["dossier", "controle_par"]
    readonly_fields = ["dossier", "conclusion", "motif", "controle_par", "controle_le"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
