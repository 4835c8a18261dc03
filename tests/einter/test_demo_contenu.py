"""The e-export demo content: market fiches with substance, leads that read like real ones."""

import io
import re
from datetime import timedelta

import pytest
from django.utils import timezone

from einter.demo import charger
from einter.demo_leads import ESPACE_MILLIERS
from einter.models import Lead, Marche

pytestmark = pytest.mark.django_db

ANNEE = re.compile(r"\b20[12]\d\b")


@pytest.fixture
def demo_einter(pme_bruno):
    charger({"pme_bruno": pme_bruno}, io.StringIO())
    charger({"pme_bruno": pme_bruno}, io.StringIO())


def test_every_market_fiche_has_each_section_and_dated_sourced_figures(demo_einter):
    marches = Marche.objects.prefetch_related("chiffres")
    assert marches.count() >= 9
    this_year = timezone.localdate().year
    for marche in marches:
        for champ, titre in Marche.SECTIONS + Marche.BONNES_PRATIQUES:
            texte = re.sub(r"<[^>]+>", " ", getattr(marche, champ)).strip()
            assert len(texte) >= 60, (marche.nom, titre)
        assert ANNEE.search(marche.caracteristiques), marche.nom
        chiffres = list(marche.chiffres.all())
        assert len(chiffres) >= 3, marche.nom
        for chiffre in chiffres:
            assert chiffre.source, (marche.nom, chiffre.libelle)
            assert 2019 <= chiffre.annee <= this_year, (marche.nom, chiffre.libelle)
        valeurs = " ".join(chiffre.valeur for chiffre in chiffres)
        assert re.search(r"Md|milliards?|millions", valeurs), f"{marche.nom} : taille du marché"
        assert "%" in valeurs, f"{marche.nom} : part du e-commerce ou taux de taxe"


def test_a_market_fiche_page_shows_its_figures_with_source_and_year(client, demo_einter):
    marche = Marche.objects.get(code_pays="JP")
    content = client.get(marche.get_absolute_url()).content.decode()
    for chiffre in marche.chiffres.all():
        assert f"<td>{chiffre.source}</td><td>{chiffre.annee}</td>" in content
    assert "Rakuten Ichiba" in content


def test_no_two_leads_read_alike(demo_einter):
    leads = list(Lead.objects.all())
    assert len(leads) == 300
    assert len({lead.titre for lead in leads}) == len(leads)
    assert len({lead.description[:60] for lead in leads}) == len(leads)
    assert len({lead.secteur_id for lead in leads}) >= 8
    assert len({lead.pays for lead in leads}) >= 12


def test_lead_quantities_use_french_thousands_separators(demo_einter):
    quantites = Lead.objects.values_list("quantite", flat=True)
    assert any(ESPACE_MILLIERS in quantite for quantite in quantites)
    for quantite in quantites:
        assert not re.search(r"\d{4}", quantite), quantite
        assert re.fullmatch(rf"\d{{1,3}}({ESPACE_MILLIERS}\d{{3}})* \S.*", quantite), quantite


def test_lead_deadlines_follow_their_publication_and_their_status(demo_einter):
    today = timezone.localdate()
    for lead in Lead.objects.all():
        assert timedelta(days=21) <= lead.date_limite - lead.publie_le <= timedelta(days=75)
        assert (lead.statut == "ouvert") == (lead.date_limite >= today), lead.reference


def test_bruno_saved_search_finds_open_cheese_leads_in_japan(client, pme_bruno, demo_einter):
    recherche = pme_bruno.recherches_leads.get()
    content = client.get("/e-export/leads/", recherche.criteres).content.decode()
    assert content.count("Fromages au lait cru AOP pour") >= 3
