"""The simulator, as a manager uses it from the catalogue: the firm where it really is
(commune, département, region), its project expense by expense, amounts typed the French way."""

import pytest
from django.urls import reverse

from tests.factories import EntrepriseFactory
from tests.parcours import MONTANTS_SAISIS, Navigateur

from .factories import AideFactory
from .simulateur import eligibles, ouvrir_simulateur, refusees, simuler

pytestmark = pytest.mark.django_db


@pytest.fixture
def aide_finistere(db):
    return AideFactory(
        titre="Pass numérique Finistère", financeur="Conseil départemental", departements=["29"]
    )


def test_a_firm_in_quimper_gets_the_finistere_aid_and_one_in_rennes_does_not(
    client, aide_finistere
):
    navigateur = ouvrir_simulateur(client)
    simuler(navigateur, lieu="29000", site="12 000 €")
    assert "Pass numérique Finistère" in eligibles(navigateur)
    assert "Entreprise à Quimper — département : Finistère (29), région : Bretagne" in (
        navigateur.texte
    )
    assert "Votre département est couvert par l'aide." in navigateur.texte

    simuler(navigateur, lieu="35000", site="12 000 €")
    assert "Pass numérique Finistère" not in eligibles(navigateur)
    assert "Entreprise à Rennes — département : Ille-et-Vilaine (35)" in navigateur.texte
    assert "Pass numérique Finistère : Votre département n'est pas couvert par l'aide." in (
        refusees(navigateur)
    )


def test_the_commune_may_be_typed_by_its_name_without_accents(client, aide_finistere):
    navigateur = ouvrir_simulateur(client)
    simuler(navigateur, lieu="quimper", site="12000")
    assert "Pass numérique Finistère" in eligibles(navigateur)
    simuler(navigateur, lieu="saint etienne", site="12000")
    assert "Entreprise à Saint-Étienne — département : Loire (42)" in navigateur.texte
    assert "Pass numérique Finistère" not in eligibles(navigateur)


def test_a_postal_code_of_several_departements_asks_for_the_commune(client):
    AideFactory(titre="Chèque numérique Jura", regions=["27"], departements=["39"])
    navigateur = ouvrir_simulateur(client)
    simuler(navigateur, lieu="01410", site="12 000")
    assert navigateur.erreurs() == [
        "« 01410 » correspond à des communes de plusieurs départements : choisissez celle de "
        "l'entreprise."
    ]
    assert "Résultats pour un projet" not in navigateur.texte

    formulaire = navigateur.formulaire("Simuler")
    formulaire.choisir("Commune de l'entreprise", "Lajoux – Jura (39)")
    navigateur.envoyer(formulaire, "Simuler")
    assert (
        "Entreprise à Lajoux — département : Jura (39), région : Bourgogne-Franche-Comté"
        in navigateur.texte
    )
    assert "Chèque numérique Jura" in eligibles(navigateur)

    formulaire = navigateur.formulaire("Simuler")
    formulaire.choisir("Commune de l'entreprise", "Mijoux – Ain (01)")
    navigateur.envoyer(formulaire, "Simuler")
    assert "Entreprise à Mijoux — département : Ain (01)" in navigateur.texte
    assert "Chèque numérique Jura" not in eligibles(navigateur)


def test_a_postal_code_of_several_communes_of_one_departement_needs_no_choice(client):
    navigateur = simuler(ouvrir_simulateur(client), lieu="01400", site="12 000")
    assert navigateur.erreurs() == []
    assert "Entreprise — département : Ain (01), région : Auvergne-Rhône-Alpes" in (
        navigateur.texte
    )


@pytest.mark.parametrize("saisie", ["99999", "2900", "Atlantide"])
def test_an_unknown_place_is_a_french_error(client, saisie):
    navigateur = simuler(ouvrir_simulateur(client), lieu=saisie, site="12 000")
    assert navigateur.erreurs() == [
        f"Aucune commune ne correspond à « {saisie} » : saisissez le code postal à 5 chiffres "
        "(par exemple 29000) ou le nom de la commune."
    ]


