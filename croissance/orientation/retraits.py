"""An offer withdrawn leaves the recommendation lists at once.

Lists shown on results pages are kept for a few minutes (`engine.recommander_en_cache`, and
the page body that holds them): an offer published in the meantime may wait for the next
computation, but an offer no longer recommendable (unpublished, closed, suspended, deleted)
must never be shown again. Each app names its offer models with the queryset of those the
engine may still recommend; a save that leaves an object outside it, or a delete, makes every
cached list computed again (`engine.invalider_cache`).

Writes that bypass the models' signals (`QuerySet.update`, raw SQL) call
`engine.invalider_cache()` themselves, or are caught by the day in the cache key when they
follow the calendar (an aid whose closing date passed).
"""

from collections.abc import Callable

from django.db import models
from django.db.models.signals import post_delete, post_save

from . import engine


def suivre(modele: type[models.Model], recommandables: Callable[[], models.QuerySet]) -> None:
    """Called from an app's AppConfig.ready() for each model its providers recommend."""

    def apres_enregistrement(sender, instance, created, raw=False, **kwargs):
        # a new object was in no list yet; one saved and still recommendable may stay
        if raw or created or recommandables().filter(pk=instance.pk).exists():
            return
        engine.invalider_cache()

    def apres_suppression(sender, instance, **kwargs):
        engine.invalider_cache()

    uid = f"orientation-retraits-{modele._meta.label}"
    post_save.connect(apres_enregistrement, sender=modele, weak=False, dispatch_uid=uid)
    post_delete.connect(apres_suppression, sender=modele, weak=False, dispatch_uid=uid)
