"""An offer withdrawn leaves the recommendation lists at once.

Lists shown on results pages are kept for a few minutes (`engine.recommander_en_cache`, and
the page body that holds them): an offer published in the meantime may wait for the next
computation, but an offer no longer recommendable (unpublished, closed, suspended, deleted)
must never be shown again. Each app names its offer models with the queryset of those the
engine may still recommend; a save that leaves an object outside it, or a delete, makes every
cached list computed again (`engine.invalider_cache`).

Writes that bypass the models' signals (`QuerySet.update`, raw SQL) call `verifier` for the
rows they changed, or are caught by the day in the cache key when they follow the calendar
(an aid whose closing date passed).
"""

from collections.abc import Callable

from django.db import models
from django.db.models.signals import post_delete, post_save

from . import engine

_RECOMMANDABLES: dict[type[models.Model], Callable[[], models.QuerySet]] = {}


def verifier(modele: type[models.Model], pk) -> None:
    """After a write to this row: if it is no longer recommendable, no list shows it again."""
    if not _RECOMMANDABLES[modele]().filter(pk=pk).exists():
        engine.invalider_cache()


def suivre(modele: type[models.Model], recommandables: Callable[[], models.QuerySet]) -> None:
    """Called from an app's AppConfig.ready() for each model its providers recommend."""
    _RECOMMANDABLES[modele] = recommandables

    def apres_enregistrement(sender, instance, created, raw=False, **kwargs):
        # a new object was in no list yet; one saved and still recommendable may stay
        if not (raw or created):
            verifier(modele, instance.pk)

    def apres_suppression(sender, instance, **kwargs):
        engine.invalider_cache()

    uid = f"orientation-retraits-{modele._meta.label}"
    post_save.connect(apres_enregistrement, sender=modele, weak=False, dispatch_uid=uid)
    post_delete.connect(apres_suppression, sender=modele, weak=False, dispatch_uid=uid)
