"""Amounts typed the French way: the shared field, then the core's money forms through their
pages (an entreprise's turnover, the cost told in a testimonial)."""

from decimal import Decimal

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse

from croissance.entreprises.models import Entreprise
from croissance.forms import MontantField
from croissance.ressources.models import Temoignage
from tests.parcours import MONTANTS_SAISIS, Navigateur

ESPACES = [" ", "\u00a0", "\u202f"]


@pytest.mark.parametrize("espace", ESPACES)
@pytest.mark.parametrize(
    ("modele", "lu"),
    [
        ("12{e}000", "12000"),
        ("12{e}000,50", "12000.50"),
        ("12{e}000{e}€", "12000"),
        ("12{e}000,50{e}€", "12000.50"),
        ("12{e}000€", "12000"),
        ("1{e}250{e}000,05 € HT", "1250000.05"),
    ],
)
def test_every_space_between_thousands_and_the_euro_sign(espace, modele, lu):
    assert MontantField().clean(modele.format(e=espace)) == Decimal(lu)


@pytest.mark.parametrize(
    ("saisi", "lu"),
    [("12000.50", "12000.50"), ("12.000,50", "12000.50"), ("1.250.000", "1250000"), (" 45 ", "45")],
)
def test_points_and_commas(saisi, lu):
    assert MontantField().clean(saisi) == Decimal(lu)


@pytest.mark.parametrize(
    ("saisi", "message"),
    [
        ("-5", "Le montant doit être positif."),
        ("\u22125 €", "Le montant doit être positif."),
        ("0", "Le montant doit être positif."),
        ("12,345", "Deux décimales au plus."),
        ("12.000", "Le point est ambigu : écrivez 12\u202f000 pour un montant en milliers"),
        ("douze mille", "Saisissez un montant en euros"),
        ("1e30", "Saisissez un montant en euros"),
        ("Infinity", "Saisissez un montant en euros"),
        ("99 999 999 999", "Montant trop élevé : 10 chiffres au plus avant la virgule."),
    ],
)
def test_what_is_not_an_amount_is_refused_in_french(saisi, message):
    with pytest.raises(ValidationError) as refus:
        MontantField().clean(saisi)
    assert message in " ".join(refus.value.messages)


def test_a_price_may_be_free_but_never_negative():
    champ = MontantField(min_value=Decimal("0"), required=False)
    assert champ.clean("0 €") == Decimal("0")
    assert champ.clean("") is None
    with pytest.raises(ValidationError, match="ne peut pas être négatif"):
        champ.clean("-1")


def test_the_input_opens_the_decimal_keypad_and_takes_spaces():
    class Formulaire(forms.Form):
        montant = MontantField()

    html = str(Formulaire(initial={"montant": Decimal("12000.50")})["montant"])
    assert 'type="text"' in html and 'inputmode="decimal"' in html  # type="number" refuses "€"
    assert 'value="12000,50"' in html


def nouvelle_entreprise(client, user) -> Navigateur:
    """The firm's form, reached from « Mes entreprises » and the SIRET step."""
    client.force_login(user)
    navigateur = Navigateur(client)
    navigateur.ouvrir(reverse("entreprises:liste"))
    navigateur.cliquer("Ajouter une entreprise")
    siret = navigateur.formulaire("Continuer")
    siret.remplir("Numéro SIRET de votre établissement", "350 000 006 020 44")
    navigateur.envoyer(siret, "Continuer")
    return navigateur


def enregistrer(navigateur, **montants):
    formulaire = navigateur.formulaire("Enregistrer")
    formulaire.remplir("Nom", "L'Atelier d'Élise & Fils")
    formulaire.choisir("Type d'activité", "Production artisanale")
    formulaire.remplir("Code postal", "29000")
    formulaire.remplir("Effectif (personnes)", "12")
    for libelle, montant in montants.items():
        formulaire.remplir(libelle, montant)
    navigateur.envoyer(formulaire, "Enregistrer")


@pytest.mark.django_db
@pytest.mark.parametrize(("saisi", "lu"), MONTANTS_SAISIS)
def test_an_sme_registers_its_turnover_the_french_way(client, pme_alice, saisi, lu):
    navigateur = nouvelle_entreprise(client, pme_alice)
    enregistrer(
        navigateur,
        **{
            "Chiffre d'affaires annuel (€)": f"1{saisi}",  # 112 000, 112 000,50 €…
            "Total du bilan (€)": saisi,
        },
    )
    entreprise = Entreprise.objects.get()
    assert entreprise.chiffre_affaires == Decimal(lu) + 100_000
    assert entreprise.total_bilan == Decimal(lu)
    assert "L'Atelier d'Élise & Fils" in navigateur.texte


@pytest.mark.django_db
def test_a_negative_turnover_is_refused_in_french(client, pme_alice):
    navigateur = nouvelle_entreprise(client, pme_alice)
    enregistrer(navigateur, **{"Chiffre d'affaires annuel (€)": "-120 000 €"})
    assert "Le montant ne peut pas être négatif." in navigateur.erreurs()
    assert not Entreprise.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(("saisi", "lu"), MONTANTS_SAISIS[1:4])
def test_a_testimonial_tells_its_cost_the_french_way(
    client, pme_alice, entreprise_alice, saisi, lu
):
    client.force_login(pme_alice)
    navigateur = Navigateur(client)
    navigateur.ouvrir(reverse("ressources:temoignages"))
    navigateur.cliquer("Partager mon expérience")
    formulaire = navigateur.formulaire("Proposer mon témoignage")
    formulaire.remplir("Titre", "Notre click & collect")
    formulaire.remplir("Ce que nous avons fait", "Un site avec retrait en boutique.")
    formulaire.remplir("Résultat", "Vingt commandes par semaine.")
    formulaire.remplir("Coût (€ HT)", saisi)
    formulaire.cocher("Vente en ligne")
    navigateur.envoyer(formulaire, "Proposer mon témoignage")
    assert Temoignage.objects.get().cout == Decimal(lu)
