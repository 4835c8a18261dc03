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
