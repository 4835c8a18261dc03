"""The dashboard's body, when it shows a snapshot, is rendered once per snapshot version and
regions: a new snapshot shows on the next display, and nobody gets another region's body."""

import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from croissance.indicateurs import services
from tests.factories import UserFactory

from . import donnees

pytestmark = pytest.mark.django_db

URL = reverse("indicateurs:tableau_de_bord")


def _date_du_calcul(page):
    return re.search(r"Chiffres calculés le ([\d/]+ à [\d:]+)", page).group(1)


def test_a_new_snapshot_shows_at_once(client, instructeur_bretagne, settings):
    donnees.jeu(1)
    services.prendre_instantane(region="53")
    client.force_login(instructeur_bretagne)
    page = client.get(URL).content.decode()
    assert "Chiffres calculés le" in page
    assert "Diagnostics terminés" in page
    instantane = services.prendre_instantane(region="53")
    instantane.calcule_le = instantane.calcule_le.replace(year=2030)
    instantane.save()
    assert _date_du_calcul(client.get(URL).content.decode()).startswith(
        timezone.localtime(instantane.calcule_le).strftime("%d/%m/2030")
    )


def test_another_regions_instructeur_never_gets_the_body(client, instructeur_bretagne):
    donnees.jeu(1)
    donnees.diagnostics(2, code_postal="75001")  # Île-de-France
    services.prendre_tous_les_instantanes()
    client.force_login(instructeur_bretagne)
    assert "Région Bretagne" in client.get(URL).content.decode()
    client.force_login(UserFactory(instructeur=True, regions=["11"]))
    page = client.get(URL).content.decode()
    assert "Région Île-de-France" in page and "Bretagne" not in page


def test_a_period_is_computed_for_each_display(client, mission_marc):
    donnees.jeu(1)
    services.prendre_instantane()
    client.force_login(mission_marc)
    periode = {"debut": "2020-01-01"}
    assert "Chiffres calculés à l'instant" in client.get(URL, periode).content.decode()
    assert "Chiffres calculés le" in client.get(URL).content.decode()


def test_the_recalculate_form_carries_the_requests_own_csrf_token(mission_marc):
    donnees.jeu(1)
    services.prendre_instantane()
    for _ in range(2):  # rendered, then read from the cache
        client = Client(enforce_csrf_checks=True)
        client.force_login(mission_marc)
        page = client.get(URL).content.decode()
        jeton = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        reponse = client.post(reverse("indicateurs:recalculer"), {"csrfmiddlewaretoken": jeton})
        assert reponse.status_code == 302


def test_a_region_withdrawn_is_refused_at_once(client, instructeur_bretagne):
    donnees.jeu(1)
    services.prendre_instantane(region="53")
    client.force_login(instructeur_bretagne)
    for filtres in ({}, {"region": "53"}):  # both bodies in the cache
        assert "Région Bretagne" in client.get(URL, filtres).content.decode()
    instructeur_bretagne.regions.add("11")
    assert client.get(URL, {"region": "53"}).status_code == 200
    instructeur_bretagne.regions.remove("53")
    assert client.get(URL, {"region": "53"}).status_code == 404
    assert "Région Bretagne" not in client.get(URL, {"region": "11"}).content.decode()
    instructeur_bretagne.regions.clear()
    page = client.get(URL).content.decode()
    assert "Aucune région ne vous est rattachée" in page and "Région" not in page.split("<h1")[1]


def test_a_repeated_display_reads_only_the_user_with_its_regions(
    client, instructeur_bretagne, django_assert_max_num_queries, requetes_de_session
):
    donnees.jeu(1)
    services.prendre_instantane(region="53")
    client.force_login(instructeur_bretagne)
    client.get(URL)
    with django_assert_max_num_queries(1 + requetes_de_session):
        assert "Région Bretagne" in client.get(URL).content.decode()
