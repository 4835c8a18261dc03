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
    assert tasks.rafraichir_pairs() >= 3  # groups by sector, region and both at least
    # nothing left to aggregate (the page's body is rendered again: the cache was emptied, so
    # the result is read once for the permission check and once with what the body shows)
    with django_assert_max_num_queries(16):
        snapshot = _page(client, resultat)
    assert "de la même région (Bretagne)</strong> (3 entreprises)" in snapshot
    assert snapshot.count("<td") == live.count("<td")
    for fragment in live.split("<td")[1:]:
        assert fragment.split("</td>")[0] in snapshot


def test_a_result_finished_after_the_snapshot_is_not_subtracted(client, bretagne, pme_alice):
    version, entreprise = bretagne
    tasks.rafraichir_pairs()
    resultat = _termine(version, entreprise, 3, user=pme_alice)
    client.force_login(pme_alice)
    assert "de la même région (Bretagne)</strong> (3 entreprises)" in _page(client, resultat)


# The body of a finished result is kept in the shared cache (croissance.fragments) -----------


def test_a_refresh_of_the_averages_shows_on_the_next_display(client, bretagne, pme_alice):
    version, entreprise = bretagne
    resultat = _termine(version, entreprise, 3, user=pme_alice)
    client.force_login(pme_alice)
    assert "de la même région (Bretagne)</strong> (3 entreprises)" in _page(client, resultat)
    _termine(version, EntrepriseFactory(code_postal="35000"), 2)
    assert "de la même région (Bretagne)</strong> (3 entreprises)" in _page(
        client, resultat
    )  # hourly snapshot
    tasks.rafraichir_pairs()
    assert "de la même région (Bretagne)</strong> (4 entreprises)" in _page(client, resultat)


def _contenu(page):
    """The main content up to the PDF form (whose CSRF token, as the CSP nonce, is new on
    every display)."""
    return page.split("<main")[1].split("<h2>Rapport PDF</h2>")[0]


def test_a_repeated_display_reads_only_the_session_the_user_and_the_result(
    client, bretagne, pme_alice, pme_bruno, django_assert_max_num_queries
):
    version, entreprise = bretagne
    resultat = _termine(version, entreprise, 3, user=pme_alice)
    client.force_login(pme_alice)
    premiere = _page(client, resultat)
    with django_assert_max_num_queries(3):
        assert _contenu(_page(client, resultat)) == _contenu(premiere)
    # whoever may not see the result never gets its cached body
    client.force_login(pme_bruno)
    reponse = client.get(reverse("diagnostic:resultat", args=[resultat.jeton]))
    assert reponse.status_code == 404


def test_a_result_attached_to_an_entreprise_gets_its_own_body(client, bretagne, pme_alice):
    version, entreprise = bretagne
    resultat = _termine(version, None, 3)  # taken anonymously, through the private link
    anonyme = _page(client, resultat)
    assert "sera rattaché à votre entreprise" in anonyme
    # compared at once with every firm that took it: a comparison shows for everyone
    assert "Toutes les entreprises qui ont fait ce diagnostic</strong> (3 entreprises)" in anonyme
    client.force_login(pme_alice)
    services.rattacher_resultat(resultat=resultat, user=pme_alice, entreprise=entreprise)
    page = _page(client, resultat)
    assert "sera rattaché à votre entreprise" not in page
    assert "de la même région (Bretagne)</strong> (3 entreprises)" in page


def test_the_pdf_report_state_shows_at_once_with_the_requests_own_csrf_token(bretagne, pme_alice):
    from django.test import Client
    from django.utils import timezone

    from diagnostic.models import Resultat

    version, entreprise = bretagne
    resultat = _termine(version, entreprise, 3, user=pme_alice)
    Resultat.objects.filter(pk=resultat.pk).update(pdf="", pdf_demande_le=None)
    for _ in range(2):  # rendered, then read from the cache
        client = Client(enforce_csrf_checks=True)
        client.force_login(pme_alice)
        page = _page(client, resultat)
        assert "Préparer le rapport PDF" in page
        jeton = page.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
        url = reverse("diagnostic:rapport_pdf", args=[resultat.jeton])
        assert client.post(url, {"csrfmiddlewaretoken": jeton}).status_code == 302
        Resultat.objects.filter(pk=resultat.pk).update(pdf="", pdf_demande_le=None)
    Resultat.objects.filter(pk=resultat.pk).update(pdf_demande_le=timezone.now())
    assert "Votre rapport PDF est en préparation" in _page(client, resultat)


def test_the_comparison_widens_step_by_step_and_says_which_group(client, settings, pme_alice):
    """Sector × size × region, else sector × size nationally, else size, else everyone: the
    page names the group used and its size, so that every firm sees a comparison."""
    settings.DIAGNOSTIC_PAIRS_MINIMUM = 2
    version = questionnaire_synthetique(axes=2, questions=2)
    alice = EntrepriseFactory(gestionnaires=[pme_alice], naf_id="10.71C", tranche_effectifs_id="03")
    resultat = _termine(version, alice, 3, user=pme_alice)
    client.force_login(pme_alice)

    def comparaison():
        cache.clear()
        page = _page(client, resultat)
        return (
            page.split("Comparés à : <strong>")[1].split("</p>")[0] if "Comparés à" in page else ""
        )

    assert comparaison() == ""  # nobody else yet
    for _ in range(2):  # bakeries of the same size, in Occitanie
        _termine(
            version,
            EntrepriseFactory(naf_id="10.71C", tranche_effectifs_id="03", code_postal="31000"),
            1,
        )
    texte = comparaison()
    assert texte.startswith("Entreprises du même secteur (")
    assert (
        "de la même taille (" in texte and "dans toute la France</strong> (2 entreprises)" in texte
    )
    assert "la comparaison est élargie" in texte
    for _ in range(2):  # bakeries of the same size in Bretagne: the exact group
        _termine(version, EntrepriseFactory(naf_id="10.71C", tranche_effectifs_id="03"), 1)
    texte = comparaison()
    assert "de la même région (Bretagne)</strong> (2 entreprises)" in texte
    assert "élargie" not in texte
