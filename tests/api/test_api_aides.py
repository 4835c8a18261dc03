from decimal import Decimal

import pytest

from tests.aides.factories import AideFactory

pytestmark = pytest.mark.django_db

URL = "/api/aides/"
SIMULATION = "/api/aides/simulation/"


def test_fields_without_contact_person_nor_email(client):
    AideFactory(contact_nom="Jeanne Dupont", contact_email="jeanne.dupont@region.test")
    body = client.get(URL).content.decode()
    assert "jeanne.dupont@region.test" not in body and "Jeanne Dupont" not in body
    aide = client.get(URL).json()["results"][0]
    assert aide["regions"] == ["53"]
    assert aide["taux"] == "50.00" or aide["taux"].startswith("50")
    assert "contact_email" not in aide and "contact_nom" not in aide


def test_unpublished_aids_are_hidden(client):
    AideFactory(publiee=False)
    assert client.get(URL).json()["count"] == 0


def test_region_filter_is_the_catalogue_one(client):
    AideFactory(titre="Aide bretonne")
    AideFactory(titre="Aide occitane", regions=["76"])
    AideFactory(titre="Aide nationale", regions=[], nationale=True)
    titres = {a["titre"] for a in client.get(URL, {"region": "76"}).json()["results"]}
    assert titres == {"Aide occitane", "Aide nationale"}
    assert client.get(URL, {"region": "zz"}).status_code == 400


@pytest.mark.parametrize("count", [2, 60])
def test_paginated_and_query_bounded(client, count, django_assert_max_num_queries):
    AideFactory.create_batch(count)
    with django_assert_max_num_queries(5):
        data = client.get(URL).json()
    assert data["count"] == count
    assert len(data["results"]) == min(50, count)
    assert (data["next"] is not None) == (count > 50)
    detail = client.get(f"{URL}{data['results'][0]['id']}/")
    assert detail.status_code == 200


def _demande(**changes):
    return {
        "region": "53",
        "naf": "47.61Z",
        "effectif": 8,
        "montant_ht": "12000",
        "types_depense": ["site"],
        **changes,
    }


def test_simulation_returns_the_simulators_verdict_and_amount(client):
    aide = AideFactory(titre="Chèque numérique")
    response = client.post(SIMULATION, _demande(), content_type="application/json")
    assert response.status_code == 200
    resultat = response.json()[0]
    assert resultat["aide"] == aide.pk and resultat["eligible"] is True
    assert Decimal(resultat["montant"]) == Decimal("6000")
    assert resultat["criteres"] and all(c["respecte"] for c in resultat["criteres"])


def test_simulation_explains_a_refusal(client):
    AideFactory()
    refus = client.post(SIMULATION, _demande(effectif=500), content_type="application/json").json()[
        0
    ]
    assert refus["eligible"] is False and refus["montant"] is None
    assert refus["raisons_refus"]


def test_simulation_can_target_one_aid_and_validates_input(client):
    AideFactory()
    cible = AideFactory()
    data = client.post(SIMULATION, _demande(aide=cible.pk), content_type="application/json").json()
    assert [r["aide"] for r in data] == [cible.pk]
    erreur = client.post(
        SIMULATION, _demande(montant_ht="-5", types_depense=[]), content_type="application/json"
    )
    assert erreur.status_code == 400
    assert {"montant_ht", "types_depense"} <= set(erreur.json())


@pytest.mark.parametrize("count", [2, 30])
def test_simulation_is_query_bounded(client, count, django_assert_max_num_queries):
    AideFactory.create_batch(count)
    with django_assert_max_num_queries(6):
        assert (
            len(client.post(SIMULATION, _demande(), content_type="application/json").json())
            == count
        )


@pytest.mark.parametrize("saisie", ["25.62B", "2562B", "25.62b", " 2562b "])
def test_simulation_reads_a_naf_code_as_the_simulator_page_does(client, saisie):
    AideFactory(titre="Aide à l'industrie", naf_eligibles="C")  # manufacturing only
    response = client.post(SIMULATION, _demande(naf=saisie), content_type="application/json")
    assert response.status_code == 200
    (resultat,) = response.json()
    assert resultat["eligible"] is True, resultat["raisons_refus"]


