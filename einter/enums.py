from django.db import models


class StatutLead(models.TextChoices):
    OUVERT = "ouvert", "Ouvert"
    CLOS = "clos", "Clos"


class TypeDispositif(models.TextChoices):
    ASSURANCE = "assurance", "Assurance prospection"
    REGIONAL = "regional", "Aide régionale à l'export"
    CONSEIL = "conseil", "Conseillers export"
    FINANCEMENT = "financement", "Financement et garanties"
    AUTRE = "autre", "Autre dispositif"


class CategorieFaq(models.TextChoices):
    DEMARRER = "demarrer", "Je démarre à l'export"
    PAYS = "pays", "Je choisis un pays"
    PLACES = "places", "Je vends sur une place de marché"
    LOGISTIQUE = "logistique", "Paiement, logistique et retours"
    DOUANE = "douane", "Douanes et fiscalité"
    FINANCEMENT = "financement", "Je cherche un financement ou un conseil"


class Periode(models.TextChoices):
    SEMAINE = "7", "7 derniers jours"
    MOIS = "30", "30 derniers jours"
    TRIMESTRE = "90", "3 derniers mois"
    ANNEE = "365", "12 derniers mois"
