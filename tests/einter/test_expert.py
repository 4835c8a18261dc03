import pytest
from django.core import mail
from django.urls import reverse

from connecteurs.enums import OrigineDemande
from connecteurs.models import Demande
from tests.connecteurs.factories import ConnecteurFactory
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

FORMULAIRE = {
    "besoin": "Vendre nos biscuits en Allemagne.",
    "pays": "Allemagne",
    "produit": "Biscuits au beurre",
    "partage_diagnostic": "on",
}


def test_request_goes_to_export_experts_of_the_region(
    client, pme_alice, entreprise_alice, django_capture_on_commit_callbacks
):
    expert = ConnecteurFactory(nom="Experts export Bretagne", themes=["e-export"])
    expert_membre = UserFactory(connecteur=True, email="expert@export.test")
    expert.membres.add(expert_membre)
    ConnecteurFactory(nom="Cybersécurité", themes=["cybersecurite"])
    client.force_login(pme_alice)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("einter:expert"), {**FORMULAIRE, "entreprise": entreprise_alice.pk}
        )
    demande = Demande.objects.get()
    assert response.url == reverse("connecteurs:ma_demande", args=[demande.pk])
    assert demande.origine == OrigineDemande.EEXPORT and demande.partage_diagnostic
    assert "Pays visés : Allemagne" in demande.message
    assert [r.connecteur.nom for r in demande.reponses.all()] == ["Experts export Bretagne"]
    assert any("expert@export.test" in m.to for m in mail.outbox)
    assert client.get(reverse("connecteurs:mes_demandes")).status_code == 200


def test_no_expert_is_a_clear_message(client, pme_alice, entreprise_alice):
    client.force_login(pme_alice)
    response = client.post(
        reverse("einter:expert"), {**FORMULAIRE, "entreprise": entreprise_alice.pk}
    )
    assert "Aucun connecteur ne correspond" in response.content.decode()
    assert not Demande.objects.exists()


def test_only_sme_managers_and_only_for_their_entreprises(
    client, pme_bruno, connecteur_claire, entreprise_alice
):
    client.force_login(connecteur_claire)
    assert client.get(reverse("einter:expert")).status_code == 403
    from tests.factories import EntrepriseFactory

    EntrepriseFactory(gestionnaires=[pme_bruno])
    client.force_login(pme_bruno)
    response = client.post(
        reverse("einter:expert"), {**FORMULAIRE, "entreprise": entreprise_alice.pk}
    )
    assert response.status_code == 200 and not Demande.objects.exists()
