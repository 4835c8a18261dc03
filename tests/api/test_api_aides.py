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
    demande = _demande(depenses={"conseil": "0", "voyage": "5000"})
    erreur = client.post(SIMULATION, demande, content_type="application/json")
    assert erreur.status_code == 400
    assert "Type de dépense inconnu : voyage." in str(erreur.json()["depenses"])
    demande = _demande()
    del demande["montant_ht"]
    erreur = client.post(SIMULATION, demande, content_type="application/json").json()
    assert erreur["montant_ht"] == ["Obligatoire sans « depenses »."]
