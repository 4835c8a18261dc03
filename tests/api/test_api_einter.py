from datetime import timedelta

import pytest
from django.utils import timezone

from einter.models import ChiffreCle
from tests.einter.factories import LeadFactory, MarcheFactory, secteur

pytestmark = pytest.mark.django_db


def test_markets_with_key_figures(client):
    marche = MarcheFactory(code_pays="JP", nom="Japon")
    ChiffreCle.objects.create(
        marche=marche, libelle="Acheteurs en ligne", valeur="80 %", source="JETRO", annee=2024
    )
    MarcheFactory(code_pays="DE", publie=False)
    data = client.get("/api/marches/").json()
    assert data["count"] == 1
    assert data["results"][0]["chiffres"] == [
        {"libelle": "Acheteurs en ligne", "valeur": "80 %", "source": "JETRO", "annee": 2024}
    ]
    assert client.get(f"/api/marches/{marche.pk}/").json()["nom"] == "Japon"


def test_open_leads_only_and_never_the_contact(client):
    ouvert = LeadFactory(titre="Biscuits au beurre")
    clos = LeadFactory(statut="clos")
    echu = LeadFactory(date_limite=timezone.localdate() - timedelta(days=1))
    LeadFactory(titre="Jusqu'à ce soir", date_limite=timezone.localdate())
    body = client.get("/api/leads/").content.decode()
    assert "achats@acheteur.example" not in body and "Service achats" not in body
    data = client.get("/api/leads/").json()
    assert sorted(lead["titre"] for lead in data["results"]) == [
        ouvert.titre,
        "Jusqu'à ce soir",
    ]
    # closed, or open but past its deadline: not in the list, and no page of its own
    assert client.get(f"/api/leads/{clos.pk}/").status_code == 404
    assert client.get(f"/api/leads/{echu.pk}/").status_code == 404
    assert client.get("/api/leads/", {"statut": "clos"}).json()["count"] == 2


def test_leads_filters_are_the_pages_ones(client):
    LeadFactory(titre="Vin bio", pays="JP", secteur=secteur("agroalimentaire"))
    LeadFactory(titre="Cosmétiques", pays="US")
    assert [r["titre"] for r in client.get("/api/leads/", {"pays": "JP"}).json()["results"]] == [
        "Vin bio"
    ]
    assert [
        r["titre"] for r in client.get("/api/leads/", {"q": "cosmétiques"}).json()["results"]
    ] == ["Cosmétiques"]
    assert client.get("/api/leads/", {"secteur": "agroalimentaire"}).json()["count"] == 1
    assert client.get("/api/leads/", {"pays": "XX"}).status_code == 400


@pytest.mark.parametrize("count", [2, 60])
def test_leads_and_markets_paginated_and_bounded(client, count, django_assert_max_num_queries):
    LeadFactory.create_batch(count, secteur=secteur())
    for code in ["DE", "ES", "IT"][: min(count, 3)]:
        MarcheFactory(code_pays=code)
    with django_assert_max_num_queries(4):
        data = client.get("/api/leads/").json()
    assert data["count"] == count and len(data["results"]) == min(50, count)
    with django_assert_max_num_queries(4):
        client.get("/api/marches/")
