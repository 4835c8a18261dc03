"""The demo portal (`make demo`): it loads, twice without duplicates, and its shop-window pages
show the content to a visitor."""

import io
import re

import pytest
from django.core.management import call_command

from connecteurs.models import Evenement
from croissance.indicateurs.models import ReferenceUE
from croissance.ressources.models import Ressource
from einter.models import ChiffreCle, Lead, Marche, Temoignage

pytestmark = pytest.mark.django_db

COMPTES = [Ressource, Marche, ChiffreCle, Lead, Evenement, ReferenceUE, Temoignage]


def _charger():
    sortie = io.StringIO()
    call_command("demo", stdout=sortie)
    return sortie.getvalue()


def test_demo_loads_twice_without_duplicates():
    sortie = _charger()
    assert "Données de démonstration chargées." in sortie
    premiers = [modele.objects.count() for modele in COMPTES]
    _charger()
    assert [modele.objects.count() for modele in COMPTES] == premiers
    assert premiers[0] >= 40 and premiers[3] == 300 and premiers[4] >= 10


def _lien(html: str, texte: str) -> str:
    match = re.search(rf'href="([^"]+)"[^>]*>\s*{re.escape(texte)}', html)
    assert match, f"aucun lien « {texte} »"
    return match.group(1)


def test_a_visitor_browses_the_demo_library_and_a_market_fiche(client):
    _charger()
    accueil = client.get("/").content.decode()
    bibliotheque = client.get(_lien(accueil, "Ressources")).content.decode()
    assert re.search(r"(\d+) ressources", bibliotheque).group(1) == str(Ressource.objects.count())
    guide = client.get(_lien(bibliotheque, "Bien choisir son prestataire web")).content.decode()
    assert "Pour passer à l&#x27;action" in guide or "Pour passer à l'action" in guide
    assert "France Num (Direction générale des entreprises)" in guide

    export = client.get(_lien(accueil, "E-export")).content.decode()
    fiches = client.get(_lien(export, "Fiches marchés")).content.decode()
    allemagne = client.get(_lien(fiches, "Allemagne")).content.decode()
    assert "Vendre en ligne : Allemagne" in allemagne
    assert "bevh" in allemagne and "2024" in allemagne
    assert "guichet unique OSS" in allemagne
