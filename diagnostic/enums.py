from django.db import models


class StatutVersion(models.TextChoices):
    BROUILLON = "brouillon", "Brouillon"
    PUBLIEE = "publiee", "Publiée"
    ARCHIVEE = "archivee", "Archivée"


class TypeQuestion(models.TextChoices):
    CHOIX_UNIQUE = "choix_unique", "Choix unique"
    CHOIX_MULTIPLE = "choix_multiple", "Choix multiple"
    OUI_NON = "oui_non", "Oui / non"
    ECHELLE = "echelle", "Échelle"


class StatutResultat(models.TextChoices):
    EN_COURS = "en_cours", "En cours"
    TERMINE = "termine", "Terminé"


class NiveauDII(models.TextChoices):
    """Eurostat's Digital Intensity Index levels (version 3, 2023)."""

    TRES_FAIBLE = "tres_faible", "Très faible"
    FAIBLE = "faible", "Faible"
    ELEVE = "eleve", "Élevé"
    TRES_ELEVE = "tres_eleve", "Très élevé"
