"""A form sent with a mistake comes back with its error summary focused: a screen reader
reads it first, a keyboard user goes from it to the field to correct."""

import re

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_error_summary_takes_the_focus_and_leads_to_the_field(page, audit):
    page.goto("/")
    audit(page)
    page.get_by_role("link", name="Créer un compte").first.click()
    audit(page)
    page.get_by_label("Prénom").fill("Morgane")
    page.get_by_label("Nom", exact=True).fill("Le Bihan")
    page.get_by_label("Adresse électronique").fill("morgane@fournil.bzh")
    page.get_by_label("Dirigeant ou dirigeante de PME").check(force=True)
    page.get_by_label(re.compile(r"^\s*Mot de passe")).fill("Fournil-Breton-2026!")
    page.get_by_label("Confirmation du mot de passe").fill("Fournil-Breton-2027!")
    page.get_by_role("button", name="Création de compte").click()
    page.wait_for_load_state("load")
    audit(page)

    assert page.title().startswith("Erreur : ")
    resume = page.get_by_role("group", name="Le formulaire contient une erreur")
    assert resume.is_visible()
    assert page.evaluate("document.activeElement.id") == "resume-erreurs"

    lien = resume.get_by_role("link")
    assert lien.inner_text().startswith("Confirmation du mot de passe : ")
    lien.click()
    assert page.evaluate("document.activeElement.id") == "id_password2"
