"""The portal's layout holds on a phone (360 px) and a computer (1280 px), for each role.

With the demo data, a visitor, an SME manager, a connecteur and regional staff each start
from the home page and follow the links of the site (tests/e2e/mise_en_page.py): no page
scrolls sideways on a phone, nothing of the content runs over the footer, every image has
its size, every table too wide scrolls in its own frame, every section's landing page of the
main menu leads inside its section and no link leads to an error page.

This test looks at the layout only: the axe audit of each page is in test_accessibilite_pages
and the journeys' tests (auditing 240 pages here would take minutes more).
"""

import io

import pytest
from django.core.management import call_command

from croissance.demo import DEMO_PASSWORD
from tests.e2e.mise_en_page import LARGEURS, Exploration, _mesurer, explorer

pytestmark = pytest.mark.django_db(transaction=True)

ROLES = [
    ("visiteur", None),
    ("PME", "alice@demo.croissance-connectee.fr"),
    ("connecteur", "claire@demo.croissance-connectee.fr"),
    ("instructeur", "instruction.bretagne@demo.croissance-connectee.fr"),
]
PAGES_PAR_ROLE = 60


def _connecter(page, email):
    page.set_viewport_size({"width": LARGEURS[0], "height": 800})
    page.goto("/")
    page.get_by_role("link", name="Se connecter").first.click()
    page.get_by_label("Adresse électronique").fill(email)
    page.get_by_label("Mot de passe").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_url(lambda url: "/compte/login/" not in url)


def _apercu_orientation(page, exploration):
    """Mission staff's preview of the orientation settings, in the admin (not crawled)."""
    _connecter(page, "mission@demo.croissance-connectee.fr")
    page.goto("/admin/")
    page.get_by_role("link", name="Réglages d'orientation").first.click()
    page.get_by_role("link", name="Régler et prévisualiser").click()
    chemin = "/admin/orientation/reglageorientation/apercu/"
    page.wait_for_url(f"**{chemin}", wait_until="load")  # its style sheets applied
    for largeur in LARGEURS:
        page.set_viewport_size({"width": largeur, "height": 800})
        mesures = page.evaluate("() => document.documentElement.scrollWidth")
        if mesures > largeur:
            exploration.signaler(chemin, f"la page fait {mesures} px de large à {largeur} px")
    _mesurer(page, chemin, exploration)


def test_every_page_holds_on_a_phone_and_a_computer_for_each_role(browser, live_server, settings):
    settings.ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
    call_command("demo", stdout=io.StringIO())
    context = browser.new_context(base_url=live_server.url, locale="fr-FR")
    page = context.new_page()
    page.set_default_timeout(15_000)
    problemes = []
    try:
        for role, email in ROLES:
            context.clear_cookies()
            if email:
                _connecter(page, email)
            exploration = explorer(page, live_server.url, limite=PAGES_PAR_ROLE)
            assert len(exploration.pages) >= 30, f"{role} : {exploration.pages}"
            problemes += [f"[{role}] {probleme}" for probleme in exploration.problemes]
        context.clear_cookies()
        admin = Exploration(origine=live_server.url)
        _apercu_orientation(page, admin)
        problemes += [f"[mission] {probleme}" for probleme in admin.problemes]
    finally:
        context.close()
    assert not problemes, "Mise en page à reprendre :\n" + "\n".join(problemes)
