"""Each aid's nature beside its amount, and a best combination that adds up only what a firm
keeps, within the eligible expense and the maximum aid intensity: through the pages."""

from decimal import Decimal

import pytest
from django.urls import reverse

from aides.models import Aide
from tests.parcours import Navigateur

from .factories import AideFactory, dossier_brouillon
from .simulateur import ouvrir_simulateur, simuler

pytestmark = pytest.mark.django_db


@pytest.fixture
def trois_aides(db):
    AideFactory(titre="Pass commerce", types_depense=["conseil", "site"])
    AideFactory(
        titre="Chèque conseil",
        types_depense=["conseil"],
        taux=Decimal("60"),
        intensite_max=Decimal("70"),
    )
    AideFactory(
        titre="Prêt numérique Bpifrance",
        financeur="Bpifrance",
        nature="pret",
        regions=[],
        nationale=True,
        types_depense=["conseil", "site"],
        taux=Decimal("100"),
        plafond=Decimal("20000"),
    )


def test_a_loan_is_shown_as_a_loan_and_never_added_to_the_grants(client, trois_aides):
    navigateur = simuler(
        ouvrir_simulateur(client), lieu="29000", conseil="8 000 €", site="12 000 €"
    )
    texte = navigateur.texte
    assert (
        "Meilleure combinaison : 14 000 € de subventions, et 20 000 € de prêts et avances à "
        "rembourser" in texte
    )
    assert (
        "10 000 € de subvention — 50 % de 20 000 € de dépenses éligibles (conseil 8 000 €, "
        "création de site 12 000 €) = 10 000 €" in texte
    )
    assert "4 800 € de subvention — 60 % de 8 000 € de conseil éligible = 4 800 €" in texte
    assert "20 000 € de prêt — 100 % de 20 000 € de dépenses éligibles" in texte
    # the reasoning, on the page
    assert (
        "Subventions et prises en charge retenues : Pass commerce 10 000 € + Chèque conseil "
        "4 800 € = 14 800 €." in texte
    )
    assert (
        "Dépense éligible à ces aides : 20 000 € HT (conseil 8 000 €, création de site "
        "12 000 €). Intensité maximale des aides publiques : 70 % (celle de l'aide « Chèque "
        "conseil »), soit 14 000 € au plus : le total est ramené à 14 000 €." in texte
    )
    assert (
        "Prêts et avances, à rembourser, non additionnés aux subventions : Prêt numérique "
        "Bpifrance 20 000 €." in texte
    )
    assert "34 800 €" not in texte and "34 000 €" not in texte


def test_grants_never_pay_more_than_the_eligible_expense(client):
    AideFactory(titre="Chèque conseil Bretagne", types_depense=["conseil"], taux=Decimal("70"))
    AideFactory(titre="Conseil CCI", types_depense=["conseil"], taux=Decimal("60"))
    texte = simuler(ouvrir_simulateur(client), lieu="29000", conseil="10 000 €").texte
    assert "Meilleure combinaison : 10 000 € de subventions" in texte
    assert "soit 10 000 € au plus : le total est ramené à 10 000 €." in texte


def test_the_national_maximum_intensity_is_a_setting(client, settings):
    settings.AIDES_INTENSITE_MAXIMALE = Decimal("80")
    AideFactory(titre="Chèque conseil Bretagne", types_depense=["conseil"], taux=Decimal("70"))
    AideFactory(titre="Conseil CCI", types_depense=["conseil"], taux=Decimal("60"))
    texte = simuler(ouvrir_simulateur(client), lieu="29000", conseil="10 000 €").texte
    assert "Meilleure combinaison : 8 000 € de subventions" in texte
    assert (
        "Intensité maximale des aides publiques : 80 % (le plafond national), soit 8 000 € au "
        "plus : le total est ramené à 8 000 €." in texte
    )


def test_the_catalogue_and_the_aid_page_show_the_nature(client, trois_aides):
    navigateur = Navigateur(client)
    navigateur.ouvrir(reverse("aides:liste"))
    assert "Prêt : 100 % de la dépense, jusqu'à 20 000 €" in navigateur.texte
    assert "Subvention : 50 % de la dépense" in navigateur.texte
    filtres = navigateur.formulaire("Filtrer")
    filtres.choisir("Nature de l'aide", "Prêt")
    navigateur.envoyer(filtres, "Filtrer")
    assert "Prêt numérique Bpifrance" in navigateur.texte
    assert "Pass commerce" not in navigateur.texte

    navigateur.cliquer("Prêt numérique Bpifrance")
    assert "Prêt de 100 % de la dépense retenue" in navigateur.texte
    assert "À rembourser : elle ne s'additionne pas aux subventions" in navigateur.texte
    navigateur.cliquer("Aides financières")  # the breadcrumb, back to the catalogue
    navigateur.cliquer("Chèque conseil")
    assert "Subvention de 60 % de la dépense retenue" in navigateur.texte
    assert (
        "Les subventions et prises en charge cumulées avec cette aide ne peuvent dépasser 70 % "
        "de la dépense éligible." in navigateur.texte
    )


def test_regional_staff_set_the_nature_and_the_maximum_intensity(client, instructeur_bretagne):
    client.force_login(instructeur_bretagne)
    navigateur = Navigateur(client)
    navigateur.ouvrir(reverse("aides:regles"))
    navigateur.cliquer("Créer une aide à partir du modèle du programme")
    formulaire = navigateur.formulaire("Enregistrer l'aide")
    formulaire.remplir("Titre", "Avance numérique Bretagne")
    formulaire.choisir("Type de financeur", "Région")
    formulaire.remplir("Financeur", "Région Bretagne")
    formulaire.remplir("Taux (%)", "40")
    formulaire.remplir("Intensité maximale des aides publiques (%)", "30")
    navigateur.envoyer(formulaire, "Enregistrer l'aide")  # still a subvention: refused
    assert navigateur.erreurs() == [
        "L'aide seule dépasserait cette intensité : elle doit être au moins égale au taux."
    ]
    formulaire = navigateur.formulaire("Enregistrer l'aide")
    formulaire.choisir("Nature de l'aide", "Avance remboursable")
    navigateur.envoyer(formulaire, "Enregistrer l'aide")
    aide = Aide.objects.get(titre="Avance numérique Bretagne")
    assert (aide.nature, aide.intensite_max) == ("avance", Decimal("30"))


def test_an_application_file_shows_the_nature_of_its_amount(client, pme_alice, librairie):
    aide = AideFactory(titre="Chèque conseil", nature="prise_en_charge")
    dossier_brouillon(user=pme_alice, entreprise=librairie, aide=aide)
    client.force_login(pme_alice)
    navigateur = Navigateur(client)
    navigateur.ouvrir(reverse("aides:mes_dossiers"))
    navigateur.cliquer("Site")
    assert "Projet éligible : 6 000 € de prise en charge" in navigateur.texte
