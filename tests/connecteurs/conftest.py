import pytest

from tests.connecteurs.factories import ConnecteurFactory


@pytest.fixture
def cci_finistere(connecteur_claire):
    """Claire's structure, a signatory CCI in Bretagne serving every theme."""
    return ConnecteurFactory(nom="CCI du Finistère", membres=[connecteur_claire])
