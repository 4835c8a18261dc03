"""States and choices of the formations app, with the allowed transitions of each workflow."""

from django.db import models


class TypeEtablissement(models.TextChoices):
    UNIVERSITE = "universite", "Université"
    GRANDE_ECOLE = "grande_ecole", "Grande école"
    GEN = "gen", "Labellisé Grande École du Numérique"
    CCI = "cci", "Chambre de commerce et d'industrie"
    CMA = "cma", "Chambre de métiers et de l'artisanat"
    PRIVE = "prive", "Organisme privé"
    AUTRE = "autre", "Autre établissement"


class TypeFormation(models.TextChoices):
    DIPLOME = "diplome", "Diplôme universitaire"
    CERTIFICAT = "certificat", "Certificat"
    COURTE = "courte", "Formation courte"
    MOOC = "mooc", "MOOC"


class Public(models.TextChoices):
    DIRIGEANT = "dirigeant", "Dirigeants"
    COLLABORATEUR = "collaborateur", "Collaborateurs"
    TOUS = "tous", "Dirigeants et collaborateurs"


class Modalite(models.TextChoices):
    DISTANCE = "distance", "À distance"
    PRESENTIEL = "presentiel", "En présentiel"
    HYBRIDE = "hybride", "Hybride"


class TypeLieu(models.TextChoices):
    TIERS_LIEU = "tiers_lieu", "Tiers-lieu"
    FABLAB = "fablab", "Fablab"
    EPN = "epn", "Espace public numérique (EPN)"
    CAMPUS = "campus", "Campus"


class NiveauFormation(models.TextChoices):
    DECOUVERTE = "decouverte", "Découverte"
    INTERMEDIAIRE = "intermediaire", "Intermédiaire"
    AVANCE = "avance", "Avancé"


class EtatInscription(models.TextChoices):
    DEMANDEE = "demandee", "Demandée"
    CONFIRMEE = "confirmee", "Confirmée"
    REFUSEE = "refusee", "Refusée"
    ANNULEE = "annulee", "Annulée"


# A request or a confirmed enrolment holds a seat; refused and cancelled ones free it.
ETATS_OCCUPANT_UNE_PLACE = (EtatInscription.DEMANDEE, EtatInscription.CONFIRMEE)

TRANSITIONS_INSCRIPTION = {
    EtatInscription.DEMANDEE: {
        EtatInscription.CONFIRMEE,
        EtatInscription.REFUSEE,
        EtatInscription.ANNULEE,
    },
    EtatInscription.CONFIRMEE: {EtatInscription.ANNULEE},
}


class SensAnnonce(models.TextChoices):
    OFFRE = "offre", "Offre de compétence"
    DEMANDE = "demande", "Demande d'aide"


class ModaliteEchange(models.TextChoices):
    DISTANCE = "distance", "À distance"
    SUR_PLACE = "sur_place", "Sur place"
    LES_DEUX = "les_deux", "À distance ou sur place"


class EtatEchange(models.TextChoices):
    PROPOSE = "propose", "Proposé"
    ACCEPTE = "accepte", "Accepté"
    REFUSE = "refuse", "Refusé"
    ANNULE = "annule", "Annulé"
    TERMINE = "termine", "Heures confirmées"


TRANSITIONS_ECHANGE = {
    EtatEchange.PROPOSE: {EtatEchange.ACCEPTE, EtatEchange.REFUSE, EtatEchange.ANNULE},
    EtatEchange.ACCEPTE: {EtatEchange.TERMINE, EtatEchange.ANNULE},
}


class TypeMouvement(models.TextChoices):
    BIENVENUE = "bienvenue", "Heures de bienvenue"
    ECHANGE = "echange", "Échange de compétences"
    CORRECTION = "correction", "Écriture de correction"


class EtatProposition(models.TextChoices):
    DEPOSEE = "deposee", "Déposée"
    A_COMPLETER = "a_completer", "À compléter"
    ACCEPTEE = "acceptee", "Acceptée"
    REFUSEE = "refusee", "Refusée"


TRANSITIONS_PROPOSITION = {
    EtatProposition.DEPOSEE: {
        EtatProposition.ACCEPTEE,
        EtatProposition.REFUSEE,
        EtatProposition.A_COMPLETER,
    },
    EtatProposition.A_COMPLETER: {EtatProposition.DEPOSEE},
}
