"""The simulator, as a manager uses it from the catalogue: the firm where it really is
(commune, département, region), its project expense by expense, amounts typed the French way."""

import pytest
from django.urls import reverse

from tests.factories import EntrepriseFactory
from tests.parcours import MONTANTS_SAISIS, erreurs, visiter

from .factories import AideFactory

pytestmark = pytest.mark.django_db

LIBRAIRIE = {"naf": "47.61Z", "effectif": "8", "activite": "commerce", "surface_vente_m2": "120"}


def simulateur(client):
    """The simulator, reached from the catalogue as a visitor does."""
    return visiter(client, reverse("aides:liste")).suivre("Simuler les aides pour mon projet")


def simuler(page, **valeurs):
    return page.soumettre("Simuler", {**LIBRAIRIE, **valeurs})


def eligibles(page) -> str:
    """The text of the eligible aids (the refused ones follow under their own heading)."""
    texte = page.texte
    debut = texte.index("Résultats pour un projet")
    fin = texte.find("Aides non accessibles")
    return texte[debut : fin if fin > 0 else None]


@pytest.fixture
def aide_finistere(db):
    return AideFactory(
        titre="Pass numérique Finistère", financeur="Conseil départemental", departements=["29"]
    )


def test_a_firm_in_quimper_gets_the_finistere_aid_and_one_in_rennes_does_not(
    client, aide_finistere
):
    page = simulateur(client)
    quimper = simuler(page, localisation="29000", depense_site="12 000 €")
    assert "Pass numérique Finistère" in eligibles(quimper)
    assert "Entreprise à Quimper — département : Finistère (29), région : Bretagne" in quimper.texte
    assert "Votre département est couvert par l'aide." in quimper.texte

    rennes = simuler(page, localisation="35000", depense_site="12 000 €")
    assert "Pass numérique Finistère" not in eligibles(rennes)
    assert "Entreprise à Rennes — département : Ille-et-Vilaine (35)" in rennes.texte
    assert "Pass numérique Finistère : Votre département n'est pas couvert par l'aide." in (
        rennes.texte
    )


def test_the_commune_may_be_typed_by_its_name_without_accents(client, aide_finistere):
    page = simulateur(client)
    assert "Pass numérique Finistère" in eligibles(
        simuler(page, localisation="quimper", depense_site="12000")
    )
    saint_etienne = simuler(page, localisation="saint etienne", depense_site="12000")
    assert "Entreprise à Saint-Étienne — département : Loire (42)" in saint_etienne.texte
    assert "Pass numérique Finistère" not in eligibles(saint_etienne)


def test_a_postal_code_of_several_departements_asks_for_the_commune(client):
    AideFactory(titre="Chèque numérique Jura", regions=["27"], departements=["39"])
    page = simulateur(client)
    choix = simuler(page, localisation="01410", depense_site="12 000")
    assert erreurs(choix) == [
        "« 01410 » correspond à des communes de plusieurs départements : choisissez celle de "
        "l'entreprise."
    ]
    assert "Résultats pour un projet" not in choix.texte
    formulaire = choix.formulaire("Simuler")
    lajoux = formulaire.option("commune", "Lajoux – Jura (39)")
    mijoux = formulaire.option("commune", "Mijoux – Ain (01)")

    jura = choix.soumettre("Simuler", {"commune": lajoux})
    assert "Entreprise à Lajoux — département : Jura (39), région : Bourgogne-Franche-Comté" in (
        jura.texte
    )
    assert "Chèque numérique Jura" in eligibles(jura)
    ain = choix.soumettre("Simuler", {"commune": mijoux})
    assert "département : Ain (01)" in ain.texte
    assert "Chèque numérique Jura" not in eligibles(ain)


def test_a_postal_code_of_several_communes_of_one_departement_needs_no_choice(client):
    page = simuler(simulateur(client), localisation="01400", depense_site="12 000")
    assert erreurs(page) == []
    assert "Entreprise — département : Ain (01), région : Auvergne-Rhône-Alpes" in page.texte


