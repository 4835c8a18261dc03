from django.contrib import admin

from .models import Courriel


@admin.register(Courriel)
class CourrielAdmin(admin.ModelAdmin):
    list_display = ["sujet", "destinataires", "cree_le", "envoye_le", "tentatives"]
    list_filter = ["envoye_le"]
    search_fields = ["sujet", "destinataires"]
    readonly_fields = [f.name for f in Courriel._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
