import pytest

from tests.factories import EntrepriseFactory

from .factories import AideFactory, connecteur_labellise


@pytest.fixture
def aide_bretagne(db):
    return AideFactory(titre="Pass commerce numérique Bretagne", enveloppe_montant="10000")


@pytest.fixture
def librairie(pme_alice):
    """A bookshop in Quimper (Bretagne), 8 people."""
    return EntrepriseFactory(gestionnaires=[pme_alice], nom="Librairie des Mots", naf_id="47.61Z")


@pytest.fixture
def cci(connecteur_claire):
    return connecteur_labellise(connecteur_claire, siret="35000000602044")
