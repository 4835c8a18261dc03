from django.db import models


class Pas(models.TextChoices):
    MOIS = "mois", "Par mois"
    TRIMESTRE = "trimestre", "Par trimestre"
