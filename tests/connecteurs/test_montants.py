"""A connecteur prices its services the French way."""

from decimal import Decimal

import pytest
from django.urls import reverse

from connecteurs.models import Prestation
from tests.parcours import MONTANTS_SAISIS, Navigateur

pytestmark = pytest.mark.django_db


def enregistrer_prestation(client, user, prix) -> Navigateur:
    client.force_login(user)
    navigateur = Navigateur(client)
    navigateur.ouvrir(reverse("connecteurs:espace"))
    navigateur.cliquer("Prestations et prix")
    formulaire = navigateur.formulaire("Enregistrer la prestation")
    formulaire.remplir("Intitulé", "Audit de présence en ligne")
    formulaire.choisir("Thème", "Présence en ligne")
    formulaire.remplir("Durée", "2 demi-journées")
    formulaire.remplir("Prix hors taxes (€)", prix)
    navigateur.envoyer(formulaire, "Enregistrer la prestation")
    return navigateur


@pytest.mark.parametrize(("saisi", "lu"), MONTANTS_SAISIS)
def test_a_service_is_priced_the_french_way(client, cci_finistere, connecteur_claire, saisi, lu):
    navigateur = enregistrer_prestation(client, connecteur_claire, saisi)
    assert Prestation.objects.get().prix_ht == Decimal(lu)
    assert "12 000" in navigateur.texte


def test_a_negative_price_is_refused_in_french(client, cci_finistere, connecteur_claire):
    navigateur = enregistrer_prestation(client, connecteur_claire, "-850 €")
    assert "Le montant ne peut pas être négatif." in navigateur.erreurs()
    assert not Prestation.objects.exists()
