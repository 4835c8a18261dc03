from django.db import models

from croissance.maturite import NiveauMaturite


class TypeRessource(models.TextChoices):
    GUIDE = "guide", "Guide"
    MOOC = "mooc", "MOOC"
    VIDEO = "video", "Vidéo"
    OUTIL = "outil", "Outil"
    PRIX = "prix", "Référentiel de prix"


# The diagnostic's maturity levels: a resource targets a range of them.
Niveau = NiveauMaturite


class EtatModeration(models.TextChoices):
    SOUMIS = "soumis", "En attente de modération"
    PUBLIE = "publie", "Publié"
    REFUSE = "refuse", "Refusé"


MODERATION = {
    EtatModeration.SOUMIS: {EtatModeration.PUBLIE, EtatModeration.REFUSE},
    EtatModeration.REFUSE: {EtatModeration.PUBLIE},
    EtatModeration.PUBLIE: {EtatModeration.REFUSE},
}
