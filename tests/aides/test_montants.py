"""Every money form of the aids, as its users fill it in: amounts typed the French way."""

from decimal import Decimal

import pytest
from django.urls import reverse

from aides.models import Aide
from tests.parcours import MONTANTS_SAISIS, Navigateur

from .factories import AideFactory, dossier_brouillon, dossier_en_instruction

pytestmark = pytest.mark.django_db


def page_du_dossier(client, user, titre="Site") -> Navigateur:
    client.force_login(user)
    navigateur = Navigateur(client)
    navigateur.ouvrir(reverse("aides:mes_dossiers"))
    navigateur.cliquer(titre)
    return navigateur


def ajouter_depense(navigateur, montant, libelle="Stratégie numérique"):
    # from the file's page, through its sequence's summary to the expenses step
    navigateur.cliquer("Compléter mon dossier")
    navigateur.cliquer("Modifier les dépenses")
    formulaire = navigateur.formulaire("Ajouter la dépense")
    formulaire.choisir("Type de dépense", "Conseil en stratégie numérique")
    formulaire.remplir("Libellé", libelle)
    formulaire.remplir("Montant HT (€)", montant)
    navigateur.envoyer(formulaire, "Ajouter la dépense")


@pytest.mark.parametrize(("saisi", "lu"), MONTANTS_SAISIS)
def test_an_sme_adds_an_expense_line_the_french_way(
    client, pme_alice, librairie, aide_bretagne, saisi, lu
):
    dossier = dossier_brouillon(user=pme_alice, entreprise=librairie, aide=aide_bretagne)
    navigateur = page_du_dossier(client, pme_alice)
    ajouter_depense(navigateur, saisi)
    assert dossier.lignes.get(libelle="Stratégie numérique").montant_ht == Decimal(lu)
    assert "La dépense est ajoutée." in navigateur.texte


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
    navigateur = page_du_dossier(client, pme_alice)
    ajouter_depense(navigateur, saisi, libelle="X")
    assert any(message in erreur for erreur in navigateur.erreurs())
    assert dossier.lignes.count() == 1


@pytest.mark.parametrize(("saisi", "lu"), MONTANTS_SAISIS[1:4])
def test_an_sme_declares_an_aid_received_elsewhere_the_french_way(
    client, pme_alice, librairie, aide_bretagne, saisi, lu
):
    dossier_brouillon(user=pme_alice, entreprise=librairie, aide=aide_bretagne)
    navigateur = page_du_dossier(client, pme_alice)
    formulaire = navigateur.formulaire("Déclarer l'aide reçue")
    formulaire.remplir("Financeur de l'aide reçue", "Bpifrance")
    formulaire.remplir("Montant reçu (€)", saisi)
    formulaire.remplir("Date d'octroi", "2025-03-01")
    navigateur.envoyer(formulaire, "Déclarer l'aide reçue")
    assert librairie.aides_declarees.get().montant == Decimal(lu)


def accepter(client, instructeur, montant, motif="Projet conforme") -> Navigateur:
    client.force_login(instructeur)
    navigateur = Navigateur(client)
    navigateur.ouvrir(reverse("aides:instruction"))
    navigateur.cliquer("Site")
    formulaire = navigateur.formulaire("Accepter le dossier")
    formulaire.remplir("Montant accordé (€)", montant)
    formulaire.remplir("Motif communiqué à l'entreprise", motif)
    navigateur.envoyer(formulaire, "Accepter le dossier")
    return navigateur


@pytest.mark.parametrize(("saisi", "lu"), MONTANTS_SAISIS)
def test_an_instructeur_grants_an_amount_typed_the_french_way(
    client, pme_alice, librairie, instructeur_bretagne, saisi, lu
):
    aide = AideFactory(titre="Pass commerce numérique Bretagne", enveloppe_montant="50000")
    dossier = dossier_en_instruction(
        user=pme_alice, entreprise=librairie, aide=aide, montant=Decimal("30000")
    )
    accepter(client, instructeur_bretagne, saisi)
    dossier.refresh_from_db()
    assert dossier.montant_accorde == Decimal(lu)
    aide.refresh_from_db()
    assert aide.montant_engage == Decimal(lu)


def test_a_negative_grant_is_refused_in_french(
    client, pme_alice, librairie, instructeur_bretagne, aide_bretagne
):
    dossier = dossier_en_instruction(user=pme_alice, entreprise=librairie, aide=aide_bretagne)
    navigateur = accepter(client, instructeur_bretagne, "-6 000 €", motif="Non")
    assert "Le montant doit être positif." in navigateur.erreurs()
    dossier.refresh_from_db()
    assert dossier.montant_accorde is None


@pytest.mark.parametrize(("saisi", "lu"), MONTANTS_SAISIS)
def test_regional_staff_type_the_envelope_and_the_rules_amounts_the_french_way(
    client, instructeur_bretagne, saisi, lu
):
    client.force_login(instructeur_bretagne)
    navigateur = Navigateur(client)
    navigateur.ouvrir(reverse("aides:regles"))
    navigateur.cliquer("Créer une aide à partir du modèle du programme")
    formulaire = navigateur.formulaire("Enregistrer l'aide")
    formulaire.remplir("Titre", "Pass numérique Finistère")
    formulaire.choisir("Type de financeur", "Région")
    formulaire.remplir("Financeur", "Région Bretagne")
    formulaire.remplir("Investissement minimal (€ HT)", "2 000 €")
    formulaire.remplir("Investissement maximal retenu (€ HT)", "30\u202f000 € HT")
    formulaire.remplir("Plafond de l'aide (€)", "7\u00a0500,50 €")
    formulaire.remplir("Enveloppe (€)", f"1{saisi}")  # 112 000 €, 112 000,50 €…
    navigateur.envoyer(formulaire, "Enregistrer l'aide")
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
    navigateur = Navigateur(client)
    navigateur.ouvrir(reverse("aides:regles"))
    navigateur.cliquer("Pass commerce Bretagne")
    formulaire = navigateur.formulaire("Enregistrer l'aide")
    formulaire.remplir("Enveloppe (€)", "-10 000 €")
    navigateur.envoyer(formulaire, "Enregistrer l'aide")
    assert "Le montant doit être positif." in navigateur.erreurs()
    aide.refresh_from_db()
    assert aide.enveloppe_montant is None
