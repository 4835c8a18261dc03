"""A connecteur prices its services the French way."""

from decimal import Decimal

import pytest
from django.urls import reverse

from connecteurs.models import Prestation
from tests.parcours import MONTANTS_SAISIS, visiter

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("saisi", "lu"), MONTANTS_SAISIS)
def test_a_service_is_priced_the_french_way(client, cci_finistere, connecteur_claire, saisi, lu):
    client.force_login(connecteur_claire)
    prestations = visiter(client, reverse("connecteurs:espace")).suivre("Prestations et prix")
    formulaire = prestations.formulaire("Enregistrer la prestation")
    page = prestations.soumettre(
        "Enregistrer la prestation",
        {
            "titre": "Audit de présence en ligne",
            "theme": formulaire.option("theme", "Présence en ligne"),
            "duree": "2 demi-journées",
            "prix_ht": saisi,
        },
    )
    assert Prestation.objects.get().prix_ht == Decimal(lu)
    assert "12 000" in page.texte


def test_a_negative_price_is_refused_in_french(client, cci_finistere, connecteur_claire):
    client.force_login(connecteur_claire)
    prestations = visiter(client, reverse("connecteurs:prestations"))
    refus = prestations.soumettre(
        "Enregistrer la prestation",
        {"titre": "Audit", "duree": "1 jour", "prix_ht": "-850 €"},
    )
    assert "Le montant ne peut pas être négatif." in refus.texte
    assert not Prestation.objects.exists()
