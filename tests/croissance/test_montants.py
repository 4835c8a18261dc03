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
from tests.parcours import MONTANTS_SAISIS, visiter

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


@pytest.mark.django_db
@pytest.mark.parametrize(("saisi", "lu"), MONTANTS_SAISIS)
def test_an_sme_registers_its_turnover_the_french_way(client, pme_alice, saisi, lu):
    client.force_login(pme_alice)
    mes_entreprises = visiter(client, reverse("entreprises:liste"))
    siret = mes_entreprises.suivre("Ajouter une entreprise")
    formulaire = siret.soumettre("Continuer", {"siret": "350 000 006 020 44"})
    fiche = formulaire.soumettre(
        "Enregistrer",
        {
            "nom": "L'Atelier d'Élise & Fils",
            "activite": "artisanat",
            "code_postal": "29000",
            "effectif": "12",
            "chiffre_affaires": f"1{saisi}",  # 112 000, 112 000,50 €…
            "total_bilan": saisi,
        },
    )
    entreprise = Entreprise.objects.get()
    assert entreprise.chiffre_affaires == Decimal(lu) + 100_000
    assert entreprise.total_bilan == Decimal(lu)
    assert "L'Atelier d'Élise & Fils" in fiche.texte


@pytest.mark.django_db
def test_a_negative_turnover_is_refused_in_french(client, pme_alice):
    client.force_login(pme_alice)
    siret = visiter(client, reverse("entreprises:liste")).suivre("Ajouter une entreprise")
    formulaire = siret.soumettre("Continuer", {"siret": "35000000602044"})
    refus = formulaire.soumettre(
        "Enregistrer",
        {
            "nom": "Boulangerie",
            "activite": "artisanat",
            "code_postal": "29000",
            "chiffre_affaires": "-120 000 €",
        },
    )
    assert "Le montant ne peut pas être négatif." in refus.texte
    assert not Entreprise.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(("saisi", "lu"), MONTANTS_SAISIS[1:4])
def test_a_testimonial_tells_its_cost_the_french_way(
    client, pme_alice, entreprise_alice, saisi, lu
):
    client.force_login(pme_alice)
    temoignages = visiter(client, reverse("ressources:temoignages"))
    formulaire = temoignages.suivre("Partager mon expérience")
    formulaire.soumettre(
        "Proposer mon témoignage",
        {
            "titre": "Notre click & collect",
            "realisation": "Un site avec retrait en boutique.",
            "resultat": "Vingt commandes par semaine.",
            "cout": saisi,
            "themes": ["vente-en-ligne"],
        },
    )
    assert Temoignage.objects.get().cout == Decimal(lu)
