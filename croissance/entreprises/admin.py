from django.contrib import admin

from .models import Entreprise, EtablissementSirene, Gestionnaire


class GestionnaireInline(admin.TabularInline):
    model = Gestionnaire
    extra = 0
    raw_id_fields = ["user"]


@admin.register(Entreprise)
class EntrepriseAdmin(admin.ModelAdmin):
    list_display = ["nom", "siret", "region", "categorie", "pure_player", "cree_le"]
    list_filter = ["categorie", "activite", "pure_player", "region"]
    search_fields = ["nom", "siret", "siren"]
    list_select_related = ["region"]
    raw_id_fields = ["naf", "commune"]
    readonly_fields = ["categorie", "siren", "departement", "region", "cree_le", "modifie_le"]
    inlines = [GestionnaireInline]


@admin.register(EtablissementSirene)
class EtablissementSireneAdmin(admin.ModelAdmin):
    list_display = ["siret", "denomination", "naf", "code_postal", "libelle_commune", "actif"]
    list_filter = ["actif", "diffusible", "siege"]
    search_fields = ["siret", "siren", "denomination"]
    show_full_result_count = False
