"""Files that are never deleted: the mission archives them, with a reason, and may undo it.

An archived object leaves the default lists (instruction queue, the admin's lists) but stays in
the database with who archived it, when and why; the admin's history keeps each archiving and
each undoing with its reason (`croissance.adminlog`). Models inherit `Archivable`; the admin
uses `croissance.admin_archivage.ArchivageAdminMixin`.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone


class Archivable(models.Model):
    archive_le = models.DateTimeField("archivé le", null=True, blank=True, db_index=True)
    archive_par = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="archivé par",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    motif_archivage = models.TextField("motif de l'archivage", blank=True)

    class Meta:
        abstract = True

    @property
    def archive(self) -> bool:
        return self.archive_le is not None


def _verrouiller(obj):
    return type(obj)._default_manager.select_for_update().get(pk=obj.pk)


@transaction.atomic
def archiver(*, obj: Archivable, auteur, motif: str, now=None) -> Archivable:
    if not motif.strip():
        raise ValidationError("Indiquez le motif de l'archivage.")
    obj = _verrouiller(obj)
    if obj.archive:
        raise ValidationError("Déjà archivé.")
    obj.archive_le, obj.archive_par, obj.motif_archivage = now or timezone.now(), auteur, motif
    obj.save(update_fields=["archive_le", "archive_par", "motif_archivage"])
    return obj


@transaction.atomic
def desarchiver(*, obj: Archivable, auteur, motif: str) -> Archivable:
    """The reason for undoing is kept in the admin's history with its author."""
    if not motif.strip():
        raise ValidationError("Indiquez le motif du désarchivage.")
    obj = _verrouiller(obj)
    if not obj.archive:
        raise ValidationError("Ce n'est pas archivé.")
    obj.archive_le, obj.archive_par, obj.motif_archivage = None, None, ""
    obj.save(update_fields=["archive_le", "archive_par", "motif_archivage"])
    return obj
