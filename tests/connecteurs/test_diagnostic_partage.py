"""A connecteur sees the latest diagnostic of an SME only when the SME agreed to share it."""

import pytest
from django.urls import reverse

from connecteurs import services
from connecteurs.models import Reponse
from diagnostic import services as diagnostic_services
from diagnostic.demo import repondre
from tests.diagnostic.factories import questionnaire_synthetique
from tests.factories import theme

pytestmark = pytest.mark.django_db


def _demande(entreprise, auteur, connecteur, partage):
    services.demande_creer(
        entreprise=entreprise,
        auteur=auteur,
        theme=theme("vente-en-ligne"),
        message="Nous voulons vendre en ligne.",
        partage_diagnostic=partage,
        connecteurs=[connecteur],
    )
    return Reponse.objects.filter(demande__entreprise=entreprise).latest("pk")


@pytest.fixture
def diagnostic_termine(entreprise_alice, pme_alice):
    version = questionnaire_synthetique(slug="maturite-numerique")
    resultat = diagnostic_services.commencer_diagnostic(
        version=version, user=pme_alice, entreprise=entreprise_alice
    )
    repondre(resultat, 1)
    diagnostic_services.terminer_diagnostic(resultat=resultat)
    return resultat


@pytest.mark.parametrize(("partage", "visible"), [(True, True), (False, False)])
def test_shared_diagnostic_shows_to_the_connecteur(
    client,
    cci_finistere,
    connecteur_claire,
    pme_alice,
    entreprise_alice,
    diagnostic_termine,
    partage,
    visible,
):
    reponse = _demande(entreprise_alice, pme_alice, cci_finistere, partage)
    client.force_login(connecteur_claire)
    content = client.get(reverse("connecteurs:demande", args=[reponse.pk])).content.decode()
    assert ("Dernier autodiagnostic partagé" in content) is visible
    assert ("Axe 0" in content) is visible
