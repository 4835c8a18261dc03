"""Prices typed the French way in the training forms, through the pages a provider and a
visitor use."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from formations.models import AppelFormations, Formation, Proposition
from tests.formations.factories import FormationFactory, organisme_avec_membre
from tests.parcours import MONTANTS_SAISIS, Navigateur

pytestmark = pytest.mark.django_db


def decrire(formulaire, prix, titre="Titre"):
    formulaire.remplir(titre, "Piloter sa présence en ligne")
    formulaire.choisir("Type d'établissement", "Université")
    formulaire.choisir("Type de formation", "Certificat")
    formulaire.choisir("Public", "Dirigeants")
    formulaire.choisir("Format", "À distance")
    formulaire.choisir("Niveau", "Découverte")
    formulaire.remplir("Durée (heures)", "21")
    formulaire.remplir("Prix par participant (€ HT)", prix)
    formulaire.remplir("Description", "Trois jours pour démarrer.")
    formulaire.remplir("Programme", "Site, réseaux, avis.")


def nouvelle_formation(client, prix) -> Navigateur:
    _organisme, membre = organisme_avec_membre()
    client.force_login(membre)
    navigateur = Navigateur(client)
    navigateur.ouvrir(reverse("formations:gestion"))
    navigateur.cliquer("Ajouter une formation")
    formulaire = navigateur.formulaire("Enregistrer")
    decrire(formulaire, prix)
    navigateur.envoyer(formulaire, "Enregistrer")
    return navigateur


@pytest.mark.parametrize(("saisi", "lu"), MONTANTS_SAISIS)
def test_provider_types_the_price_the_french_way(client, saisi, lu):
    navigateur = nouvelle_formation(client, saisi)
    assert Formation.objects.get().prix == Decimal(lu)
    assert "12 000" in navigateur.texte


@pytest.mark.parametrize(
    ("saisi", "message"),
    [("-900 €", "Le montant ne peut pas être négatif."), ("900 000 000 €", "Montant trop élevé")],
)
def test_a_negative_or_absurd_price_is_refused_in_french(client, saisi, message):
    navigateur = nouvelle_formation(client, saisi)
    assert any(message in erreur for erreur in navigateur.erreurs())
    assert not Formation.objects.exists()


@pytest.mark.parametrize(("saisi", "lu"), MONTANTS_SAISIS[1:4])
def test_a_proposition_to_a_call_takes_a_french_price(client, saisi, lu):
    appel = AppelFormations.objects.create(
        titre="AMI 2027 : former les dirigeants",
        description="Appel national",
        criteres="Immersion, prix",
        date_limite=timezone.now() + datetime.timedelta(days=30),
        publie=True,
    )
    _organisme, membre = organisme_avec_membre()
    client.force_login(membre)
    navigateur = Navigateur(client)
    navigateur.ouvrir(reverse("formations:appel", args=[appel.pk]))  # the call, as published
    navigateur.cliquer("Déposer une proposition")
    formulaire = navigateur.formulaire("Déposer la proposition")
    decrire(formulaire, saisi, titre="Titre de la formation")
    formulaire.cocher("Bretagne")
    navigateur.envoyer(formulaire, "Déposer la proposition")
    assert Proposition.objects.get().prix == Decimal(lu)


def test_visitors_filter_the_catalogue_by_a_price_typed_the_french_way(client):
    FormationFactory(titre="Atelier abordable", prix=Decimal("1500"))
    FormationFactory(titre="Cursus certifiant", prix=Decimal("12500"))
    navigateur = Navigateur(client)
    navigateur.ouvrir(reverse("formations:catalogue"))
    filtres = navigateur.formulaire("Filtrer")
    filtres.remplir("Prix maximum (€)", "2\u202f000 €")
    navigateur.envoyer(filtres, "Filtrer")
    assert "Atelier abordable" in navigateur.texte
    assert "Cursus certifiant" not in navigateur.texte
    filtres = navigateur.formulaire("Filtrer")
    filtres.remplir("Prix maximum (€)", "")
    filtres.remplir("Prix minimum (€)", "12\u00a0000,50 €")
    navigateur.envoyer(filtres, "Filtrer")
    assert "Cursus certifiant" in navigateur.texte
    assert "Atelier abordable" not in navigateur.texte
