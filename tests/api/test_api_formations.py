import datetime

import pytest

from formations.models import Avis
from tests.formations.factories import (
    FormationFactory,
    InscriptionFactory,
    SessionFactory,
    today,
)

pytestmark = pytest.mark.django_db


def test_published_trainings_with_next_session_and_rating(client):
    formation = FormationFactory(titre="Vendre en ligne")
    SessionFactory(formation=formation, passee=True)
    prochaine = SessionFactory(formation=formation, date_debut=today() + datetime.timedelta(days=9))
    SessionFactory(formation=formation, date_debut=today() + datetime.timedelta(days=40))
    for note in (5, 4):
        inscription = InscriptionFactory(
            session=prochaine, confirmee=True, participant_nom="Yann Kerjean"
        )
        Avis.objects.create(inscription=inscription, formation=formation, note=note)
    cachee = FormationFactory(titre="Brouillon", publiee=False)

    response = client.get("/api/formations/")
    body = response.content.decode()
    assert "Yann Kerjean" not in body and "@" not in body and "inscriptions" not in body
    data = response.json()
    assert data["count"] == 1
    fiche = data["results"][0]
    assert fiche["titre"] == "Vendre en ligne"
    assert fiche["prochaine_session"] == prochaine.date_debut.isoformat()
    assert fiche["note_moyenne"] == 4.5 and fiche["nombre_avis"] == 2
    assert fiche["region"] == "53" and fiche["prix"] == "450.00"
    assert "participant_nom" not in fiche and "participants" not in fiche
    assert client.get(f"/api/formations/{formation.pk}/").json()["nombre_avis"] == 2
    assert client.get(f"/api/formations/{cachee.pk}/").status_code == 404


def test_catalogue_filters(client):
    FormationFactory(titre="Cybersécurité", region_id="53", modalite="presentiel", prix=100)
    FormationFactory(titre="Boutique", region_id="76", modalite="presentiel", prix=900)
    FormationFactory(titre="Webinaire", region_id=None, modalite="distance", prix=0)
    SessionFactory(formation__titre="Avec session", formation__region_id="76")

    def titres(**params):
        return sorted(r["titre"] for r in client.get("/api/formations/", params).json()["results"])

    assert titres(region="53") == ["Cybersécurité", "Webinaire"]
    assert titres(modalite="distance") == ["Webinaire"]
    assert titres(prix_max=500) == ["Avec session", "Cybersécurité", "Webinaire"]
    assert titres(a_venir="true") == ["Avec session"]
    assert titres(q="cybersécurité") == ["Cybersécurité"]
    assert client.get("/api/formations/", {"modalite": "nulle"}).status_code == 400


@pytest.mark.parametrize("taille", [2, 60])
def test_paginated_with_bounded_queries(client, taille, django_assert_max_num_queries):
    for session in SessionFactory.create_batch(taille):
        InscriptionFactory(session=session)
    with django_assert_max_num_queries(4):
        data = client.get("/api/formations/").json()
    assert data["count"] == taille and len(data["results"]) == min(taille, 50)
    assert all(r["prochaine_session"] for r in data["results"])
