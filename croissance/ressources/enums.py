from django.db import models


class TypeRessource(models.TextChoices):
    GUIDE = "guide", "Guide"
    MOOC = "mooc", "MOOC"
    VIDEO = "video", "Vidéo"
    OUTIL = "outil", "Outil"
    PRIX = "prix", "Référentiel de prix"


class Niveau(models.IntegerChoices):
    """Maturity levels of the diagnostic, 1 (beginner) to 4 (advanced)."""

    DEBUTANT = 1, "Premiers pas"
    INTERMEDIAIRE = 2, "En route"
    AVANCE = 3, "Bien engagé"
    EXPERT = 4, "Moteur"


class EtatModeration(models.TextChoices):
    SOUMIS = "soumis", "En attente de modération"
    PUBLIE = "publie", "Publié"
    REFUSE = "refuse", "Refusé"


MODERATION = {
    EtatModeration.SOUMIS: {EtatModeration.PUBLIE, EtatModeration.REFUSE},
    EtatModeration.REFUSE: {EtatModeration.PUBLIE},
    EtatModeration.PUBLIE: {EtatModeration.REFUSE},
}
