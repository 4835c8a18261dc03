"""Searching without accents, and a NAF code found by words, in a browser (axe audit of the
choice step)."""

import re

import pytest

from tests.aides.factories import AideFactory
from tests.ressources.factories import RessourceFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_baker_finds_his_naf_code_by_typing_his_trade(page, audit):
    AideFactory(titre="Occitanie production", regions=["53"], activites=["artisanat"])
    page.goto("/aides/simulateur/")
    audit(page)
    page.get_by_label("Code postal ou commune").fill("29000")
    page.get_by_label("Code NAF (APE) ou activité").fill("boulangerie")
    page.get_by_label("Effectif").fill("6")
    page.get_by_label("Création de site internet").fill("8 000")
    page.get_by_role("button", name="Simuler").click()
    audit(page)
    # beside the field, and in the error summary at the top, which leads to it
    assert (
        page.locator("#id_naf_error")
        .get_by_text("« boulangerie » correspond à 2 activités")
        .is_visible()
    )
    assert page.get_by_role(
        "link", name=re.compile("^Code NAF .*« boulangerie » correspond")
    ).is_visible()
    page.get_by_label("Activité correspondante").select_option("10.71C")
    page.get_by_role("button", name="Simuler").click()
    audit(page)
    assert page.get_by_text(
        "Activité : 10.71C – Boulangerie et boulangerie-pâtisserie, production artisanale."
    ).is_visible()
    assert page.get_by_role("heading", name="Occitanie production").is_visible()


def test_a_visitor_searches_resources_without_accents(page, audit):
    RessourceFactory(titre="Vendre sa céramique en ligne")
    page.goto("/ressources/")
    audit(page)
    page.get_by_label("Rechercher").fill("CERAMIQUE")
    page.get_by_role("button", name="Filtrer").click()
    audit(page)
    assert page.get_by_text("Vendre sa céramique en ligne").first.is_visible()
