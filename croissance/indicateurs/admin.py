from django.contrib import admin

from croissance.admin_historique import ModelAdmin

from .models import Instantane, ReferenceUE


@admin.register(ReferenceUE)
class ReferenceUEAdmin(ModelAdmin):
    list_display = ["libelle", "valeur", "source", "annee", "modifiee_le"]
    list_filter = ["annee"]
    search_fields = ["libelle", "source"]


@admin.register(Instantane)
class InstantaneAdmin(ModelAdmin):
    list_display = ["perimetre", "calcule_le", "calcule_par"]
    list_filter = ["perimetre"]
    search_fields = ["perimetre"]
    list_select_related = ["calcule_par"]
    readonly_fields = ["perimetre", "donnees", "calcule_le", "calcule_par"]

    def has_add_permission(self, request):
        return False
