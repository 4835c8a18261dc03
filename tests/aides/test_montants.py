"""Every money form of the aids, as its users fill it in: amounts typed the French way."""

from decimal import Decimal

import pytest
from django.urls import reverse

from aides.models import Aide
from tests.parcours import MONTANTS_SAISIS, visiter

from .factories import AideFactory, dossier_brouillon, dossier_en_instruction

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("saisi", "lu"), MONTANTS_SAISIS)
def test_an_sme_adds_an_expense_line_the_french_way(
    client, pme_alice, librairie, aide_bretagne, saisi, lu
):
    dossier = dossier_brouillon(user=pme_alice, entreprise=librairie, aide=aide_bretagne)
    client.force_login(pme_alice)
    page = visiter(client, reverse("aides:mes_dossiers")).suivre(dossier.titre)
    page = page.soumettre(
        "Ajouter la dépense",
        {"type_depense": "conseil", "libelle": "Stratégie numérique", "montant_ht": saisi},
    )
    assert dossier.lignes.get(libelle="Stratégie numérique").montant_ht == Decimal(lu)
    assert "La dépense est ajoutée." in page.texte


@pytest.mark.parametrize(
    ("saisi", "message"),
    [
        ("-5", "Le montant doit être positif."),
        ("0 €", "Le montant doit être positif."),
        ("10,123", "Deux décimales au plus."),
        ("12.000", "Le point est ambigu"),
        ("99 999 999 999 €", "Montant trop élevé"),
    ],
)
def test_a_wrong_expense_amount_is_refused_in_french(
    client, pme_alice, librairie, aide_bretagne, saisi, message
):
    dossier = dossier_brouillon(user=pme_alice, entreprise=librairie, aide=aide_bretagne)
    client.force_login(pme_alice)
    page = visiter(client, reverse("aides:mes_dossiers")).suivre(dossier.titre)
    refus = page.soumettre(
        "Ajouter la dépense", {"type_depense": "site", "libelle": "X", "montant_ht": saisi}
    )
    assert message in refus.texte
    assert dossier.lignes.count() == 1


@pytest.mark.parametrize(("saisi", "lu"), MONTANTS_SAISIS[1:4])
def test_an_sme_declares_an_aid_received_elsewhere_the_french_way(
    client, pme_alice, librairie, aide_bretagne, saisi, lu
):
    dossier = dossier_brouillon(user=pme_alice, entreprise=librairie, aide=aide_bretagne)
    client.force_login(pme_alice)
    page = visiter(client, reverse("aides:mes_dossiers")).suivre(dossier.titre)
    page.soumettre(
        "Déclarer l'aide reçue",
        {
            "declaration-financeur": "Bpifrance",
            "declaration-montant": saisi,
            "declaration-date_octroi": "2025-03-01",
        },
    )
    assert librairie.aides_declarees.get().montant == Decimal(lu)


@pytest.mark.parametrize(("saisi", "lu"), MONTANTS_SAISIS)
def test_an_instructeur_grants_an_amount_typed_the_french_way(
    client, pme_alice, librairie, instructeur_bretagne, saisi, lu
):
    aide = AideFactory(titre="Pass commerce numérique Bretagne", enveloppe_montant="50000")
    dossier = dossier_en_instruction(
        user=pme_alice, entreprise=librairie, aide=aide, montant=Decimal("30000")
    )
    client.force_login(instructeur_bretagne)
    page = visiter(client, reverse("aides:instruction")).suivre(dossier.titre)
    page = page.soumettre("Accepter le dossier", {"montant": saisi, "motif": "Projet conforme"})
    dossier.refresh_from_db()
    assert dossier.montant_accorde == Decimal(lu)
    aide.refresh_from_db()
    assert aide.montant_engage == Decimal(lu)


def test_a_negative_grant_is_refused_in_french(
    client, pme_alice, librairie, instructeur_bretagne, aide_bretagne
):
    dossier = dossier_en_instruction(user=pme_alice, entreprise=librairie, aide=aide_bretagne)
    client.force_login(instructeur_bretagne)
    page = visiter(client, reverse("aides:instruction")).suivre(dossier.titre)
    refus = page.soumettre("Accepter le dossier", {"montant": "-6 000 €", "motif": "Non"})
    assert "Le montant doit être positif." in refus.texte
    dossier.refresh_from_db()
    assert dossier.montant_accorde is None


@pytest.mark.parametrize(("saisi", "lu"), MONTANTS_SAISIS)
def test_regional_staff_type_the_envelope_and_the_rules_amounts_the_french_way(
    client, instructeur_bretagne, saisi, lu
):
    client.force_login(instructeur_bretagne)
    liste = visiter(client, reverse("aides:regles"))
    formulaire = liste.suivre("Créer une aide à partir du modèle du programme")
    formulaire.soumettre(
        "Enregistrer l'aide",
        {
            "titre": "Pass numérique Finistère",
            "financeur_type": "region",
            "financeur": "Région Bretagne",
            "description": "Pour les commerces du Finistère.",
            "investissement_min": "2 000 €",
            "investissement_max": "30\u202f000 € HT",
            "plafond": "7\u00a0500,50 €",
            "enveloppe_montant": f"1{saisi}",  # 112 000 €, 112 000,50 €…
        },
    )
    aide = Aide.objects.get(titre="Pass numérique Finistère")
    assert aide.enveloppe_montant == Decimal(lu) + 100_000
    assert (aide.investissement_min, aide.investissement_max, aide.plafond) == (
        Decimal("2000"),
        Decimal("30000"),
        Decimal("7500.50"),
    )


def test_a_negative_envelope_is_refused_in_french(client, instructeur_bretagne):
    aide = AideFactory(titre="Pass commerce Bretagne")
    client.force_login(instructeur_bretagne)
    formulaire = visiter(client, reverse("aides:regles")).suivre("Pass commerce Bretagne")
    refus = formulaire.soumettre("Enregistrer l'aide", {"enveloppe_montant": "-10 000 €"})
    assert "Le montant doit être positif." in refus.texte
    aide.refresh_from_db()
    assert aide.enveloppe_montant is None
