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


class OrigineGestionnaire(models.TextChoices):
    """How a person came to manage an entreprise."""

    CREATION = "creation", "Création par SIRET"
    INVITATION = "invitation", "Invitation acceptée"
    REVENDICATION = "revendication", "Revendication acceptée par les gestionnaires"
    MISSION = "mission", "Décision de la mission"
    IMPORT = "import", "Import ou démonstration"


class EtatInvitation(models.TextChoices):
    ENVOYEE = "envoyee", "Envoyée"
    ACCEPTEE = "acceptee", "Acceptée"
    REFUSEE = "refusee", "Refusée"
    ANNULEE = "annulee", "Annulée"
    EXPIREE = "expiree", "Expirée"


INVITATION_TRANSITIONS = {
    EtatInvitation.ENVOYEE: {
        EtatInvitation.ACCEPTEE,
        EtatInvitation.REFUSEE,
        EtatInvitation.ANNULEE,
        EtatInvitation.EXPIREE,
    },
}


class EtatRevendication(models.TextChoices):
    EN_ATTENTE = "en_attente", "En attente des gestionnaires"
    REFUSEE = "refusee", "Refusée par les gestionnaires"
    MISSION = "mission", "Transmise à la mission"
    ACCEPTEE = "acceptee", "Acceptée"
    REJETEE = "rejetee", "Refusée par la mission"


REVENDICATION_TRANSITIONS = {
    # the managers answer, or their silence past the delay sends it to the mission
    EtatRevendication.EN_ATTENTE: {
        EtatRevendication.ACCEPTEE,
        EtatRevendication.REFUSEE,
        EtatRevendication.MISSION,
    },
    # the claimant disputes the managers' refusal
    EtatRevendication.REFUSEE: {EtatRevendication.MISSION},
    EtatRevendication.MISSION: {EtatRevendication.ACCEPTEE, EtatRevendication.REJETEE},
}
REVENDICATION_OUVERTE = [EtatRevendication.EN_ATTENTE, EtatRevendication.MISSION]
