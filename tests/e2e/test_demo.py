"""The demo's content pages, as a visitor sees them on a computer and on a phone."""

import io

from django.core.management import call_command

from croissance.ressources.models import Ressource
from einter.models import Lead


def test_demo_content_reads_well_and_passes_axe_on_a_computer_and_a_phone(page, mobile_page, audit):
    call_command("demo", stdout=io.StringIO())
    guide = Ressource.objects.get(titre="Victime d'une cyberattaque : les premiers gestes")
    pages = [
        "/",
        "/ressources/",
        f"/ressources/{guide.pk}/",
        "/e-export/marches/de/",
        "/e-export/leads/",
        Lead.objects.get(reference="DEMO-0004").get_absolute_url(),
        "/connecteurs/agenda/",
    ]
    for onglet in (page, mobile_page):
        for url in pages:
            onglet.goto(url)
            audit(onglet)
            if onglet is mobile_page:
                largeur = onglet.evaluate("document.documentElement.scrollWidth")
                assert largeur <= 360, f"{url} déborde horizontalement sur un écran de 360 px"
    page.goto(f"/ressources/{guide.pk}/")
    assert page.get_by_role("heading", name="Pour passer à l'action").is_visible()
    assert page.get_by_role("link", name="Cybermalveillance.gouv.fr").is_visible()
