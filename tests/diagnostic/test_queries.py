"""Submitting a step and showing results take a fixed number of queries, whatever the size
of the questionnaire or the number of peers."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from diagnostic import services
from diagnostic.demo import repondre
from tests.diagnostic.factories import questionnaire_synthetique
from tests.factories import EntrepriseFactory

pytestmark = pytest.mark.django_db

TAILLES = [(2, 2), (6, 15)]


def _donnees(axe):
    data = {"action": "suivant"}
    for question in axe.questions.prefetch_related("choix"):
        data[f"q{question.pk}"] = [str(question.choix.last().pk)]
    return data


@pytest.mark.parametrize(("axes", "questions"), TAILLES)
def test_step_submit_budget(client, django_assert_max_num_queries, axes, questions):
    version = questionnaire_synthetique(axes=axes, questions=questions)
    resultat = services.commencer_diagnostic(version=version)
    premier = version.axes.first()
    data = _donnees(premier)
    url = reverse("diagnostic:etape", args=[resultat.jeton, 1])
    with django_assert_max_num_queries(14):
        response = client.post(url, data)
    assert response.status_code == 302
    with django_assert_max_num_queries(12):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize(("axes", "questions"), TAILLES)
def test_last_step_and_results_budget(
    client,
    django_assert_max_num_queries,
    django_capture_on_commit_callbacks,
    settings,
    axes,
    questions,
    pme_alice,
):
    settings.DIAGNOSTIC_PAIRS_MINIMUM = 2
    version = questionnaire_synthetique(axes=axes, questions=questions)
    entreprise = EntrepriseFactory(gestionnaires=[pme_alice])
    for _ in range(3):
        pair = services.commencer_diagnostic(version=version, entreprise=EntrepriseFactory())
        pair.region = entreprise.region
        pair.save()
        repondre(pair, 1)
        services.terminer_diagnostic(resultat=pair)
    resultat = services.commencer_diagnostic(version=version, user=pme_alice, entreprise=entreprise)
    repondre(resultat, 1)
    resultat.etape = axes + 1
    resultat.save()
    client.force_login(pme_alice)
    with django_assert_max_num_queries(30), django_capture_on_commit_callbacks() as taches:
        response = client.post(
            reverse("diagnostic:etape", args=[resultat.jeton, axes + 1]), {"action": "suivant"}
        )
    assert response.status_code == 302
    for tache in taches:  # what the worker runs once the answer is committed
        tache()
    url = reverse("diagnostic:resultat", args=[resultat.jeton])
    # first display: the recommendations were prepared by the task run when the diagnostic
    # was finished; only the peer averages are computed
    with django_assert_max_num_queries(10):
        premiere = client.get(url).content.decode()
    # later displays read both from the shared cache
    with django_assert_max_num_queries(10):
        suivante = client.get(url).content.decode()
    # the task has not run yet (or the cache was emptied): the page computes them itself
    cache.clear()
    with django_assert_max_num_queries(30):
        sans_tache = client.get(url).content.decode()
    for page in (premiere, suivante, sans_tache):
        assert "de la même région (Bretagne)</strong> (3 entreprises)" in page
        assert "Pourquoi ces recommandations ?" in page


@pytest.mark.parametrize("nombre", [1, 12])
def test_my_diagnostics_and_history_budget(
    client, django_assert_max_num_queries, nombre, pme_alice
):
    version = questionnaire_synthetique(axes=3, questions=2, slug="maturite-numerique")
    entreprise = EntrepriseFactory(gestionnaires=[pme_alice])
    for _ in range(nombre):
        resultat = services.commencer_diagnostic(
            version=version, user=pme_alice, entreprise=entreprise
        )
        repondre(resultat, 1)
        services.terminer_diagnostic(resultat=resultat)
    client.force_login(pme_alice)
    with django_assert_max_num_queries(10):
        assert client.get(reverse("diagnostic:mes_diagnostics")).status_code == 200
    with django_assert_max_num_queries(10):
        page = client.get(reverse("diagnostic:historique", args=[entreprise.pk]))
    assert page.content.decode().count("<tr>") == nombre + 1
    with django_assert_max_num_queries(8):
        assert client.get(reverse("diagnostic:accueil")).status_code == 200
