"""The demo library: enough real content for every theme and every maturity level."""

import io
import re

import pytest
from django.urls import reverse

from croissance.referentiels.models import Theme
from croissance.ressources.demo import charger
from croissance.ressources.enums import Niveau, TypeRessource
from croissance.ressources.models import Ressource

pytestmark = pytest.mark.django_db


@pytest.fixture
def bibliotheque(pme_bruno):
    charger({"pme_bruno": pme_bruno}, io.StringIO())
    charger({"pme_bruno": pme_bruno}, io.StringIO())
    return Ressource.objects.prefetch_related("themes")


def test_at_least_forty_resources_of_every_kind_loaded_once(bibliotheque):
    assert bibliotheque.count() >= 40
    assert len({r.titre for r in bibliotheque}) == bibliotheque.count()
    assert {r.type for r in bibliotheque} == set(TypeRessource.values)


def test_every_theme_and_every_level_has_a_resource(client, bibliotheque):
    for theme in Theme.objects.all():
        for niveau in Niveau.values:
            response = client.get(
                reverse("ressources:bibliotheque"), {"theme": theme.slug, "niveau": niveau}
            )
            assert response.context["page_obj"].paginator.count >= 1, (theme.nom, niveau)


def test_each_resource_teaches_something_and_cites_its_sources(bibliotheque):
    for ressource in bibliotheque:
        assert len(ressource.resume) >= 60, ressource.titre
        texte = re.sub(r"<[^>]+>", " ", ressource.contenu)
        assert len(texte.split()) >= 60, ressource.titre
        assert "<h2>Pour passer à l'action</h2>" in ressource.contenu, ressource.titre
        sources = ressource.contenu.split("<h2>Sources</h2>")[1]
        liens = re.findall(r'<a href="(https://[^"]+)"', sources)
        assert liens, ressource.titre
        # home pages only: a deep link that looks real but breaks is worse than none
        assert all(lien.count("/") <= 3 for lien in liens), (ressource.titre, liens)
        if ressource.lien:
            assert ressource.lien.count("/") <= 3, ressource.titre


def test_price_references_give_a_range_and_what_makes_it_vary(client, bibliotheque):
    prix = [r for r in bibliotheque if r.type == TypeRessource.PRIX]
    assert len(prix) >= 5
    for ressource in prix:
        assert 0 <= ressource.prix_min < ressource.prix_max, ressource.titre
        assert ressource.facteurs_prix, ressource.titre
    site = next(r for r in prix if r.titre == "Site vitrine")
    page = client.get(reverse("ressources:detail", args=[site.pk])).content.decode()
    assert "Prix constatés" in page and "Ce que le devis doit détailler" in page
