import re

import pytest
from django.core import mail
from django.urls import reverse

from connecteurs.enums import OrigineDemande
from connecteurs.models import Demande
from tests.connecteurs.factories import ConnecteurFactory
from tests.factories import UserFactory
from tests.parcours import Navigateur

pytestmark = pytest.mark.django_db

FORMULAIRE = {
    "besoin": "Vendre nos biscuits en Allemagne.",
    "pays": "Allemagne",
    "produit": "Biscuits au beurre",
    "partage_diagnostic": "on",
}


def test_request_goes_to_export_experts_shown_before_sending(
    client, pme_alice, entreprise_alice, django_capture_on_commit_callbacks
):
    """From the e-export page, forward only: the manager sees which experts will receive the
    request and why, then it reaches exactly them."""
    expert = ConnecteurFactory(nom="Experts export Bretagne", themes=["e-export"])
    expert_membre = UserFactory(connecteur=True, email="expert@export.test")
    expert.membres.add(expert_membre)
    autre = ConnecteurFactory(nom="Cybersécurité", themes=["cybersecurite"])
    autre.membres.add(UserFactory(connecteur=True, email="cyber@export.test"))
    entreprise_alice.nom = "L'Atelier d'Élise & Fils"
    entreprise_alice.save()
    client.force_login(pme_alice)

    navigateur = Navigateur(client)
    navigateur.ouvrir("/e-export/")
    navigateur.cliquer("Contacter un expert")
    formulaire = navigateur.formulaire("Vérifier avant l'envoi")
    formulaire.remplir(
        re.compile("^Votre besoin"), 'Vendre nos biscuits "pur beurre" en Allemagne.'
    )
    formulaire.remplir(re.compile("^Pays visés"), "Allemagne")
    formulaire.remplir("Produit ou service à vendre", "Biscuits au beurre")
    formulaire.cocher("Je partage mon dernier autodiagnostic avec l'expert")
    navigateur.envoyer(formulaire, "Vérifier avant l'envoi")
    assert "Qui recevra votre demande" in navigateur.texte
    assert "Envoyer à Experts export Bretagne" in navigateur.texte
    assert "Accompagne sur votre besoin : " in navigateur.texte
    assert "Cybersécurité" not in navigateur.texte
    with django_capture_on_commit_callbacks(execute=True):
        navigateur.envoyer(navigateur.formulaire("Envoyer ma demande"), "Envoyer ma demande")

    demande = Demande.objects.get()
    assert "Votre demande est envoyée à Experts export Bretagne." in navigateur.texte
    assert demande.origine == OrigineDemande.EEXPORT and demande.partage_diagnostic
    assert 'Vendre nos biscuits "pur beurre" en Allemagne.' in demande.message
    assert "Pays visés : Allemagne" in demande.message
    assert [r.connecteur.nom for r in demande.reponses.all()] == ["Experts export Bretagne"]
    destinataires = {adresse for m in mail.outbox for adresse in m.to}
    assert "expert@export.test" in destinataires and "cyber@export.test" not in destinataires


def test_no_expert_is_a_clear_message(client, pme_alice, entreprise_alice):
    client.force_login(pme_alice)
    response = client.post(
        reverse("einter:expert"),
        {**FORMULAIRE, "entreprise": entreprise_alice.pk, "etape": "verifier"},
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
