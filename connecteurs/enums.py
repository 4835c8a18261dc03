from django.db import models


class TypeActeur(models.TextChoices):
    CCI = "cci", "Chambre de commerce et d'industrie"
    CMA = "cma", "Chambre de métiers et de l'artisanat"
    MEDIATEUR = "mediateur", "Médiateur numérique"
    ASSOCIATION = "association", "Association"
    EXPERT_COMPTABLE = "expert_comptable", "Expert-comptable"
    BANQUE = "banque", "Banque"
    ESS = "ess", "Acteur de l'économie sociale et solidaire"
    CONSULTANT = "consultant", "Consultant ou agence"
    STARTUP = "startup", "Startup"
    ORGANISME_FORMATION = "organisme_formation", "Organisme de formation"
    COLLECTIVITE = "collectivite", "Collectivité ou agence régionale"
    AUTRE = "autre", "Autre"


class Niveau(models.TextChoices):
    SIGNATAIRE = "signataire", "Connecteur signataire"
    LABELLISE = "labellise", "Connecteur labellisé"