def test_a_logged_in_firm_is_judged_where_it_is(client, pme_alice, aide_finistere):
    EntrepriseFactory(gestionnaires=[pme_alice], nom="Librairie de Rennes", code_postal="35000")
    EntrepriseFactory(gestionnaires=[pme_alice], nom="Librairie des Mots", naf_id="47.61Z")
    client.force_login(pme_alice)
    navigateur = Navigateur(client)
    navigateur.ouvrir(reverse("aides:mes_dossiers"))
    navigateur.cliquer("Simuler mon projet")
    for entreprise, departement, eligible in [
        ("Librairie de Rennes", "Ille-et-Vilaine (35)", False),
        ("Librairie des Mots", "Finistère (29)", True),
    ]:
        formulaire = navigateur.formulaire("Préremplir")
        formulaire.choisir("Préremplir avec l'entreprise", entreprise)
        navigateur.envoyer(formulaire, "Préremplir")
        simuler(navigateur, site="12 000")  # where the firm is: as the form was prefilled
        assert f"département : {departement}" in navigateur.texte
        assert ("Pass numérique Finistère" in eligibles(navigateur)) is eligible


def test_an_aid_pays_on_the_expenses_it_funds_only(client):
    AideFactory(titre="Chèque conseil numérique", types_depense=["conseil"])
    navigateur = simuler(
        ouvrir_simulateur(client), lieu="29000", conseil="12 000 €", site="28 000 €"
    )
    texte = eligibles(navigateur)
    assert "Résultats pour un projet de 40 000 € HT" in texte
    assert "6 000 € de subvention — 50 % de 12 000 € de conseil éligible = 6 000 €" in texte
    assert "20 000 €" not in texte  # never half of the whole 40 000 € project
    assert (
        "Dépenses retenues : conseil 12 000 €. "
        "Non financées par cette aide : création de site 28 000 €." in texte
    )


def test_an_aid_funding_several_expenses_shows_each(client):
    AideFactory(titre="Pass commerce", types_depense=["conseil", "site"], plafond="15000")
    navigateur = simuler(
        ouvrir_simulateur(client), lieu="29000", conseil="4 000", site="8 000,50", logiciel="3 000"
    )
    assert (
        "6 000,25 € de subvention — 50 % de 12 000,50 € de dépenses éligibles (conseil "
        "4 000 €, création de site 8 000,50 €) = 6 000,25 €" in eligibles(navigateur)
    )


@pytest.mark.parametrize(("saisi", "lu"), MONTANTS_SAISIS)
def test_the_simulator_reads_amounts_typed_the_french_way(client, saisi, lu):
    AideFactory(titre="Chèque conseil numérique", types_depense=["conseil"])
    navigateur = simuler(ouvrir_simulateur(client), lieu="29000", conseil=saisi)
    projet, aide = {"12000": ("12 000 €", "6 000 €"), "12000.50": ("12 000,50 €", "6 000,25 €")}[lu]
    assert f"Résultats pour un projet de {projet} HT" in navigateur.texte
    assert f"50 % de {projet} de conseil éligible = {aide}" in eligibles(navigateur)


@pytest.mark.parametrize(
    ("depenses", "message"),
    [
        ({"site": "-5 000 €"}, "Le montant ne peut pas être négatif."),
        ({"site": "12.000"}, "Le point est ambigu"),
        ({"site": "1e30"}, "Saisissez un montant en euros"),
        ({}, "Indiquez le montant HT d'au moins une dépense du projet."),
    ],
)
def test_wrong_amounts_are_refused_in_french(client, depenses, message):
    navigateur = simuler(ouvrir_simulateur(client), lieu="29000", **depenses)
    assert any(message in erreur for erreur in navigateur.erreurs())
    assert "Résultats pour un projet" not in navigateur.texte
