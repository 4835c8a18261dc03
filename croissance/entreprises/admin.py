from django.contrib import admin

from croissance.admin_historique import ModelAdmin
from croissance.workflow import TransitionAdminMixin

from .models import (
    DepartGestionnaire,
    Entreprise,
    EtablissementSirene,
    Gestionnaire,
    HistoriqueInvitation,
    HistoriqueRevendication,
    Invitation,
    Revendication,
)


class GestionnaireInline(admin.TabularInline):
    model = Gestionnaire
    fk_name = "entreprise"
    extra = 0
    raw_id_fields = ["user"]
    readonly_fields = ["origine", "ajoute_par", "ajoute_le"]


class DepartInline(admin.TabularInline):
    """Departures are written by the services only: read here, never edited."""

    model = DepartGestionnaire
    extra = 0
    fields = ["nom", "origine", "ajoute_le", "retire_le", "retire_par", "motif"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Entreprise)
class EntrepriseAdmin(ModelAdmin):
    list_display = ["nom", "siret", "region", "categorie", "pure_player", "cree_le"]
    list_filter = ["categorie", "activite", "pure_player", "region"]
    search_fields = ["nom", "siret", "siren"]
    list_select_related = ["region"]
    raw_id_fields = ["naf", "commune"]
    readonly_fields = ["categorie", "siren", "departement", "region", "cree_le", "modifie_le"]
    inlines = [GestionnaireInline, DepartInline]


class HistoriqueInvitationInline(TransitionAdminMixin, admin.TabularInline):
    model = HistoriqueInvitation
    extra = 0


class HistoriqueRevendicationInline(TransitionAdminMixin, admin.TabularInline):
    model = HistoriqueRevendication
    extra = 0


class LectureSeuleAdmin(ModelAdmin):
    """Changed through the portal's pages (and their history), only read here."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Invitation)
class InvitationAdmin(LectureSeuleAdmin):
    list_display = ["email", "entreprise", "etat", "cree_le", "expire_le"]
    list_filter = ["etat"]
    search_fields = ["email", "entreprise__nom", "entreprise__siret"]
    list_select_related = ["entreprise"]
    exclude = ["empreinte_jeton"]
    inlines = [HistoriqueInvitationInline]


@admin.register(Revendication)
class RevendicationAdmin(LectureSeuleAdmin):
    list_display = ["entreprise", "demandeur", "etat", "cree_le", "reponse_avant"]
    list_filter = ["etat"]
    search_fields = ["demandeur__email", "entreprise__nom", "entreprise__siret"]
    list_select_related = ["entreprise", "demandeur"]
    inlines = [HistoriqueRevendicationInline]


@admin.register(EtablissementSirene)
class EtablissementSireneAdmin(ModelAdmin):
    list_display = ["siret", "denomination", "naf", "code_postal", "libelle_commune", "actif"]
    list_filter = ["actif", "diffusible", "siege"]
    search_fields = ["siret", "siren", "denomination"]
    show_full_result_count = False
