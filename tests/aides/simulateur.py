"""The simulator as a visitor uses it: reached from the catalogue, filled in by its labels."""

from django.urls import reverse

from aides.enums import TypeDepense
from tests.parcours import Navigateur

LIEU = "Code postal ou commune de l'entreprise"


def ouvrir_simulateur(client) -> Navigateur:
    navigateur = Navigateur(client)
    navigateur.ouvrir(reverse("aides:liste"))
    navigateur.cliquer("Simuler les aides pour mon projet")
    return navigateur


def simuler(
    navigateur: Navigateur,
    *,
    lieu: str | None = None,
    activite="Commerce",
    effectif="8",
    naf="47.61Z",
    surface="120",
    **depenses,
) -> Navigateur:
    """Fill in the form of the page and press « Simuler »: the firm (a bookshop of 8 people
    unless told otherwise), and the amount of each expense given by its type (`site="12 000"`);
    the other expenses are left empty. `lieu=None` keeps what the form shows."""
    formulaire = navigateur.formulaire("Simuler")
    if lieu is not None:
        formulaire.remplir(LIEU, lieu)
    formulaire.remplir("Code NAF (APE)", naf)
    formulaire.remplir("Effectif (personnes)", effectif)
    formulaire.choisir("Type d'activité", activite)
    formulaire.remplir("Surface de vente (m²)", surface)
    for type_depense in TypeDepense:
        formulaire.remplir(f"{type_depense.label} (€ HT)", depenses.get(type_depense.value, ""))
    navigateur.envoyer(formulaire, "Simuler")
    return navigateur


def eligibles(navigateur: Navigateur) -> str:
    """The text of the results down to the aids refused (under their own heading)."""
    texte = navigateur.texte
    debut = texte.index("Résultats pour un projet")
    fin = texte.find("Aides non accessibles")
    return texte[debut : fin if fin > 0 else None]


def refusees(navigateur: Navigateur) -> str:
    texte = navigateur.texte
    return texte[texte.index("Aides non accessibles") :]
