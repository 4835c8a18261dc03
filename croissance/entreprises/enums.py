from django.db import models


class Categorie(models.TextChoices):
    """Size category of décret 2008-1354."""

    MICRO = "micro", "Microentreprise (TPE)"
    PME = "pme", "Petite ou moyenne entreprise (PME)"
    ETI = "eti", "Entreprise de taille intermédiaire (ETI)"
    GE = "ge", "Grande entreprise"


class Activite(models.TextChoices):
    COMMERCE = "commerce", "Commerce"
    ARTISANAT = "artisanat", "Production artisanale"
    INDUSTRIE = "industrie", "Production industrielle"
    SERVICES = "services", "Services"
    AGRICULTURE = "agriculture", "Agriculture"
    AUTRE = "autre", "Autre"
