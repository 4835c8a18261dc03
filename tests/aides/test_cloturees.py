"""Closed aids: out of the catalogue unless asked for, and marked « Clôturée » wherever they
appear (catalogue, aid page, simulator, API)."""

import pytest
from django.urls import reverse

from tests.parcours import visiter

from .factories import AideFactory

pytestmark = pytest.mark.django_db

BADGE = '<p class="fr-badge fr-badge--sm fr-badge--error">Clôturée</p>'


@pytest.fixture
def aides(db):
    return (
        AideFactory(titre="Pass commerce Bretagne", date_cloture="2099-12-31"),
        AideFactory(titre="Chèque numérique 2019", date_cloture="2020-01-01"),
    )


def test_the_catalogue_hides_closed_aids_unless_asked(client, aides):
    catalogue = visiter(client, reverse("aides:liste"))
    assert "Pass commerce Bretagne" in catalogue.texte
    assert "Chèque numérique 2019" not in catalogue.texte
    assert "1 aide" in catalogue.texte and "Clôturée" not in catalogue.texte

    toutes = catalogue.soumettre("Filtrer", {"cloturees": "on"})
    assert "Chèque numérique 2019" in toutes.texte and "2 aides" in toutes.texte
    assert toutes.html.count(BADGE) == 1

    fiche = toutes.suivre("Chèque numérique 2019")
    assert '<p class="fr-badge fr-badge--error">Clôturée</p>' in fiche.html
    assert "Cette aide n'accepte pas de nouvelle demande." in fiche.texte
    assert "Simuler mon projet" not in fiche.texte


def test_the_simulator_marks_a_closed_aid(client, aides):
    page = visiter(client, reverse("aides:liste")).suivre("Simuler les aides pour mon projet")
    resultats = page.soumettre(
        "Simuler",
        {
            "localisation": "29000",
            "naf": "47.61Z",
            "effectif": "8",
            "activite": "commerce",
            "depense_site": "12 000 €",
        },
    )
    refusees = resultats.texte[resultats.texte.index("Aides non accessibles") :]
    assert (
        "Chèque numérique 2019 Clôturée : L'aide est clôturée depuis le 1er janvier 2020 : elle "
        "n'accepte plus de demande." in refusees
    )
    assert "Pass commerce Bretagne" not in refusees


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