@pytest.mark.parametrize("saisie", ["99999", "2900", "Atlantide"])
def test_an_unknown_place_is_a_french_error(client, saisie):
    page = simuler(simulateur(client), localisation=saisie, depense_site="12 000")
    assert erreurs(page) == [
        f"Aucune commune ne correspond à « {saisie} » : saisissez le code postal à 5 chiffres "
        "(par exemple 29000) ou le nom de la commune."
    ]


def test_a_logged_in_firm_is_judged_where_it_is(client, pme_alice, aide_finistere):
    EntrepriseFactory(gestionnaires=[pme_alice], nom="Librairie de Rennes", code_postal="35000")
    EntrepriseFactory(gestionnaires=[pme_alice], nom="Librairie des Mots", **{"naf_id": "47.61Z"})
    client.force_login(pme_alice)
    page = visiter(client, reverse("aides:mes_dossiers")).suivre("Simuler mon projet")
    prefill = page.soumettre(
        "Préremplir",
        {"entreprise": page.formulaire("Préremplir").option("entreprise", "Librairie de Rennes")},
    )
    rennes = prefill.soumettre("Simuler", {"depense_site": "12 000", "activite": "commerce"})
    assert "département : Ille-et-Vilaine (35)" in rennes.texte
    assert "Pass numérique Finistère" not in eligibles(rennes)

    prefill = page.soumettre(
        "Préremplir",
        {"entreprise": page.formulaire("Préremplir").option("entreprise", "Librairie des Mots")},
    )
    quimper = prefill.soumettre("Simuler", {"depense_site": "12 000", "activite": "commerce"})
    assert "Entreprise à Quimper — département : Finistère (29)" in quimper.texte
    assert "Pass numérique Finistère" in eligibles(quimper)


def test_an_aid_pays_on_the_expenses_it_funds_only(client):
    AideFactory(titre="Chèque conseil numérique", types_depense=["conseil"])
    page = simuler(
        simulateur(client),
        localisation="29000",
        depense_conseil="12 000 €",
        depense_site="28 000 €",
    )
    texte = eligibles(page)
    assert "Résultats pour un projet de 40 000 € HT" in texte
    assert "6 000 € de subvention — 50 % de 12 000 € de conseil éligible = 6 000 €" in texte
    assert "20 000 €" not in texte  # never half of the whole 40 000 € project
    assert (
        "Dépenses retenues : conseil 12 000 €. "
        "Non financées par cette aide : création de site 28 000 €." in texte
    )


def test_an_aid_funding_several_expenses_shows_each(client):
    AideFactory(titre="Pass commerce", types_depense=["conseil", "site"], plafond="15000")
    page = simuler(
        simulateur(client),
        localisation="29000",
        depense_conseil="4 000",
        depense_site="8 000,50",
        depense_logiciel="3 000",
    )
    assert (
        "6 000,25 € de subvention — 50 % de 12 000,50 € de dépenses éligibles (conseil "
        "4 000 €, création de site 8 000,50 €) = 6 000,25 €" in eligibles(page)
    )


@pytest.mark.parametrize(("saisi", "lu"), MONTANTS_SAISIS)
def test_the_simulator_reads_amounts_typed_the_french_way(client, saisi, lu):
    AideFactory(titre="Chèque conseil numérique", types_depense=["conseil"])
    page = simuler(simulateur(client), localisation="29000", depense_conseil=saisi)
    projet, aide = {"12000": ("12 000 €", "6 000 €"), "12000.50": ("12 000,50 €", "6 000,25 €")}[lu]
    assert f"Résultats pour un projet de {projet} HT" in page.texte
    assert f"50 % de {projet} de conseil éligible = {aide}" in eligibles(page)


@pytest.mark.parametrize(
    ("valeurs", "message"),
    [
        ({"depense_site": "-5 000 €"}, "Le montant ne peut pas être négatif."),
        ({"depense_site": "12.000"}, "Le point est ambigu"),
        ({"depense_site": "1e30"}, "Saisissez un montant en euros"),
        ({}, "Indiquez le montant HT d'au moins une dépense du projet."),
    ],
)
def test_wrong_amounts_are_refused_in_french(client, valeurs, message):
    page = simuler(simulateur(client), localisation="29000", **valeurs)
    assert any(message in erreur for erreur in erreurs(page))
    assert "Résultats pour un projet" not in page.texte
