from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import models

from croissance.admin_historique import ModelAdmin
from croissance.adminlog import logged_action
from croissance.workflow import TransitionAdminMixin

from . import bourse
from .models import (
    Annonce,
    AppelFormations,
    Avis,
    Echange,
    Ecriture,
    Formation,
    HistoriqueEchange,
    HistoriqueInscription,
    HistoriqueProposition,
    Inscription,
    MembreBourse,
    Mouvement,
    Proposition,
    ReglesBourse,
    SessionFormation,
)

URL_HTTPS = {models.URLField: {"assume_scheme": "https"}}


class SessionInline(admin.TabularInline):
    model = SessionFormation
    extra = 0
    formfield_overrides = URL_HTTPS


@admin.register(Formation)
class FormationAdmin(ModelAdmin):
    list_display = ["titre", "organisme", "type_formation", "modalite", "region", "prix", "publiee"]
    list_filter = [
        "publiee",
        "modalite",
        "type_formation",
        "public",
        "type_etablissement",
        "region",
    ]
    search_fields = ["titre", "organisme__nom", "description"]
    list_select_related = ["organisme", "region"]
    autocomplete_fields = []
    filter_horizontal = ["themes"]
    inlines = [SessionInline]


@admin.register(SessionFormation)
class SessionFormationAdmin(ModelAdmin):
    list_display = ["formation", "date_debut", "date_fin", "lieu", "places"]
    list_filter = ["date_debut"]
    search_fields = ["formation__titre", "lieu"]
    list_select_related = ["formation"]
    date_hierarchy = "date_debut"
    formfield_overrides = URL_HTTPS


class HistoriqueInscriptionInline(TransitionAdminMixin, admin.TabularInline):
    model = HistoriqueInscription
    extra = 0


@admin.register(Inscription)
class InscriptionAdmin(ModelAdmin):
    list_display = ["participant_nom", "entreprise", "session", "etat", "cree_le"]
    list_filter = ["etat"]
    search_fields = ["participant_nom", "participant_email", "entreprise__nom"]
    list_select_related = ["entreprise", "session__formation"]
    readonly_fields = ["etat"]
    raw_id_fields = ["session", "entreprise", "demandeur"]
    inlines = [HistoriqueInscriptionInline]


@admin.register(Avis)
class AvisAdmin(ModelAdmin):
    list_display = ["formation", "note", "auteur", "cree_le", "reponse_le"]
    list_filter = ["note"]
    search_fields = ["formation__titre", "commentaire"]
    list_select_related = ["formation", "auteur"]
    raw_id_fields = ["inscription", "formation", "auteur"]


@admin.register(ReglesBourse)
class ReglesBourseAdmin(ModelAdmin):
    list_display = ["__str__", "heures_bienvenue", "solde_plancher"]

    def has_add_permission(self, request):
        return not ReglesBourse.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(MembreBourse)
class MembreBourseAdmin(ModelAdmin):
    list_display = ["entreprise", "charte_acceptee_le", "adhesion_par"]
    search_fields = ["entreprise__nom", "entreprise__siret"]
    list_select_related = ["entreprise", "adhesion_par"]
    list_filter = ["entreprise__region"]
    readonly_fields = ["entreprise", "charte_acceptee_le", "adhesion_par"]

    def has_add_permission(self, request):
        return False


@admin.register(Annonce)
class AnnonceAdmin(ModelAdmin):
    list_display = ["titre", "sens", "membre", "heures", "modalite", "region", "active"]
    list_filter = ["sens", "modalite", "active", "region"]
    search_fields = ["titre", "description", "membre__entreprise__nom"]
    list_select_related = ["membre__entreprise", "region"]
    raw_id_fields = ["membre"]


class HistoriqueEchangeInline(TransitionAdminMixin, admin.TabularInline):
    model = HistoriqueEchange
    extra = 0


@admin.register(Echange)
class EchangeAdmin(ModelAdmin):
    list_display = ["__str__", "annonce", "etat", "heures", "cree_le"]
    list_filter = ["etat"]
    search_fields = ["annonce__titre", "offreur__entreprise__nom", "receveur__entreprise__nom"]
    list_select_related = ["annonce", "offreur__entreprise", "receveur__entreprise"]
    inlines = [HistoriqueEchangeInline]

    def get_readonly_fields(self, request, obj=None):
        return [field.name for field in self.model._meta.fields]

    def has_add_permission(self, request):
        return False


class EcritureInline(admin.TabularInline):
    model = Ecriture
    extra = 0
    readonly_fields = ["membre", "heures", "salarie"]

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Mouvement)
class MouvementAdmin(ModelAdmin):
    """The ledger is read-only: a correction is made with the reversing service."""

    list_display = ["date", "type", "libelle", "auteur"]
    list_filter = ["type"]
    search_fields = ["libelle"]
    list_select_related = ["auteur"]
    inlines = [EcritureInline]
    actions = ["contrepasser"]

    @logged_action(description="Contrepasser les mouvements sélectionnés (écriture de correction)")
    def contrepasser(self, request, queryset):
        for mouvement in queryset:
            try:
                bourse.mouvement_corriger(
                    mouvement=mouvement, auteur=request.user, motif="correction par la mission"
                )
            except ValidationError as error:
                self.message_user(
                    request, f"{mouvement} : {' '.join(error.messages)}", messages.ERROR
                )
            else:
                self.message_user(request, f"{mouvement} : contrepassé.", messages.SUCCESS)

    def get_readonly_fields(self, request, obj=None):
        return [field.name for field in self.model._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class HistoriquePropositionInline(TransitionAdminMixin, admin.TabularInline):
    model = HistoriqueProposition
    extra = 0


@admin.register(AppelFormations)
class AppelFormationsAdmin(ModelAdmin):
    list_display = ["titre", "date_limite", "publie"]
    list_filter = ["publie"]
    search_fields = ["titre", "description"]


@admin.register(Proposition)
class PropositionAdmin(ModelAdmin):
    list_display = ["titre", "organisme", "appel", "etat", "deposee_le"]
    list_filter = ["etat", "appel", "modalite"]
    search_fields = ["titre", "organisme__nom"]
    list_select_related = ["organisme", "appel"]
    readonly_fields = ["etat", "formation"]
    inlines = [HistoriquePropositionInline]
