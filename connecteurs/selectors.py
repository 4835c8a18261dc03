"""Reads on connecteurs that other apps may use."""

from django.db.models import Q, QuerySet

from .enums import Niveau
from .models import Connecteur


def connecteur_of_user(user) -> Connecteur | None:
    """The structure a connecteur user acts for (None for other users)."""
    if not user.is_authenticated:
        return None
    return Connecteur.objects.filter(membres=user).first()


def connecteurs_serving_region(region_code: str) -> QuerySet[Connecteur]:
    return Connecteur.objects.filter(Q(national=True) | Q(regions__code=region_code)).distinct()


def connecteurs_labellises() -> QuerySet[Connecteur]:
    return Connecteur.objects.filter(niveau=Niveau.LABELLISE)
