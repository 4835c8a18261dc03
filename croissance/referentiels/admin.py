from django.contrib import admin

from croissance.admin_historique import ModelAdmin

from .models import CodePostal, Commune, Departement, Naf, Region, Theme, TrancheEffectifs


@admin.register(Region)
class RegionAdmin(ModelAdmin):
    list_display = ["code", "nom", "zone"]
    list_filter = ["zone"]
    search_fields = ["nom", "code"]


@admin.register(Departement)
class DepartementAdmin(ModelAdmin):
    list_display = ["code", "nom", "region", "zone"]
    list_filter = ["region", "zone"]
    search_fields = ["nom", "code"]


@admin.register(Commune)
class CommuneAdmin(ModelAdmin):
    list_display = ["code", "nom", "departement"]
    list_filter = ["departement__region"]
    search_fields = ["nom", "code"]
    list_select_related = ["departement"]


@admin.register(CodePostal)
class CodePostalAdmin(ModelAdmin):
    list_display = ["code", "commune"]
    search_fields = ["code", "commune__nom"]
    list_select_related = ["commune__departement"]
    raw_id_fields = ["commune"]


@admin.register(Naf)
class NafAdmin(ModelAdmin):
    list_display = ["code", "libelle", "niveau", "section", "division"]
    list_filter = ["niveau", "section"]
    search_fields = ["code", "libelle"]


@admin.register(TrancheEffectifs)
class TrancheEffectifsAdmin(ModelAdmin):
    list_display = ["code", "libelle", "minimum", "maximum"]


@admin.register(Theme)
class ThemeAdmin(ModelAdmin):
    list_display = ["nom", "slug", "ordre"]
    list_editable = ["ordre"]
    search_fields = ["nom"]
