from django.contrib import admin

from .models import CodePostal, Commune, Departement, Naf, Region, Theme, TrancheEffectifs


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ["code", "nom", "zone"]
    list_filter = ["zone"]
    search_fields = ["nom", "code"]


@admin.register(Departement)
class DepartementAdmin(admin.ModelAdmin):
    list_display = ["code", "nom", "region", "zone"]
    list_filter = ["region", "zone"]
    search_fields = ["nom", "code"]


@admin.register(Commune)
class CommuneAdmin(admin.ModelAdmin):
    list_display = ["code", "nom", "departement"]
    list_filter = ["departement__region"]
    search_fields = ["nom", "code"]
    list_select_related = ["departement"]


@admin.register(CodePostal)
class CodePostalAdmin(admin.ModelAdmin):
    list_display = ["code", "commune"]
    search_fields = ["code", "commune__nom"]
    list_select_related = ["commune__departement"]
    raw_id_fields = ["commune"]


@admin.register(Naf)
class NafAdmin(admin.ModelAdmin):
    list_display = ["code", "libelle", "niveau", "section", "division"]
    list_filter = ["niveau", "section"]
    search_fields = ["code", "libelle"]


@admin.register(TrancheEffectifs)
class TrancheEffectifsAdmin(admin.ModelAdmin):
    list_display = ["code", "libelle", "minimum", "maximum"]


@admin.register(Theme)
class ThemeAdmin(admin.ModelAdmin):
    list_display = ["nom", "slug", "ordre"]
    list_editable = ["ordre"]
    search_fields = ["nom"]
