"""The digital maturity levels, named once: the diagnostic's results, the resources' target
levels and the label's criterion all say the same four names."""

from django.db import models


class NiveauMaturite(models.IntegerChoices):
    """Rank 1 (beginner) to 4 (ahead); the diagnostic reaches a rank by its overall score."""

    PREMIERS_PAS = 1, "Premiers pas"
    EN_CHEMIN = 2, "En chemin"
    BIEN_CONNECTE = 3, "Bien connecté"
    MOTEUR = 4, "Moteur du numérique"


def nom_du_niveau(rang) -> str:
    """« Bien connecté » for 3; the number itself for a rank outside the scale."""
    try:
        return NiveauMaturite(rang).label
    except ValueError:
        return str(rang)
