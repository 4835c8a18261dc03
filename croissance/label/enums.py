from django.db import models


class EtatCandidature(models.TextChoices):
    DEPOSEE = "deposee", "Déposée"
    ACCORDE = "accorde", "Label accordé"
    REFUSEE = "refusee", "Refusée"
    RETIRE = "retire", "Label retiré"


TRANSITIONS = {
    EtatCandidature.DEPOSEE: {EtatCandidature.ACCORDE, EtatCandidature.REFUSEE},
    EtatCandidature.ACCORDE: {EtatCandidature.RETIRE},
}
