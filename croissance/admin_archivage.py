"""Admin of files that are archived, never deleted (see `croissance.archivage`)."""

from django.contrib import admin

from .admin_motif import avec_motif
from .adminlog import logged_action
from .archivage import archiver, desarchiver

INTERNE = "Motif (gardé dans l'historique de l'administration)"
CHAMPS_ARCHIVAGE = ["archive_le", "archive_par", "motif_archivage"]


class ArchiveFilter(admin.SimpleListFilter):
    """Archived files are out of the list unless asked for."""

    title = "archivage"
    parameter_name = "archivage"

    def lookups(self, request, model_admin):
        return [("archives", "Archivés"), ("tous", "Tous")]

    def choices(self, changelist):
        yield {
            "selected": self.value() is None,
            "query_string": changelist.get_query_string(remove=[self.parameter_name]),
            "display": "Non archivés",
        }
        for lookup, title in self.lookup_choices:
            yield {
                "selected": self.value() == lookup,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }

    def queryset(self, request, queryset):
        if self.value() == "tous":
            return queryset
        return queryset.filter(archive_le__isnull=self.value() != "archives")


class ArchivageAdminMixin:
    """No deletion; "Archiver" and "Désarchiver" ask for a reason and keep who and when."""

    archivage_actions = ["archiver", "desarchiver"]

    def get_list_filter(self, request):
        return [ArchiveFilter, *super().get_list_filter(request)]

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), *CHAMPS_ARCHIVAGE]

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions

    def has_delete_permission(self, request, obj=None):
        return False

    @logged_action(description="Archiver (avec un motif)")
    def archiver(self, request, queryset):
        return avec_motif(
            self,
            request,
            queryset,
            lambda obj, motif: archiver(obj=obj, auteur=request.user, motif=motif),
            "Archiver",
            INTERNE,
        )

    @logged_action(description="Désarchiver (avec un motif)")
    def desarchiver(self, request, queryset):
        return avec_motif(
            self,
            request,
            queryset,
            lambda obj, motif: desarchiver(obj=obj, auteur=request.user, motif=motif),
            "Désarchiver",
            INTERNE,
        )
