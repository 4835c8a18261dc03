from decimal import Decimal

import pytest

from tests.connecteurs.factories import ConnecteurFactory, PrestationFactory
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_only_charter_signatories_with_public_fields(client):
    membre = UserFactory(connecteur=True, email="claire.membre@cci.test")
    labellise = ConnecteurFactory(
        nom="CCI du Finistère",
        labellise=True,
        site_web="https://cci.example",
        telephone="0298000000",
        contact_nom="Claire Le Gall",
        membres=[membre],
        themes=["vente-en-ligne"],
        note_moyenne=Decimal("4.50"),
        nombre_avis=2,
    )
    PrestationFactory(connecteur=labellise, prix_ht=Decimal("2500.00"))
    signataire = ConnecteurFactory(nom="Agence Web Rennes")
    PrestationFactory(connecteur=signataire, prix_ht=Decimal("1000.00"))
    non_signe = ConnecteurFactory(nom="Pas encore signé", non_signe=True)

    response = client.get("/api/connecteurs/")
    body = response.content.decode()
    for prive in ("claire.membre@cci.test", "contact", "0298000000", "Claire Le Gall", "membres"):
        assert prive not in body
    data = response.json()
    assert data["count"] == 2
    fiche = data["results"][0]
    assert set(fiche) == {
        "id",
        "nom",
        "type_acteur",
        "niveau",
        "national",
        "regions",
        "departements",
        "themes",
        "prestations",
        "note_moyenne",
        "nombre_avis",
        "site_web",
    }
    assert fiche["nom"] == "CCI du Finistère" and fiche["niveau"] == "labellise"
    assert fiche["regions"] == ["53"] and fiche["themes"] == ["vente-en-ligne"]
    assert fiche["note_moyenne"] == "4.50" and fiche["nombre_avis"] == 2
    prestation = fiche["prestations"][0]
    assert prestation["prix_ht"] == "2500.00"
    assert prestation["part_etat"] == "1250.00" and prestation["reste_a_charge"] == "1250.00"
    autre = data["results"][1]["prestations"][0]
    assert autre["part_etat"] is None and autre["reste_a_charge"] == "1000.00"
    assert client.get(f"/api/connecteurs/{labellise.pk}/").json()["nom"] == "CCI du Finistère"
    assert client.get(f"/api/connecteurs/{non_signe.pk}/").status_code == 404


def test_directory_filters(client):
    ConnecteurFactory(nom="Breton", regions=["53"], themes=["cybersecurite"])
    ConnecteurFactory(nom="Occitan", regions=["76"], labellise=True, themes=["vente-en-ligne"])
    ConnecteurFactory(nom="Partout", national=True, regions=["11"], themes=["vente-en-ligne"])

    def noms(**params):
        return [r["nom"] for r in client.get("/api/connecteurs/", params).json()["results"]]

    assert noms(region="76") == ["Occitan", "Partout"]
    assert noms(departement="29") == ["Breton", "Partout"]
    assert noms(niveau="labellise") == ["Occitan"]
    assert noms(theme="cybersecurite") == ["Breton"]
    assert noms(q="occitan") == ["Occitan"]
    assert client.get("/api/connecteurs/", {"niveau": "inconnu"}).status_code == 400


@pytest.mark.parametrize("taille", [2, 60])
def test_paginated_with_bounded_queries(client, taille, django_assert_max_num_queries):
    for connecteur in ConnecteurFactory.create_batch(taille):
        PrestationFactory(connecteur=connecteur)
    with django_assert_max_num_queries(8):
        data = client.get("/api/connecteurs/").json()
    assert data["count"] == taille and len(data["results"]) == min(taille, 50)
    if taille > 50:
        assert len(client.get("/api/connecteurs/", {"page": 2}).json()["results"]) == taille - 50
