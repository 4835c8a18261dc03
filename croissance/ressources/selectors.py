from django.db.models import Exists, OuterRef, Q, QuerySet

from croissance.label.selectors import candidatures_accordees

from .enums import EtatModeration
from .models import Prestataire, Ressource, Temoignage


def ressources_publiees() -> QuerySet[Ressource]:
    return Ressource.objects.filter(publie=True).prefetch_related("themes")


def temoignages_publies() -> QuerySet[Temoignage]:
    labellisee = candidatures_accordees().filter(entreprise=OuterRef("entreprise"))
    return (
        Temoignage.objects.filter(etat=EtatModeration.PUBLIE)
        .select_related("entreprise__region", "entreprise__naf")
        .prefetch_related("themes")
        .annotate(entreprise_labellisee=Exists(labellisee))
    )


def prestataires_references(region: str | None = None) -> QuerySet[Prestataire]:
    queryset = Prestataire.objects.filter(publie=True).prefetch_related("themes", "regions")
    if region:
        queryset = queryset.filter(Q(national=True) | Q(regions__code=region)).distinct()
    return queryset
