"""Prices typed the French way in the training forms, through the pages a provider and a
visitor use."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from formations.models import AppelFormations, Formation, Proposition
from tests.formations.factories import FormationFactory, organisme_avec_membre
from tests.parcours import MONTANTS_SAISIS, visiter

pytestmark = pytest.mark.django_db

FORMATION = {
    "titre": "Piloter sa présence en ligne",
    "type_etablissement": "universite",
    "type_formation": "certificat",
    "public": "dirigeant",
    "modalite": "distance",
    "niveau": "decouverte",
    "duree_heures": "21",
    "description": "Trois jours pour démarrer.",
    "programme": "Site, réseaux, avis.",
}


@pytest.mark.parametrize(("saisi", "lu"), MONTANTS_SAISIS)
def test_provider_types_the_price_the_french_way(client, saisi, lu):
    _organisme, membre = organisme_avec_membre()
    client.force_login(membre)
    tableau = visiter(client, reverse("formations:gestion"))
    formulaire = tableau.suivre("Ajouter une formation")
    fiche = formulaire.soumettre("Enregistrer", {**FORMATION, "prix": saisi})
    assert Formation.objects.get().prix == Decimal(lu)
    assert "12 000" in fiche.texte


def test_a_negative_price_is_refused_in_french(client):
    _organisme, membre = organisme_avec_membre()
    client.force_login(membre)
    formulaire = visiter(client, reverse("formations:gestion")).suivre("Ajouter une formation")
    refus = formulaire.soumettre("Enregistrer", {**FORMATION, "prix": "-900 €"})
    assert "Le montant ne peut pas être négatif." in refus.texte
    refus = formulaire.soumettre("Enregistrer", {**FORMATION, "prix": "900 000 000 €"})
    assert "Montant trop élevé" in refus.texte
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
    page = visiter(client, reverse("formations:appel", args=[appel.pk]))
    formulaire = page.suivre("Déposer une proposition")
    formulaire.soumettre(
        "Déposer la proposition",
        {**FORMATION, "modalite": "distance", "regions": ["53"], "prix": saisi},
    )
    assert Proposition.objects.get().prix == Decimal(lu)


def test_visitors_filter_the_catalogue_by_a_price_typed_the_french_way(client):
    FormationFactory(titre="Atelier abordable", prix=Decimal("1500"))
    FormationFactory(titre="Cursus certifiant", prix=Decimal("12500"))
    catalogue = visiter(client, reverse("formations:catalogue"))
    resultats = catalogue.soumettre("Filtrer", {"prix_max": "2\u202f000 €"})
    assert "Atelier abordable" in resultats.texte
    assert "Cursus certifiant" not in resultats.texte
    resultats = catalogue.soumettre("Filtrer", {"prix_min": "12\u00a0000,50 €"})
    assert "Cursus certifiant" in resultats.texte and "Atelier abordable" not in resultats.texte
