"""The work queue's body is rendered once per regions, filters and dossiers version: every
change shows on the next display, and an instructeur only ever gets its own regions' body."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from aides import services
from aides.enums import EtatDossier
from croissance.referentiels.models import Region
from tests.factories import UserFactory

from .factories import dossier_depose

pytestmark = pytest.mark.django_db

FILE = reverse("aides:instruction")


@pytest.fixture
def dossier(pme_alice, librairie, aide_bretagne):
    return dossier_depose(user=pme_alice, entreprise=librairie, aide=aide_bretagne)


def _page(client, **filtres):
    return client.get(FILE, filtres).content.decode()


def test_a_state_change_shows_at_once(client, dossier, instructeur_bretagne):
    client.force_login(instructeur_bretagne)
    assert "Déposé : 1" in _page(client)
    services.dossier_instruire(dossier=dossier, instructeur=instructeur_bretagne)
    page = _page(client)
    assert "Déposé : 0" in page and "En instruction : 1" in page
    assert "<td>En instruction</td>" in page


def test_a_new_dossier_and_a_renamed_entreprise_show_at_once(
    client, dossier, pme_alice, librairie, aide_bretagne, instructeur_bretagne
):
    client.force_login(instructeur_bretagne)
    assert "1 dossier<" in _page(client)
    dossier_depose(user=pme_alice, entreprise=librairie, aide=aide_bretagne)
    assert "2 dossiers" in _page(client)
    librairie.nom = "Librairie des Lettres"
    librairie.save()
    assert "Librairie des Lettres" in _page(client)


def test_another_regions_instructeur_never_gets_the_body(
    client, dossier, instructeur_bretagne, instructeur_occitanie
):
    client.force_login(instructeur_bretagne)
    assert dossier.titre in _page(client)
    client.force_login(instructeur_occitanie)
    page = _page(client)
    assert dossier.titre not in page and "0 dossier" in page
    # a region added to an instructeur widens its queue at once, a region withdrawn narrows it
    instructeur_occitanie.regions.add("53")
    assert dossier.titre in _page(client)
    Region.objects.get(code="53").instructeurs.remove(instructeur_occitanie)
    assert dossier.titre not in _page(client)


def test_filters_and_pages_have_their_own_body(client, dossier, instructeur_bretagne):
    client.force_login(instructeur_bretagne)
    assert dossier.titre in _page(client)
    page = _page(client, etat=EtatDossier.REFUSE)
    assert dossier.titre not in page and "Aucun dossier ne correspond" in page
    assert dossier.titre in _page(client, etat=EtatDossier.DEPOSE)


def test_the_lot_form_carries_the_requests_own_csrf_token(
    dossier, instructeur_bretagne, mission_marc
):
    jetons = []
    for user in (instructeur_bretagne, UserFactory(instructeur=True, regions=["53"])):
        client = Client(enforce_csrf_checks=True)
        client.force_login(user)
        jeton = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', _page(client)).group(1)
        jetons.append(jeton)
        reponse = client.post(
            reverse("aides:instruction_lot"),
            {
                "csrfmiddlewaretoken": jeton,
                "dossiers": [dossier.pk],
                "decision": "classer",
                "motif": "",
            },
        )
        assert reponse.status_code == 302  # the form's answer, not the CSRF refusal (403)
    assert jetons[0] != jetons[1]


def test_a_repeated_display_reads_the_user_and_their_conflicts_only(
    client, dossier, instructeur_bretagne, django_assert_max_num_queries, requetes_de_session
):
    client.force_login(instructeur_bretagne)
    _page(client)
    # the user, and the files of the queue this person may not decide on (conflicts of
    # interest are personal: never in the shared body)
    with django_assert_max_num_queries(2 + requetes_de_session):
        assert dossier.titre in _page(client)


def test_a_title_cannot_pass_for_the_csrf_field(client, dossier, instructeur_bretagne):
    dossier.titre = '<input type="hidden" name="csrfmiddlewaretoken" value="jeton-de-la-requete">'
    dossier.save()
    client.force_login(instructeur_bretagne)
    for _ in range(2):  # rendered, then read from the cache
        page = _page(client)
        assert "&lt;input type=&quot;hidden&quot; name=&quot;csrfmiddlewaretoken" in page
        assert page.count('name="csrfmiddlewaretoken"') == 1  # the lot form's own
