import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from formations.enums import Modalite, Public, TypeFormation
from formations.models import Avis
from tests.factories import theme
from tests.formations.factories import (
    FormationFactory,
    InscriptionFactory,
    SessionFactory,
    today,
)

pytestmark = pytest.mark.django_db
URL = reverse("formations:catalogue")


def titres(response):
    return [formation.titre for formation in response.context["page_obj"]]


def test_catalogue_is_public_and_lists_published_trainings(client):
    FormationFactory(titre="Vendre sur les places de marché")
    FormationFactory(titre="Brouillon", publiee=False)
    response = client.get(URL)
    assert response.status_code == 200
    assert titres(response) == ["Vendre sur les places de marché"]
    assert "1 formation trouvée" in response.content.decode()


def test_filter_by_region_keeps_distance_trainings(client):
    FormationFactory(titre="À Brest", region_id="53")
    FormationFactory(titre="À Toulouse", region_id="76")
    FormationFactory(titre="MOOC", region=None, modalite=Modalite.DISTANCE)
    assert titres(client.get(URL, {"region": "53"})) == ["MOOC", "À Brest"]


@pytest.mark.parametrize(
    ("params", "attendus"),
    [
        ({"modalite": "hybride"}, ["Hybride"]),
        ({"public": "collaborateur"}, ["Pour tous", "Salariés"]),
        ({"type_formation": "mooc"}, ["Salariés"]),
        ({"prix_min": "100", "prix_max": "1000"}, ["Hybride"]),
        ({"q": "cybersécurité"}, ["Pour tous"]),
        ({"theme": "vente-en-ligne"}, ["Hybride"]),
    ],
)
def test_filters(client, params, attendus):
    hybride = FormationFactory(titre="Hybride", modalite=Modalite.HYBRIDE, prix=Decimal("500"))
    hybride.themes.set([theme("vente-en-ligne")])
    FormationFactory(
        titre="Salariés",
        modalite=Modalite.DISTANCE,
        public=Public.COLLABORATEUR,
        type_formation=TypeFormation.MOOC,
        prix=Decimal("0"),
    )
    FormationFactory(
        titre="Pour tous",
        modalite=Modalite.PRESENTIEL,
        public=Public.TOUS,
        prix=Decimal("2500"),
        description="Sécuriser son SI : cybersécurité pour les TPE.",
    )
    assert titres(client.get(URL, params)) == attendus


def test_filter_upcoming_sessions(client):
    SessionFactory(formation__titre="Bientôt")
    SessionFactory(formation__titre="Passée", passee=True)
    FormationFactory(titre="Sans session")
    assert titres(client.get(URL, {"a_venir": "on"})) == ["Bientôt"]


def test_card_shows_rating_and_next_session(client):
    session = SessionFactory(passee=True)
    inscription = InscriptionFactory(session=session, confirmee=True)
    Avis.objects.create(inscription=inscription, formation=session.formation, note=4)
    prochaine = SessionFactory(
        formation=session.formation, date_debut=today() + datetime.timedelta(days=40)
    )
    html = client.get(URL).content.decode()
    assert "Utilité : 4,0/5 (1 avis)" in html
    assert f"prochaine session le {prochaine.date_debut.day}" in html


def test_pagination(client):
    for _ in range(15):
        FormationFactory()
    response = client.get(URL, {"page": 2})
    assert len(response.context["page_obj"]) == 3


@pytest.mark.parametrize("nombre", [10, 60])
def test_catalogue_query_count_does_not_grow(client, django_assert_max_num_queries, nombre):
    for index in range(nombre):
        session = SessionFactory(formation__titre=f"F{index:03}")
        session.formation.themes.set([theme("vente-en-ligne"), theme("cybersecurite")])
    with django_assert_max_num_queries(8):
        response = client.get(URL, {"region": "53", "a_venir": "on", "q": "F"})
    assert response.status_code == 200


@pytest.mark.parametrize("nombre", [1, 20])
def test_detail_query_count_does_not_grow(client, django_assert_max_num_queries, nombre):
    formation = FormationFactory()
    formation.themes.set([theme("vente-en-ligne")])
    for _ in range(nombre):
        session = SessionFactory(formation=formation, passee=True)
        inscription = InscriptionFactory(session=session, confirmee=True)
        Avis.objects.create(inscription=inscription, formation=formation, note=5)
        SessionFactory(formation=formation)
    with django_assert_max_num_queries(10):
        response = client.get(reverse("formations:detail", args=[formation.pk]))
    assert response.status_code == 200
    assert f"({nombre} avis)" in response.content.decode()


def test_unpublished_training_detail_is_404(client):
    formation = FormationFactory(publiee=False)
    assert client.get(reverse("formations:detail", args=[formation.pk])).status_code == 404


@pytest.mark.parametrize("nombre", [10, 10_000])
def test_catalogue_queries_for_10_or_10000_trainings(client, django_assert_max_num_queries, nombre):
    from connecteurs.models import Connecteur
    from formations import sessions
    from formations.models import Formation, SessionFormation

    organisme = Connecteur.objects.create(nom="Université", type_acteur="organisme_formation")
    Formation.objects.bulk_create(
        Formation(
            organisme=organisme,
            type_etablissement="universite",
            titre=f"Formation {index:05}",
            type_formation="courte",
            public="dirigeant",
            modalite="hybride",
            region_id="53",
            niveau="decouverte",
            duree_heures=7,
            prix=Decimal(index % 900),
            description="Vendre en ligne",
            programme="Programme",
        )
        for index in range(nombre)
    )
    debut = today() + datetime.timedelta(days=10)
    SessionFormation.objects.bulk_create(
        SessionFormation(
            formation=formation, date_debut=debut, date_fin=debut, places=5, lieu="Brest"
        )
        for formation in Formation.objects.all()
    )
    sessions.recalculer()  # the latest session date, which bulk writes do not keep
    Through = Formation.themes.through
    Through.objects.bulk_create(
        Through(formation_id=pk, theme_id="vente-en-ligne")
        for pk in Formation.objects.values_list("pk", flat=True)
    )
    # session, user, region, count, 2 filter lists, page, its themes and its organisations
    with django_assert_max_num_queries(9):
        response = client.get(
            URL, {"region": "53", "a_venir": "on", "q": "ligne", "prix_max": "800", "page": "2"}
        )
    assert response.status_code == 200
    assert len(response.context["page_obj"]) == (10 if nombre == 10 else 12)


def test_free_text_search_forgives_plurals_and_accents(client):
    FormationFactory(titre="Créer sa boutique en ligne", description="Paiement et livraison.")
    FormationFactory(titre="Cybersécurité", description="Sauvegardes.", programme="Mots de passe.")
    assert titres(client.get(URL, {"q": "boutiques"})) == ["Créer sa boutique en ligne"]
    assert titres(client.get(URL, {"q": "livraisons paiements"})) == ["Créer sa boutique en ligne"]
    assert titres(client.get(URL, {"q": "CYBERSECURITE"})) == ["Cybersécurité"]
