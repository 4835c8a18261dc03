"""Search boxes forgive accents and capitals, on SQLite as on PostgreSQL: the same tests run
on both (`DATABASE_URL` unset, then set)."""

import pytest
from django.urls import reverse

from croissance.recherche import mots_cherches, sans_accents
from tests.aides.factories import AideFactory
from tests.connecteurs.factories import ConnecteurFactory
from tests.einter.factories import LeadFactory
from tests.formations.factories import FormationFactory
from tests.parcours import Navigateur
from tests.ressources.factories import RessourceFactory

pytestmark = pytest.mark.django_db

CERAMIQUE = ["ceramique", "Céramique", "CÉRAMIQUE", "ceramiques"]
CAFE = ["cafe", "Cafe", "CAFÉ", "café", "cafés"]


def test_typed_words_lose_accents_capitals_and_plurals():
    assert sans_accents("CAFÉ, Œuvre d’art, Straße") == "cafe, oeuvre d'art, strasse"
    assert mots_cherches("Cafés  «bijoux» prix -rouges") == ["cafe", "bijou", "prix", "-rouge"]


def _trouve(client, url, saisies, attendu, autre):
    for saisie in saisies:
        page = client.get(url, {"q": saisie}).content.decode()
        assert attendu in page, f"« {saisie} » ne trouve pas « {attendu} » sur {url}"
        assert autre not in page, f"« {saisie} » trouve « {autre} » sur {url}"


def test_resources(client):
    RessourceFactory(titre="Vendre sa céramique en ligne")
    RessourceFactory(titre="Ouvrir un CAFÉ-librairie connecté", resume="Réservations.")
    RessourceFactory(titre="Tenir sa comptabilité")
    url = reverse("ressources:bibliotheque")
    _trouve(client, url, CERAMIQUE, "Vendre sa céramique en ligne", "Tenir sa comptabilité")
    _trouve(client, url, CAFE, "Ouvrir un CAFÉ-librairie connecté", "Tenir sa comptabilité")


def test_aids_catalogue(client):
    AideFactory(titre="Pass numérique des cafés", description="Pour les débits de boissons.")
    AideFactory(titre="Aide aux ateliers", description="Potiers et CÉRAMISTES d'art.")
    url = reverse("aides:liste")
    _trouve(client, url, CAFE, "Pass numérique des cafés", "Aide aux ateliers")
    _trouve(client, url, ["ceramiste", "Céramistes"], "Aide aux ateliers", "Pass numérique")


def test_connecteur_directory(client):
    ConnecteurFactory(nom="Atelier Céramique & Web", presentation="Sites de potiers.")
    ConnecteurFactory(nom="Réseau des Cafés du commerce")
    url = reverse("connecteurs:annuaire")
    _trouve(client, url, CERAMIQUE, "Atelier Céramique &amp; Web", "Réseau des Cafés")
    _trouve(client, url, CAFE, "Réseau des Cafés du commerce", "Atelier Céramique")


def test_leads_search(client):
    LeadFactory(titre="Importateur cherche céramiques émaillées")
    LeadFactory(titre="Torréfacteur cherche café de spécialité")
    url = reverse("einter:leads")
    _trouve(client, url, CERAMIQUE, "cherche céramiques émaillées", "Torréfacteur")
    _trouve(client, url, CAFE, "Torréfacteur cherche café de spécialité", "émaillées")


def test_training_catalogue(client):
    FormationFactory(titre="Le Wi-Fi de mon café", description="Accès des clients.")
    FormationFactory(titre="Photographier ses céramiques", description="Lumière.")
    url = reverse("formations:catalogue")
    _trouve(client, url, CAFE, "Le Wi-Fi de mon café", "Photographier")
    _trouve(client, url, CERAMIQUE, "Photographier ses", "Le Wi-Fi")


def test_words_must_all_appear_and_a_minus_sign_excludes(client):
    RessourceFactory(titre="Céramique : vendre sur une place de marché")
    RessourceFactory(titre="Céramique : ouvrir une boutique")
    url = reverse("ressources:bibliotheque")
    _trouve(client, url, ["ceramique marche"], "vendre sur une place", "ouvrir une boutique")
    _trouve(client, url, ["ceramique -boutique"], "vendre sur une place", "ouvrir une boutique")


def test_a_visitor_finds_a_resource_from_the_home_page_without_accents(client):
    RessourceFactory(titre="Référencer son café sur les cartes")
    RessourceFactory(titre="Tenir sa comptabilité")
    navigateur = Navigateur(client)
    navigateur.ouvrir("/")
    navigateur.cliquer("Ressources")
    formulaire = navigateur.formulaire("Filtrer")
    formulaire.remplir("Rechercher", "referencer cafe")
    navigateur.envoyer(formulaire, "Filtrer")
    assert "Référencer son café sur les cartes" in navigateur.texte
    assert "Tenir sa comptabilité" not in navigateur.texte
