"""Query counts of the remaining object pages, at small and larger sizes, and their access."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from formations import bourse
from formations.models import Annonce, AppelFormations, HistoriqueInscription, Proposition
from tests.factories import EntrepriseFactory, UserFactory
from tests.formations.factories import InscriptionFactory, organisme_avec_membre

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("nombre", [1, 20])
def test_enrolment_page(client, pme_alice, django_assert_max_num_queries, nombre):
    inscription = InscriptionFactory(demandeur=pme_alice)
    for _ in range(nombre):
        HistoriqueInscription.objects.create(
            inscription=inscription, etat_avant="demandee", etat_apres="demandee", auteur=pme_alice
        )
    client.force_login(pme_alice)
    with django_assert_max_num_queries(7):
        response = client.get(reverse("formations:inscription", args=[inscription.pk]))
    assert response.status_code == 200


def _membre(user):
    entreprise = EntrepriseFactory(gestionnaires=[user])
    return bourse.bourse_adherer(entreprise=entreprise, auteur=user, charte_acceptee=True)


@pytest.mark.parametrize("nombre", [1, 10])
def test_exchange_and_advert_pages(client, django_assert_max_num_queries, nombre):
    alice, bruno = UserFactory(), UserFactory()
    donne, recoit = _membre(bruno), _membre(alice)
    for _ in range(nombre - 1):
        _membre(alice)
    offre = bourse.annonce_publier(
        annonce=Annonce(
            sens="offre",
            titre="Boutique en ligne",
            description="x",
            salarie="Léa",
            heures=Decimal("4"),
            modalite="distance",
            region_id="76",
        ),
        membre=donne,
        auteur=bruno,
    )
    echange = bourse.echange_proposer(
        annonce=offre, membre=recoit, heures=Decimal("2"), salarie="", message="", auteur=alice
    )
    client.force_login(alice)
    with django_assert_max_num_queries(9):
        assert (
            client.get(reverse("formations:bourse_echange", args=[echange.pk])).status_code == 200
        )
    with django_assert_max_num_queries(9):
        assert client.get(reverse("formations:bourse_annonce", args=[offre.pk])).status_code == 200
    with django_assert_max_num_queries(9):
        url = reverse("formations:bourse_rapport", args=[recoit.entreprise_id])
        assert client.get(url).status_code == 200
    client.force_login(UserFactory())
    assert client.get(reverse("formations:bourse_echange", args=[echange.pk])).status_code == 404


@pytest.mark.parametrize("nombre", [1, 10])
def test_call_pages(client, mission_marc, django_assert_max_num_queries, nombre):
    organisme, membre = organisme_avec_membre()
    for index in range(nombre):
        appel = AppelFormations.objects.create(
            titre=f"Appel {index}",
            description="d",
            criteres="c",
            date_limite=timezone.now() + datetime.timedelta(days=3),
            publie=True,
        )
        proposition = Proposition.objects.create(
            appel=appel,
            organisme=organisme,
            type_etablissement="universite",
            titre=f"Proposition {index}",
            type_formation="courte",
            public="dirigeant",
            modalite="distance",
            niveau="decouverte",
            duree_heures=7,
            prix=Decimal("100"),
            description="d",
            programme="p",
        )
    with django_assert_max_num_queries(4):
        assert client.get(reverse("formations:appels")).status_code == 200
    client.force_login(membre)
    with django_assert_max_num_queries(8):
        assert client.get(reverse("formations:propositions")).status_code == 200
    client.force_login(mission_marc)
    with django_assert_max_num_queries(10):
        url = reverse("formations:proposition", args=[proposition.pk])
        assert client.get(url).status_code == 200


def test_admin_screens_open(client, mission_marc):
    from django.apps import apps
    from django.contrib import admin

    InscriptionFactory(confirmee=True)
    client.force_login(mission_marc)
    for model in apps.get_app_config("formations").get_models():
        if model not in admin.site._registry:
            continue
        meta = model._meta
        url = reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist")
        assert client.get(url, {"q": "x"}).status_code == 200, url
        objet = model.objects.first()
        if objet is not None:
            url = reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[objet.pk])
            assert client.get(url).status_code == 200, url
