import pytest
from django.urls import reverse

from formations.models import Formation
from tests.factories import theme
from tests.formations.factories import (
    FormationFactory,
    InscriptionFactory,
    SessionFactory,
    organisme_avec_membre,
)

pytestmark = pytest.mark.django_db


def test_provider_creates_a_training_and_a_session(client):
    organisme, membre = organisme_avec_membre()
    client.force_login(membre)
    response = client.post(
        reverse("formations:gestion_creer"),
        {
            "titre": "Piloter sa présence en ligne",
            "type_etablissement": "universite",
            "type_formation": "certificat",
            "public": "dirigeant",
            "modalite": "hybride",
            "type_lieu": "fablab",
            "lieu_immersion": "Fablab de Brest",
            "region": "53",
            "niveau": "decouverte",
            "duree_heures": "21",
            "prix": "900.00",
            "finance_opco": "on",
            "description": "<p>Bien <script>alert(1)</script>démarrer</p>",
            "programme": "Trois jours",
            "publiee": "on",
            "themes": ["presence-en-ligne"],
        },
    )
    formation = Formation.objects.get()
    assert response.status_code == 302
    assert formation.organisme == organisme
    assert "<script>" not in formation.description
    assert list(formation.themes.all()) == [theme("presence-en-ligne")]
    response = client.post(
        reverse("formations:gestion_session_creer", args=[formation.pk]),
        {"date_debut": "2030-03-02", "date_fin": "2030-03-04", "lieu": "Brest", "places": "12"},
    )
    assert formation.sessions.get().places == 12


def test_hybrid_training_needs_a_region(client):
    organisme, membre = organisme_avec_membre()
    client.force_login(membre)
    response = client.post(
        reverse("formations:gestion_creer"),
        {
            "titre": "Sans région",
            "type_etablissement": "prive",
            "type_formation": "courte",
            "public": "dirigeant",
            "modalite": "presentiel",
            "niveau": "decouverte",
            "duree_heures": "7",
            "prix": "100",
            "description": "x",
            "programme": "y",
        },
    )
    assert "Indiquez la région" in response.content.decode()


def test_provider_manages_only_its_own_trainings(client):
    organisme, membre = organisme_avec_membre()
    other = FormationFactory()
    other_session = SessionFactory(formation=other)
    other_inscription = InscriptionFactory(session=other_session)
    client.force_login(membre)
    for url in [
        reverse("formations:gestion_formation", args=[other.pk]),
        reverse("formations:gestion_modifier", args=[other.pk]),
        reverse("formations:gestion_session", args=[other_session.pk]),
        reverse("formations:gestion_session_creer", args=[other.pk]),
    ]:
        assert client.get(url).status_code == 404, url
    response = client.post(
        reverse("formations:gestion_decider", args=[other_inscription.pk, "confirmer"])
    )
    assert response.status_code == 404
    assert other.titre not in client.get(reverse("formations:gestion")).content.decode()


@pytest.mark.parametrize("user_fixture", ["pme_alice", "connecteur_claire", "instructeur_bretagne"])
def test_management_is_forbidden_to_non_providers(client, request, user_fixture):
    client.force_login(request.getfixturevalue(user_fixture))
    assert client.get(reverse("formations:gestion")).status_code == 403


def test_mission_manages_every_training(client, mission_marc):
    formation = FormationFactory()
    client.force_login(mission_marc)
    assert (
        client.get(reverse("formations:gestion_formation", args=[formation.pk])).status_code == 200
    )


@pytest.mark.parametrize("nombre", [1, 20])
def test_session_page_query_count(client, django_assert_max_num_queries, nombre):
    organisme, membre = organisme_avec_membre()
    session = SessionFactory(formation__organisme=organisme, places=50)
    InscriptionFactory.create_batch(nombre, session=session)
    client.force_login(membre)
    with django_assert_max_num_queries(8):
        assert (
            client.get(reverse("formations:gestion_session", args=[session.pk])).status_code == 200
        )


@pytest.mark.parametrize("nombre", [1, 20])
def test_dashboard_and_training_pages_query_count(client, django_assert_max_num_queries, nombre):
    organisme, membre = organisme_avec_membre()
    for _ in range(nombre):
        SessionFactory(formation__organisme=organisme)
    client.force_login(membre)
    with django_assert_max_num_queries(8):
        assert client.get(reverse("formations:gestion")).status_code == 200
    formation = organisme.formations.first()
    with django_assert_max_num_queries(8):
        url = reverse("formations:gestion_formation", args=[formation.pk])
        assert client.get(url).status_code == 200


def test_dashboard_puts_pending_requests_first(client):
    organisme, membre = organisme_avec_membre()
    FormationFactory(organisme=organisme, titre="A sans demande")
    demandee = InscriptionFactory(session__formation__organisme=organisme)
    InscriptionFactory(session=demandee.session, confirmee=True)
    client.force_login(membre)
    page = client.get(reverse("formations:gestion")).context["page_obj"]
    assert [(f.titre, f.en_attente) for f in page] == [
        (demandee.session.formation.titre, 1),
        ("A sans demande", 0),
    ]
