import pytest
from django.urls import reverse

from connecteurs.models import CharteVersion
from tests.connecteurs.factories import CandidatureFactory, ConnecteurFactory

pytestmark = pytest.mark.django_db


def test_admin_lists_who_has_not_signed_the_charter_in_force(client, mission_marc):
    ConnecteurFactory(nom="A signé la version 1")
    CharteVersion.objects.create(numero=2, texte="Version 2")
    a_jour = ConnecteurFactory(nom="A signé la version 2")
    assert a_jour.signatures.get().version.numero == 2
    client.force_login(mission_marc)
    url = reverse("admin:connecteurs_connecteur_changelist")
    page = client.get(url, {"charte_a_jour": "non"}).content.decode()
    assert "A signé la version 1" in page and "A signé la version 2" not in page


@pytest.mark.parametrize(
    "model",
    [
        "connecteur",
        "charteversion",
        "signature",
        "critere",
        "candidature",
        "prestation",
        "demande",
        "avis",
        "evenement",
        "rappellabel",
        "historiquereponse",
    ],
)
def test_admin_changelists_open(client, mission_marc, model):
    CandidatureFactory()
    client.force_login(mission_marc)
    assert client.get(reverse(f"admin:connecteurs_{model}_changelist")).status_code == 200
