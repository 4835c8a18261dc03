"""`Formation.derniere_session`, the start of a training's latest session, kept up to date
whenever a session is saved or deleted through the ORM, and after each save of a training
(which writes the value it was loaded with); bulk copies call `recalculer`."""

from django.db.models import Max, OuterRef, Subquery
from django.db.models.signals import post_delete, post_save

from .models import Formation, SessionFormation


def derniere_session_sql(sessions=SessionFormation):
    return Subquery(
        sessions.objects.filter(formation_id=OuterRef("pk"))
        .order_by()
        .values("formation_id")
        .annotate(derniere=Max("date_debut"))
        .values("derniere")
    )


def recalculer(pks=None, formations=Formation, sessions=SessionFormation) -> int:
    """Recompute it for these trainings (all without `pks`; data migrations pass their
    historical models)."""
    lignes = formations.objects.all() if pks is None else formations.objects.filter(pk__in=pks)
    return lignes.update(derniere_session=derniere_session_sql(sessions))


def _session_modifiee(sender, instance, **kwargs):
    recalculer([instance.formation_id])


def _formation_enregistree(sender, instance, raw=False, **kwargs):
    if not raw:
        recalculer([instance.pk])


def suivre_sessions():
    post_save.connect(_formation_enregistree, sender=Formation, dispatch_uid="derniere_session")
    post_save.connect(_session_modifiee, sender=SessionFormation, dispatch_uid="derniere_session")
    post_delete.connect(_session_modifiee, sender=SessionFormation, dispatch_uid="derniere_session")
