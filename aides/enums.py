from django.db import models


class TypeFinanceur(models.TextChoices):
    REGION = "region", "Région"
    BPIFRANCE = "bpifrance", "Bpifrance"
    CCI = "cci", "Chambre de commerce et d'industrie"
    CMA = "cma", "Chambre de métiers et de l'artisanat"
    ETAT = "etat", "État"
    EUROPE = "europe", "Union européenne"
    AUTRE = "autre", "Autre financeur"


class NatureAide(models.TextChoices):
    SUBVENTION = "subvention", "Subvention"
    PRET = "pret", "Prêt"
    AVANCE = "avance", "Avance remboursable"
    GARANTIE = "garantie", "Garantie"
    PRISE_EN_CHARGE = "prise_en_charge", "Prise en charge"


# Money the firm keeps: only these add up in a combination of aids (a loan or an advance is
# paid back, a guarantee pays nothing unless the bank loan goes bad).
NATURES_NON_REMBOURSABLES = {NatureAide.SUBVENTION, NatureAide.PRISE_EN_CHARGE}
NATURES_REMBOURSABLES = {NatureAide.PRET, NatureAide.AVANCE}


class TypeDepense(models.TextChoices):
    CONSEIL = "conseil", "Conseil en stratégie numérique"
    SITE = "site", "Création de site internet"
    ECOMMERCE = "ecommerce", "Site de vente en ligne"
    REFERENCEMENT = "referencement", "Référencement"
    LOGICIEL = "logiciel", "Logiciel"
    FORMATION = "formation", "Formation"
    MARKETPLACE = "marketplace", "Vente sur les places de marché"


# How the simulator's reasoning names each expense ("50 % de 12 000 € de conseil éligible").
LIBELLES_COURTS = {
    TypeDepense.CONSEIL: "conseil",
    TypeDepense.SITE: "création de site",
    TypeDepense.ECOMMERCE: "site de vente en ligne",
    TypeDepense.REFERENCEMENT: "référencement",
    TypeDepense.LOGICIEL: "logiciel",
    TypeDepense.FORMATION: "formation",
    TypeDepense.MARKETPLACE: "vente sur les places de marché",
}


class Cumul(models.TextChoices):
    TOUTES = "toutes", "Cumulable avec toutes les aides"
    AUCUNE = "aucune", "Cumulable avec aucune autre aide"
    SAUF = "sauf", "Cumulable sauf avec les aides listées"


class EtatDossier(models.TextChoices):
    BROUILLON = "brouillon", "Brouillon"
    DEPOSE = "depose", "Déposé"
    PREVALIDE = "prevalide", "Pré-validé par un tiers de confiance"
    EN_INSTRUCTION = "en_instruction", "En instruction"
    INCOMPLET = "incomplet", "Incomplet : pièces demandées"
    ACCEPTE = "accepte", "Accepté"
    REFUSE = "refuse", "Refusé"
    CLASSE = "classe", "Classé sans suite"
    VERSE = "verse", "Versé"


E = EtatDossier
TRANSITIONS = {
    E.BROUILLON: {E.DEPOSE, E.CLASSE},
    E.DEPOSE: {E.PREVALIDE, E.EN_INSTRUCTION, E.INCOMPLET, E.REFUSE, E.CLASSE},
    E.PREVALIDE: {E.EN_INSTRUCTION, E.INCOMPLET, E.ACCEPTE, E.REFUSE, E.CLASSE},
    E.EN_INSTRUCTION: {E.INCOMPLET, E.ACCEPTE, E.REFUSE, E.CLASSE},
    E.INCOMPLET: {E.DEPOSE, E.REFUSE, E.CLASSE},
    E.ACCEPTE: {E.VERSE},
}
# States in which the SME may still edit its project and documents.
ETATS_MODIFIABLES = {E.BROUILLON, E.INCOMPLET}
# States an instructeur may decide on (accept, refuse, close, request documents).
ETATS_A_INSTRUIRE = {E.DEPOSE, E.PREVALIDE, E.EN_INSTRUCTION}
# Accepting needs an instruction, or a pre-validation by a trusted third party (fast track).
ETATS_ACCEPTABLES = {E.PREVALIDE, E.EN_INSTRUCTION}
ETATS_OCTROYES = {E.ACCEPTE, E.VERSE}


class ConclusionControle(models.TextChoices):
    """The outcome of the sampled audit of a granted file (staff only)."""

    CONFORME = "conforme", "Conforme"
    NON_CONFORME = "non_conforme", "Non conforme"


class NatureDocument(models.TextChoices):
    DEVIS = "devis", "Devis"
    KBIS = "kbis", "Extrait Kbis ou avis de situation"
    RIB = "rib", "Relevé d'identité bancaire"
    AUTRE = "autre", "Autre pièce"


# The digital themes (referentiels.Theme) of each expense: the connecteurs offered to
# accompany a file work on one of its aid's themes, or on financing projects.
THEMES_DES_DEPENSES = {
    TypeDepense.CONSEIL: "strategie-numerique",
    TypeDepense.SITE: "presence-en-ligne",
    TypeDepense.ECOMMERCE: "vente-en-ligne",
    TypeDepense.REFERENCEMENT: "presence-en-ligne",
    TypeDepense.LOGICIEL: "gestion-donnees",
    TypeDepense.FORMATION: "competences",
    TypeDepense.MARKETPLACE: "vente-en-ligne",
}
THEME_FINANCEMENT = "financement"


# The fields of an aid that hold its eligibility rules, in the order both the admin and the
# regions' form show them.
CHAMPS_DES_REGLES = (
    "types_depense",
    "nature",
    "taux",
    "intensite_max",
    "investissement_min",
    "investissement_max",
    "plafond",
    "effectif_max",
    "naf_eligibles",
    "naf_exclues",
    "exclut_pure_players",
    "surface_vente_max",
    "activites",
    "connecteur_labellise_requis",
)


# What a connecteur declares when it pre-validates a file, word for word: the form shows it
# and the file keeps it (who, when, this text) for the instructeurs.
DECLARATION_SANS_INTERET = (
    "Je déclare que ma structure n'a aucun intérêt dans ce projet "
    "(ni prestataire, ni associé, ni lien familial ou financier avec l'entreprise)."
)
