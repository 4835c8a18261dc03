"""Closed aids: out of the catalogue unless asked for, and marked « Clôturée » wherever they
appear (catalogue, aid page, simulator, API)."""

import pytest
from django.urls import reverse

from tests.parcours import Navigateur

from .factories import AideFactory
from .simulateur import ouvrir_simulateur, refusees, simuler

pytestmark = pytest.mark.django_db

BADGE = '<p class="fr-badge fr-badge--sm fr-badge--error">Clôturée</p>'


@pytest.fixture
def aides(db):
    return (
        AideFactory(titre="Pass commerce Bretagne", date_cloture="2099-12-31"),
        AideFactory(titre="Chèque numérique 2019", date_cloture="2020-01-01"),
    )


def test_the_catalogue_hides_closed_aids_unless_asked(client, aides):
    navigateur = Navigateur(client)
    navigateur.ouvrir(reverse("aides:liste"))
    assert "Pass commerce Bretagne" in navigateur.texte
    assert "Chèque numérique 2019" not in navigateur.texte
    assert "1 aide" in navigateur.texte and "Clôturée" not in navigateur.texte

    filtres = navigateur.formulaire("Filtrer")
    filtres.cocher("Afficher aussi les aides clôturées")
    navigateur.envoyer(filtres, "Filtrer")
    assert "Chèque numérique 2019" in navigateur.texte and "2 aides" in navigateur.texte
    assert navigateur.html.count(BADGE) == 1

    navigateur.cliquer("Chèque numérique 2019")
    assert '<p class="fr-badge fr-badge--error">Clôturée</p>' in navigateur.html
    assert "Cette aide n'accepte pas de nouvelle demande." in navigateur.texte
    assert "Simuler mon projet" not in navigateur.texte


def test_the_simulator_marks_a_closed_aid(client, aides):
    navigateur = simuler(ouvrir_simulateur(client), lieu="29000", site="12 000 €")
    assert (
        "Chèque numérique 2019 Clôturée : L'aide est clôturée depuis le 1er janvier 2020 : elle "
        "n'accepte plus de demande." in refusees(navigateur)
    )
    assert "Pass commerce Bretagne" not in refusees(navigateur)


def test_the_api_lists_open_aids_and_says_which_are_closed(client, aides):
    liste = client.get("/api/aides/").json()
    assert [a["titre"] for a in liste["results"]] == ["Pass commerce Bretagne"]
    assert liste["results"][0]["cloturee"] is False
    toutes = client.get("/api/aides/", {"cloturees": "true"}).json()["results"]
    assert {a["titre"]: a["cloturee"] for a in toutes} == {
        "Chèque numérique 2019": True,
        "Pass commerce Bretagne": False,
    }
    fermee = client.get(f"/api/aides/{aides[1].pk}/")
    assert fermee.status_code == 200 and fermee.json()["cloturee"] is True
