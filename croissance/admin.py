from allauth.account.admin import EmailAddressAdmin
from allauth.account.models import EmailAddress
from django.contrib import admin, messages
from django.contrib.auth.admin import GroupAdmin
from django.contrib.auth.models import Group
from dsfr.admin import DsfrConfigAdmin
from dsfr.models import DsfrConfig

from croissance.admin_historique import HistoriqueMixin, ModelAdmin

from .adminlog import logged_action
from .models import Courriel


@admin.register(Courriel)
class CourrielAdmin(ModelAdmin):
    list_display = [
        "sujet",
        "destinataires",
        "cree_le",
        "envoye_le",
        "tentatives",
        "mis_de_cote_le",
    ]
    list_filter = ["envoye_le", "mis_de_cote_le"]
    search_fields = ["sujet", "destinataires"]
    readonly_fields = [f.name for f in Courriel._meta.fields]
    actions = ["renvoyer"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @logged_action(description="Renvoyer les courriels mis de côté")
    def renvoyer(self, request, queryset):
        """Set-aside emails go back to the outbox: the next drain tries them again."""
        nombre = queryset.filter(envoye_le__isnull=True, mis_de_cote_le__isnull=False).update(
            mis_de_cote_le=None, prochain_essai_le=None, tentatives=0
        )
        messages.success(request, f"{nombre} courriel(s) remis dans la boîte d'envoi.")


# Admins of the libraries, registered again so that their changes are kept with their values.
def _register_again(model, base):
    admin.site.unregister(model)
    admin.site.register(model, type(base.__name__, (HistoriqueMixin, base), {}))


_register_again(Group, GroupAdmin)
_register_again(EmailAddress, EmailAddressAdmin)
_register_again(DsfrConfig, DsfrConfigAdmin)
