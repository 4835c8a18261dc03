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


class Langue(models.TextChoices):
    FRANCAIS = "fr", "Français"
    ANGLAIS = "en", "Anglais"
    ALLEMAND = "de", "Allemand"
    ESPAGNOL = "es", "Espagnol"
    ITALIEN = "it", "Italien"
    BRETON = "br", "Breton"
    OCCITAN = "oc", "Occitan"
    ARABE = "ar", "Arabe"
    LSF = "lsf", "Langue des signes française"


class EtatLabel(models.TextChoices):
    AUCUN = "aucun", "Non labellisé"
    ACTIF = "actif", "Label en cours de validité"
    SUSPENDU = "suspendu", "Label suspendu"
    RETIRE = "retire", "Label retiré"
    EXPIRE = "expire", "Label expiré"


TRANSITIONS_LABEL = {
    EtatLabel.AUCUN: {EtatLabel.ACTIF},
    EtatLabel.ACTIF: {EtatLabel.ACTIF, EtatLabel.SUSPENDU, EtatLabel.RETIRE, EtatLabel.EXPIRE},
    EtatLabel.SUSPENDU: {EtatLabel.ACTIF, EtatLabel.RETIRE, EtatLabel.EXPIRE},
    EtatLabel.RETIRE: {EtatLabel.ACTIF},
    EtatLabel.EXPIRE: {EtatLabel.ACTIF},
}


class EtatCandidature(models.TextChoices):
    BROUILLON = "brouillon", "Brouillon"
    SOUMISE = "soumise", "Soumise"
    EN_EVALUATION = "en_evaluation", "En évaluation"
    A_COMPLETER = "a_completer", "À compléter"
    LABELLISEE = "labellisee", "Labellisée"
    REFUSEE = "refusee", "Refusée"


TRANSITIONS_CANDIDATURE = {
    EtatCandidature.BROUILLON: {EtatCandidature.SOUMISE},
    EtatCandidature.SOUMISE: {EtatCandidature.EN_EVALUATION},
    EtatCandidature.EN_EVALUATION: {
        EtatCandidature.LABELLISEE,
        EtatCandidature.REFUSEE,
        EtatCandidature.A_COMPLETER,
    },
    EtatCandidature.A_COMPLETER: {EtatCandidature.SOUMISE},
}

CANDIDATURE_MODIFIABLE = {EtatCandidature.BROUILLON, EtatCandidature.A_COMPLETER}
CANDIDATURE_EN_COURS = {
    EtatCandidature.BROUILLON,
    EtatCandidature.SOUMISE,
    EtatCandidature.EN_EVALUATION,
    EtatCandidature.A_COMPLETER,
}


class TypePiece(models.TextChoices):
    CV = "cv", "CV d'un membre de l'équipe"
    CERTIFICATION = "certification", "Certification"
    REFERENCE = "reference", "Référence (attestation de mission)"


class FormatPrestation(models.TextChoices):
    PRESENTIEL = "presentiel", "En présentiel"
    DISTANCE = "distance", "À distance"
    MIXTE = "mixte", "Mixte"


class EtatReponse(models.TextChoices):
    """A connecteur's answer to one request."""

    ENVOYEE = "envoyee", "En attente de réponse"
    PRISE_EN_CHARGE = "prise_en_charge", "Prise en charge"
    PAS_POUR_MOI = "pas_pour_moi", "Pas pour moi"
    TERMINEE_AIDEE = "terminee_aidee", "Terminée – entreprise aidée"
    TERMINEE_NON_AIDEE = "terminee_non_aidee", "Terminée – entreprise non aidée"
    INJOIGNABLE = "injoignable", "Entreprise injoignable"


TERMINEES = {EtatReponse.TERMINEE_AIDEE, EtatReponse.TERMINEE_NON_AIDEE, EtatReponse.INJOIGNABLE}

TRANSITIONS_REPONSE = {
    EtatReponse.ENVOYEE: {EtatReponse.PRISE_EN_CHARGE, EtatReponse.PAS_POUR_MOI},
    EtatReponse.PRISE_EN_CHARGE: TERMINEES,
}


class StatutDemande(models.TextChoices):
    """A request's overall status, derived from its connecteurs' answers."""

    EN_ATTENTE = "en_attente", "En attente d'un connecteur"
    PRISE_EN_CHARGE = "prise_en_charge", "Prise en charge"
    TERMINEE = "terminee", "Terminée"
    SANS_SUITE = "sans_suite", "Sans suite"


class OrigineDemande(models.TextChoices):
    PROFIL = "profil", "Fiche d'un connecteur"
    DIAGNOSTIC = "diagnostic", "Résultats du diagnostic"
    EEXPORT = "eexport", "Parler à un expert de l'e-export"


class StatutAvis(models.TextChoices):
    EN_ATTENTE = "en_attente", "En attente de modération"
    PUBLIE = "publie", "Publié"
    REJETE = "rejete", "Rejeté"


class TypeEvenement(models.TextChoices):
    ATELIER = "atelier", "Atelier"
    WEBINAIRE = "webinaire", "Webinaire"
    RENCONTRE = "rencontre", "Rencontre"


class EtatAdhesion(models.TextChoices):
    EN_ATTENTE = "en_attente", "En attente"
    ACCEPTEE = "acceptee", "Acceptée"
    REFUSEE = "refusee", "Refusée"


class TypeMouvement(models.TextChoices):
    ARRIVEE = "arrivee", "Arrivée"
    DEPART = "depart", "Départ"
    PASSATION = "passation", "Passation du rôle de référent"
