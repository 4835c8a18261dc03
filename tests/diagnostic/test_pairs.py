"""Peer averages come from sums kept in the shared cache (refreshed hourly by a beat task);
the result shown is never its own peer."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from diagnostic import services, tasks
from diagnostic.demo import repondre
from tests.diagnostic.factories import questionnaire_synthetique
from tests.factories import EntrepriseFactory

pytestmark = pytest.mark.django_db


def _termine(version, entreprise, niveau, user=None):
    resultat = services.commencer_diagnostic(version=version, entreprise=entreprise, user=user)
    repondre(resultat, niveau)
    services.terminer_diagnostic(resultat=resultat)
    return resultat


@pytest.fixture
def bretagne(settings, pme_alice):
    settings.DIAGNOSTIC_PAIRS_MINIMUM = 2
    version = questionnaire_synthetique(axes=2, questions=2)
    entreprise = EntrepriseFactory(gestionnaires=[pme_alice], code_postal="29000")
    for niveau in (0, 1, 1):
        _termine(version, EntrepriseFactory(code_postal="35000"), niveau)
    return version, entreprise


def _page(client, resultat):
    return client.get(reverse("diagnostic:resultat", args=[resultat.jeton])).content.decode()


def test_beat_task_snapshots_every_group_and_the_page_leaves_the_result_out(
    client, bretagne, pme_alice, django_assert_max_num_queries
):
    version, entreprise = bretagne
    resultat = _termine(version, entreprise, 3, user=pme_alice)
    client.force_login(pme_alice)
    live = _page(client, resultat)  # computed by the page itself
    cache.clear()
    assert tasks.rafraichir_pairs() >= 3  # sector, size and region groups at least
    with django_assert_max_num_queries(15):  # nothing left to aggregate
        snapshot = _page(client, resultat)
    assert "Même région (3 entreprises)" in snapshot
    assert snapshot.count("<td") == live.count("<td")
    for fragment in live.split("<td")[1:]:
        assert fragment.split("</td>")[0] in snapshot


def test_a_result_finished_after_the_snapshot_is_not_subtracted(client, bretagne, pme_alice):
    version, entreprise = bretagne
    tasks.rafraichir_pairs()
    resultat = _termine(version, entreprise, 3, user=pme_alice)
    client.force_login(pme_alice)
    assert "Même région (3 entreprises)" in _page(client, resultat)
