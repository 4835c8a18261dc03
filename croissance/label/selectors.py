from django.db.models import QuerySet

from .enums import EtatCandidature
from .models import CandidatureLabel, ReglageLabel


def candidatures_accordees() -> QuerySet[CandidatureLabel]:
    return CandidatureLabel.objects.filter(etat=EtatCandidature.ACCORDE).select_related(
        "entreprise__region", "entreprise__naf"
    )


def compteur(annee: int) -> dict:
    """Labels granted this year against the yearly target."""
    reglage = ReglageLabel.current()
    accordes = candidatures_accordees().filter(accorde_le__year=annee).count()
    objectif = reglage.objectif(annee)
    return {
        "annee": annee,
        "accordes": accordes,
        "objectif": objectif,
        "pourcentage": min(100, round(100 * accordes / objectif)) if objectif else 0,
    }
