"""Indicators of resources: peer testimonials published, by region."""

from django.db.models import Count, Q

from croissance.indicateurs.registry import Perimetre, Tableau, register

from .enums import EtatModeration
from .models import Temoignage


@register(slug="temoignages", titre="Témoignages de PME", ordre=60)
def temoignages(perimetre: Perimetre) -> list[Tableau]:
    qs = perimetre.filtrer(
        Temoignage.objects.all(), region="entreprise__region", date_field="cree_le"
    )
    tableau = Tableau(
        slug="par-region",
        titre="Témoignages de PME par région",
        colonnes=["Région", "Publiés", "En attente de modération"],
        barre=1,
    )
    rows = (
        qs.values("entreprise__region__nom")
        .annotate(
            publies=Count("pk", filter=Q(etat=EtatModeration.PUBLIE)),
            soumis=Count("pk", filter=Q(etat=EtatModeration.SOUMIS)),
        )
        .order_by("entreprise__region__nom")
    )
    for row in rows:
        tableau.lignes.append(
            [row["entreprise__region__nom"] or "Non renseignée", row["publies"], row["soumis"]]
        )
    return [tableau]
