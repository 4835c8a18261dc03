from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Count

from croissance.admin_archivage import ArchivageAdminMixin
from croissance.admin_historique import ModelAdmin
from croissance.adminlog import logged_action
from croissance.workflow import TransitionAdminMixin

from . import services, structures
from .enums import EtatCandidature, StatutAvis
from .models import (
    Avis,
    Candidature,
    CharteVersion,
    Connecteur,
    Critere,
    Demande,
    DemandeAdhesion,
    Evaluation,
    Evenement,
    HistoriqueCandidature,
    HistoriqueLabel,
    HistoriqueReponse,
    HistoriqueSiret,
    Membre,
    MouvementMembre,
    Piece,
    Prestation,
    RappelLabel,
    Reponse,
    Signature,
)
from .selectors import charte_en_vigueur


class CharteAJourFilter(admin.SimpleListFilter):
    """Who has (not) signed the charter version in force."""

    title = "charte en vigueur"
    parameter_name = "charte_a_jour"

    def lookups(self, request, model_admin):
        return [("oui", "Signée"), ("non", "Pas encore signée")]

    def queryset(self, request, queryset):
        version = charte_en_vigueur()
        if self.value() == "oui":
            return queryset.filter(signatures__version=version)
        if self.value() == "non":
            return queryset.exclude(signatures__version=version)
        return queryset


class MembreInline(admin.TabularInline):
    model = Membre
    extra = 0
    autocomplete_fields = ["user"]


class HistoriqueLabelInline(TransitionAdminMixin, admin.TabularInline):
    model = HistoriqueLabel
    extra = 0
    fields = ["date", "auteur", "avant", "apres", "motif"]


