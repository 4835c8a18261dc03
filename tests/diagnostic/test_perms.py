"""Someone else's diagnostic is invisible (404); anonymous results only through their link."""

import pytest
from django.urls import reverse

from diagnostic import services
from diagnostic.demo import repondre
from tests.factories import EntrepriseFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def resultat_alice(maturite, pme_alice, entreprise_alice):
    resultat = services.commencer_diagnostic(
        version=maturite, user=pme_alice, entreprise=entreprise_alice
    )
    repondre(resultat, 1)
    return services.terminer_diagnostic(resultat=resultat)


def urls(resultat):
    return [
        reverse("diagnostic:resultat", args=[resultat.jeton]),
        reverse("diagnostic:etape", args=[resultat.jeton, 1]),
        reverse("diagnostic:rapport_pdf", args=[resultat.jeton]),
    ]


@pytest.mark.parametrize("index", [0, 1, 2])
def test_anonymous_with_the_link_of_an_attached_result_gets_404(client, resultat_alice, index):
    assert client.get(urls(resultat_alice)[index]).status_code == 404


@pytest.mark.parametrize("index", [0, 1, 2])
def test_another_manager_gets_404(client, resultat_alice, pme_bruno, index):
    client.force_login(pme_bruno)
    assert client.get(urls(resultat_alice)[index]).status_code == 404


def test_another_manager_cannot_claim_it(client, resultat_alice, pme_bruno):
    client.force_login(pme_bruno)
    response = client.post(reverse("diagnostic:rattacher", args=[resultat_alice.jeton]))
    assert response.status_code == 404


def test_owner_and_co_manager_see_it(client, resultat_alice, entreprise_alice, pme_bruno):
    client.force_login(resultat_alice.user)
    assert client.get(urls(resultat_alice)[0]).status_code == 200
    entreprise_alice.gestionnaires.add(pme_bruno)
    client.force_login(pme_bruno)
    assert client.get(urls(resultat_alice)[0]).status_code == 200


def test_anonymous_result_is_visible_through_its_private_link(client, maturite):
    resultat = services.commencer_diagnostic(version=maturite)
    repondre(resultat, 1)
    services.terminer_diagnostic(resultat=resultat)
    assert client.get(urls(resultat)[0]).status_code == 200


def test_history_of_someone_elses_entreprise_is_404(client, resultat_alice, pme_bruno):
    client.force_login(pme_bruno)
    url = reverse("diagnostic:historique", args=[resultat_alice.entreprise.pk])
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("nom", ["diagnostic:mes_diagnostics", "diagnostic:historique"])
def test_pme_pages_are_403_for_other_roles(client, connecteur_claire, nom, entreprise_alice):
    client.force_login(connecteur_claire)
    args = [entreprise_alice.pk] if nom.endswith("historique") else []
    assert client.get(reverse(nom, args=args)).status_code == 403


def test_my_list_does_not_show_others_results(client, resultat_alice, pme_bruno, maturite):
    EntrepriseFactory(gestionnaires=[pme_bruno])
    client.force_login(pme_bruno)
    page = client.get(reverse("diagnostic:mes_diagnostics")).content.decode()
    assert resultat_alice.jeton not in page
    assert "Aucun diagnostic pour l'instant" in page