def test_an_unknown_naf_code_is_refused_in_french_not_simulated_as_no_sector(client):
    AideFactory(naf_eligibles="C")
    response = client.post(SIMULATION, _demande(naf="99.99Z"), content_type="application/json")
    assert response.status_code == 400
    assert response.json() == {"naf": ["Code NAF inconnu : saisissez-le sous la forme 47.61Z."]}


def test_unknown_region_department_or_aid_are_refused(client):
    AideFactory()
    region = client.post(SIMULATION, _demande(region="zz"), content_type="application/json")
    assert region.status_code == 400
    assert region.json()["region"] == [
        "Région inconnue : donnez son code INSEE, par exemple 53 pour la Bretagne."
    ]
    departement = client.post(
        SIMULATION, _demande(departement="999"), content_type="application/json"
    )
    assert departement.status_code == 400 and "departement" in departement.json()
    aide = client.post(SIMULATION, _demande(aide=987654), content_type="application/json")
    assert aide.status_code == 404
    assert aide.json() == {"detail": "Aucune aide publiée ne porte ce numéro."}


@pytest.mark.parametrize(
    "montant, accepte",
    [(12000, True), ("12000", True), ("1250.50", True), ("0.01", True), (1250.5, False)]
    + [("12 000", False), ("12000,50", False), ("0", False), ("-5", False), (True, False)],
)
def test_the_amount_is_read_as_its_schema_says(client, montant, accepte):
    AideFactory()
    response = client.post(
        SIMULATION, _demande(montant_ht=montant), content_type="application/json"
    )
    assert response.status_code == (200 if accepte else 400)
    if not accepte:
        assert "montant_ht" in response.json()


def test_the_simulation_takes_json_only(client):
    response = client.post(SIMULATION, {"montant_ht": "12000", "types_depense": ["site"]})
    assert response.status_code == 415


def test_the_nature_and_the_maximum_intensity_are_exposed(client):
    AideFactory(titre="Prêt numérique", nature="pret", taux=Decimal("100"))
    AideFactory(titre="Chèque conseil", intensite_max=Decimal("70"))
    aides = {a["titre"]: a for a in client.get(URL).json()["results"]}
    assert aides["Prêt numérique"]["nature"] == "pret"
    assert aides["Prêt numérique"]["intensite_max"] is None
    assert aides["Chèque conseil"]["nature"] == "subvention"
    assert Decimal(aides["Chèque conseil"]["intensite_max"]) == Decimal("70")
    assert aides["Chèque conseil"]["cloturee"] is False


def test_simulation_by_expense_pays_each_aid_on_what_it_funds(client):
    conseil = AideFactory(titre="Chèque conseil", types_depense=["conseil"])
    pret = AideFactory(titre="Prêt numérique", nature="pret", taux=Decimal("100"))
    demande = _demande(depenses={"conseil": "12000", "site": "28000"})
    del demande["montant_ht"], demande["types_depense"]
    resultats = {
        r["aide"]: r
        for r in client.post(SIMULATION, demande, content_type="application/json").json()
    }
    assert Decimal(resultats[conseil.pk]["montant"]) == Decimal("6000")
    assert (
        resultats[conseil.pk]["regle"] == "50 % de 12\u202f000 € de conseil éligible = 6\u202f000 €"
    )
    assert resultats[conseil.pk]["nature"] == "subvention"
    assert resultats[pret.pk]["nature"] == "pret"
    assert Decimal(resultats[pret.pk]["montant"]) == Decimal("30000")  # at most 30 000 € HT


def test_simulation_needs_expenses_or_an_amount_and_types(client):
    demande = _demande(depenses={"voyage": "5000"})
    erreur = client.post(SIMULATION, demande, content_type="application/json")
    assert erreur.status_code == 400
    assert erreur.json()["depenses"] == ["Type de dépense inconnu : voyage."]
    demande = _demande(depenses={"conseil": "-5"})
    assert client.post(SIMULATION, demande, content_type="application/json").status_code == 400
    demande = _demande()
    del demande["montant_ht"]
    erreur = client.post(SIMULATION, demande, content_type="application/json").json()
    assert erreur["montant_ht"] == ["Obligatoire sans « depenses »."]
