from django.db import transaction
from django.utils import timezone

from croissance.referentiels.models import Region

from . import registry, selectors
from .models import Instantane


def prendre_instantane(*, region: str | None = None, user=None) -> Instantane:
    """Compute every section for one perimeter and keep it."""
    perimetre = registry.Perimetre(regions=(region,) if region else None)
    donnees = selectors.calculer(perimetre)
    return Instantane.objects.create(
        perimetre=selectors.cle_perimetre(region),
        donnees=donnees,
        calcule_le=timezone.now(),
        calcule_par=user,
    )


def prendre_tous_les_instantanes(*, user=None, garder: int = 7) -> int:
    """National figures and each region's; keeps the last `garder` per perimeter."""
    codes = [None, *Region.objects.order_by("code").values_list("code", flat=True)]
    with transaction.atomic():
        for code in codes:
            prendre_instantane(region=code, user=user)
            anciens = Instantane.objects.filter(perimetre=selectors.cle_perimetre(code)).order_by(
                "-calcule_le", "-pk"
            )[garder:]
            Instantane.objects.filter(pk__in=list(anciens.values_list("pk", flat=True))).delete()
    return len(codes)
