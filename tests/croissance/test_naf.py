"""The NAF code found by words of the activity, and the type of activity it suggests: in the
firm's form and in the aids simulator, without any script."""

import pytest
from django.urls import reverse

from croissance.entreprises.activite import activite_de_naf
from croissance.entreprises.models import Entreprise
from croissance.entreprises.sirene import import_stock_etablissement
from croissance.referentiels.selectors import rechercher_naf
from tests.aides.simulateur import eligibles, ouvrir_simulateur
from tests.croissance.test_sirene_import import SAMPLE
from tests.parcours import Navigateur

pytestmark = pytest.mark.django_db

CHOIX = "Activité correspondante"


@pytest.mark.parametrize(
    ("code", "activite"),
    [
        ("10.71C", "artisanat"),  # boulangerie
        ("23.41Z", "artisanat"),  # céramique d'art
        ("23.42Z", "industrie"),  # appareils sanitaires en céramique
        ("10.11Z", "industrie"),  # abattoirs
        ("43.22A", "artisanat"),  # plombier
        ("96.02A", "artisanat"),  # coiffure
        ("47.61Z", "commerce"),  # librairie
        ("47.11C", "commerce"),
        ("45.11Z", "commerce"),  # vente d'automobiles
        ("45.20A", "artisanat"),  # garage
        ("56.10A", "commerce"),  # restaurant
        ("01.11Z", "agriculture"),
        ("62.01Z", "services"),
        ("84.11Z", "autre"),
        ("", None),
    ],
)
def test_the_naf_code_suggests_a_type_of_activity(code, activite):
    assert activite_de_naf(code) == activite


@pytest.mark.parametrize(
    ("saisie", "code"),
    [
        ("boulangerie", "10.71C"),
        ("Boulangerie", "10.71C"),
        ("ceramique", "23.41Z"),
        ("CÉRAMIQUES", "23.41Z"),
        ("plombier", "43.22A"),
        ("restaurant", "56.10A"),
        ("coiffeur", "96.02A"),
        ("1071c", "10.71C"),
        ("10.71", "10.71C"),
    ],
)
def test_words_of_the_activity_find_its_naf_code(saisie, code):
    assert code in [naf.code for naf in rechercher_naf(saisie)]


def test_nothing_found_for_unknown_words_or_codes():
    assert rechercher_naf("astronautes martiens") == []
    assert rechercher_naf("99.99Z") == []


# The simulator ---------------------------------------------------------------------------


def _simulateur(client, naf, activite=None):
    navigateur = ouvrir_simulateur(client)
    formulaire = navigateur.formulaire("Simuler")
    formulaire.remplir("Code postal ou commune de l'entreprise", "29000")
    formulaire.remplir("Code NAF (APE) ou activité", naf)
    formulaire.remplir("Effectif (personnes)", "6")
    if activite:
        formulaire.choisir("Type d'activité", activite)
    formulaire.remplir("Création de site internet (€ HT)", "8 000")
    navigateur.envoyer(formulaire, "Simuler")
    return navigateur


def test_a_baker_types_his_trade_chooses_the_code_and_gets_results(client):
    navigateur = _simulateur(client, "boulangerie")
    assert navigateur.erreurs() == [
        "« boulangerie » correspond à 2 activités : choisissez la vôtre dans la liste "
        "« Activité correspondante »."
    ]
    formulaire = navigateur.formulaire("Simuler")
    assert formulaire.libelles["id_naf_choix"] == CHOIX  # not « (Optionnel) »
    formulaire.choisir(CHOIX, "10.71C – Boulangerie et boulangerie-pâtisserie")
    navigateur.envoyer(formulaire, "Simuler")
    assert not navigateur.erreurs()
    resultats = eligibles(navigateur)
    assert "10.71C – Boulangerie et boulangerie-pâtisserie, production artisanale" in resultats


def test_a_single_match_is_read_at_once_and_shown(client):
    navigateur = _simulateur(client, "Coiffure", activite="Services")
    assert not navigateur.erreurs()
    assert "96.02A – Coiffure, services" in eligibles(navigateur)
    choix = navigateur.formulaire("Simuler")._par_libelle(CHOIX)
    assert choix.value == "96.02A"


def test_unknown_words_are_explained(client):
    navigateur = _simulateur(client, "astronautes martiens")
    assert navigateur.erreurs() == [
        "Aucune activité ne correspond à « astronautes martiens » : essayez d'autres mots, ou "
        "saisissez le code NAF (par exemple 47.61Z)."
    ]


def test_without_naf_nor_activity_the_type_is_unknown(client):
    navigateur = _simulateur(client, "")
    assert not navigateur.erreurs()
    assert "Activité : non précisée." in eligibles(navigateur)


# The firm's form -------------------------------------------------------------------------


def _formulaire_entreprise(client, user):
    client.force_login(user)
    navigateur = Navigateur(client)
    navigateur.ouvrir("/")
    navigateur.ouvrir(reverse("entreprises:liste"))
    navigateur.cliquer("Ajouter une entreprise")
    siret = navigateur.formulaire("Continuer")
    siret.remplir("Numéro SIRET de votre établissement", "350 000 006 020 44")
    navigateur.envoyer(siret, "Continuer")
    return navigateur


def test_the_registry_code_prefills_the_type_of_activity(client, pme_alice):
    import_stock_etablissement(str(SAMPLE))
    navigateur = _formulaire_entreprise(client, pme_alice)
    formulaire = navigateur.formulaire("Enregistrer")
    assert formulaire._par_libelle("Code NAF (APE) ou activité").value == "10.71C"
    assert formulaire._par_libelle("Type d'activité").value == "artisanat"


def test_a_firm_found_by_words_gets_the_type_of_its_code_unless_changed(client, pme_alice):
    navigateur = _formulaire_entreprise(client, pme_alice)
    formulaire = navigateur.formulaire("Enregistrer")
    formulaire.remplir("Nom", "Atelier Terre & Feu")
    formulaire.remplir("Code NAF (APE) ou activité", "ceramique")
    formulaire.remplir("Code postal", "29000")
    navigateur.envoyer(formulaire, "Enregistrer")
    assert "« ceramique » correspond à 6 activités" in navigateur.texte
    formulaire = navigateur.formulaire("Enregistrer")
    formulaire.choisir(
        CHOIX, "23.41Z – Fabrication d'articles céramiques à usage domestique ou ornemental"
    )
    navigateur.envoyer(formulaire, "Enregistrer")
    entreprise = Entreprise.objects.get(nom="Atelier Terre & Feu")
    assert (entreprise.naf_id, entreprise.activite) == ("23.41Z", "artisanat")

    navigateur.cliquer("Modifier")
    formulaire = navigateur.formulaire("Enregistrer")
    assert formulaire._par_libelle("Code NAF (APE) ou activité").value == "23.41Z"
    formulaire.choisir("Type d'activité", "Production industrielle")
    navigateur.envoyer(formulaire, "Enregistrer")
    entreprise.refresh_from_db()
    assert entreprise.activite == "industrie"