class LectureSeule:
    """A history: visible, never added, edited nor deleted, mission included."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class HistoriqueSiretInline(LectureSeule, admin.TabularInline):
    model = HistoriqueSiret
    extra = 0
    fields = ["date", "auteur", "ancien", "nouveau", "motif"]
    readonly_fields = fields


class ConnecteurAdminForm(forms.ModelForm):
    def clean_siret(self):
        try:
            return structures.siret_verifier(self.cleaned_data["siret"])
        except ValidationError as error:
            raise ValidationError(error.message_dict["siret"]) from error


@admin.register(Connecteur)
class ConnecteurAdmin(ModelAdmin):
    form = ConnecteurAdminForm
    list_display = [
        "nom",
        "type_acteur",
        "niveau",
        "etat_label",
        "label_expire_le",
        "charte_signee_le",
    ]
    list_filter = [CharteAJourFilter, "niveau", "etat_label", "type_acteur", "national", "regions"]
    search_fields = ["nom", "siret", "email_contact"]
    filter_horizontal = ["regions", "departements", "themes", "secteurs", "cible_sections"]
    readonly_fields = [
        "niveau",
        "etat_label",
        "label_obtenu_le",
        "label_expire_le",
        "charte_signee_le",
        "note_moyenne",
        "nombre_avis",
    ]
    inlines = [MembreInline, HistoriqueLabelInline, HistoriqueSiretInline]
    actions = ["rappeler_charte"]

    def save_model(self, request, obj, form, change):
        ancien = structures.siret_precedent(obj)
        super().save_model(request, obj, form, change)
        if change:
            structures.siret_historiser(connecteur=obj, ancien=ancien, auteur=request.user)

    @logged_action(
        description="Demander de signer la charte en vigueur (à ceux qui ne l'ont pas fait)"
    )
    def rappeler_charte(self, request, queryset):
        envoyes = services.charte_rappeler(connecteurs=queryset)
        self.message_user(request, f"{envoyes} structure(s) invitée(s) à signer.", messages.SUCCESS)


@admin.register(CharteVersion)
class CharteVersionAdmin(ModelAdmin):
    list_display = ["numero", "publiee_le", "nombre_signatures"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(nb_signatures=Count("signatures"))

    @admin.display(description="signatures", ordering="nb_signatures")
    def nombre_signatures(self, obj):
        return obj.nb_signatures


@admin.register(Signature)
class SignatureAdmin(ModelAdmin):
    list_display = ["connecteur", "version", "signataire", "signee_le"]
    list_filter = ["version"]
    search_fields = ["connecteur__nom", "signataire__email"]
    list_select_related = ["connecteur", "version", "signataire"]

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Critere)
class CritereAdmin(ModelAdmin):
    list_display = ["libelle", "note_max", "plancher", "ordre", "actif"]
    list_editable = ["ordre", "actif"]
    list_filter = ["actif"]


class EvaluationInline(admin.TabularInline):
    model = Evaluation
    extra = 0
    fields = ["evaluateur", "co_evaluateur", "terminee_le", "commentaire"]
    readonly_fields = ["evaluateur", "co_evaluateur", "terminee_le", "commentaire"]
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


# A decided application is the record of what was judged: it changes only through a new
# application (renewal: `services.candidature_creer`), never in place.
FIGEES = {EtatCandidature.LABELLISEE, EtatCandidature.REFUSEE}


def _figee(candidature) -> bool:
    return candidature is not None and candidature.etat in FIGEES


class PieceInline(admin.TabularInline):
    model = Piece
    extra = 0

    def has_add_permission(self, request, obj=None):
        return not _figee(obj) and super().has_add_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return not _figee(obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return not _figee(obj) and super().has_delete_permission(request, obj)


class HistoriqueCandidatureInline(TransitionAdminMixin, admin.TabularInline):
    model = HistoriqueCandidature
    extra = 0
    fields = ["date", "auteur", "avant", "apres", "motif"]


@admin.register(Candidature)
class CandidatureAdmin(ArchivageAdminMixin, ModelAdmin):
    list_display = ["connecteur", "etat", "soumise_le", "decidee_le"]
    list_filter = ["etat"]
    search_fields = ["connecteur__nom"]
    list_select_related = ["connecteur"]
    readonly_fields = ["etat", "soumise_le", "decidee_le", "renouvellement_de"]
    inlines = [PieceInline, EvaluationInline, HistoriqueCandidatureInline]
    actions = ["archiver", "desarchiver"]

    def get_readonly_fields(self, request, obj=None):
        champs = super().get_readonly_fields(request, obj)
        if _figee(obj):
            return [*champs, *(f.name for f in Candidature._meta.fields if f.name not in champs)]
        return champs


@admin.register(Prestation)
class PrestationAdmin(ModelAdmin):
    list_display = ["titre", "connecteur", "theme", "prix_ht"]
    list_filter = ["theme", "format", "connecteur__niveau"]
    search_fields = ["titre", "connecteur__nom"]
    list_select_related = ["connecteur", "theme"]


class ReponseInline(admin.TabularInline):
    model = Reponse
    extra = 0
    fields = ["connecteur", "etat", "motif", "relancee_le", "nombre_relances"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Demande)
class DemandeAdmin(ModelAdmin):
    list_display = ["entreprise", "theme", "statut", "origine", "cree_le", "escaladee_le"]
    list_filter = ["statut", "theme", "origine", ("escaladee_le", admin.EmptyFieldListFilter)]
    search_fields = ["entreprise__nom", "entreprise__siret", "message"]
    list_select_related = ["entreprise", "theme"]
    readonly_fields = ["statut", "cree_le", "escaladee_le"]
    inlines = [ReponseInline]


@admin.register(HistoriqueReponse)
class HistoriqueReponseAdmin(TransitionAdminMixin, ModelAdmin):
    list_display = ["reponse", "avant", "apres", "auteur", "date"]
    list_select_related = ["reponse__connecteur", "auteur"]


@admin.register(Avis)
class AvisAdmin(ModelAdmin):
    list_display = ["connecteur", "note", "contacte", "utile", "statut", "cree_le"]
    list_filter = ["statut", "note"]
    search_fields = ["reponse__connecteur__nom", "commentaire"]
    list_select_related = ["reponse__connecteur"]
    readonly_fields = ["reponse", "note", "contacte", "utile", "commentaire", "statut", "modere_le"]
    actions = ["publier", "rejeter"]

    @admin.display(description="connecteur")
    def connecteur(self, obj):
        return obj.reponse.connecteur

    def _moderer(self, request, queryset, statut):
        for avis in queryset.select_related("reponse"):
            services.avis_moderer(avis=avis, auteur=request.user, statut=statut)
        self.message_user(request, f"{queryset.count()} avis modéré(s).", messages.SUCCESS)

    @logged_action(description="Publier les avis sélectionnés")
    def publier(self, request, queryset):
        self._moderer(request, queryset, StatutAvis.PUBLIE)

    @logged_action(description="Rejeter les avis sélectionnés")
    def rejeter(self, request, queryset):
        self._moderer(request, queryset, StatutAvis.REJETE)


@admin.register(Evenement)
class EvenementAdmin(ModelAdmin):
    list_display = ["titre", "connecteur", "type_evenement", "debut", "region", "theme"]
    list_filter = ["type_evenement", "region", "theme"]
    search_fields = ["titre", "connecteur__nom"]
    list_select_related = ["connecteur", "region", "theme"]


@admin.register(RappelLabel)
class RappelLabelAdmin(ModelAdmin):
    list_display = ["connecteur", "expire_le", "jours", "envoye_le"]
    list_select_related = ["connecteur"]


@admin.register(HistoriqueSiret)
class HistoriqueSiretAdmin(LectureSeule, ModelAdmin):
    list_display = ["connecteur", "date", "ancien", "nouveau", "auteur"]
    search_fields = ["connecteur__nom", "ancien", "nouveau"]
    list_select_related = ["connecteur", "auteur"]


@admin.register(DemandeAdhesion)
class DemandeAdhesionAdmin(LectureSeule, ModelAdmin):
    list_display = ["demandeur", "connecteur", "etat", "cree_le", "decidee_par", "decidee_le"]
    list_filter = ["etat"]
    search_fields = ["connecteur__nom", "demandeur__email"]
    list_select_related = ["demandeur", "connecteur", "decidee_par"]


@admin.register(MouvementMembre)
class MouvementMembreAdmin(LectureSeule, ModelAdmin):
    list_display = ["connecteur", "nature", "membre", "auteur", "date"]
    list_filter = ["nature"]
    search_fields = ["connecteur__nom", "membre__email"]
    list_select_related = ["connecteur", "membre", "auteur"]
