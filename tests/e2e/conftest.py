"""Browser tests: Debian's Chromium driven by Playwright, every visited page audited by axe.

`page` is a fresh browser tab on the live server. Each test calls `audit(page)` after every
page it reaches; at teardown, a page that was visited but never audited fails the test.
"""

import os
import re
import shutil

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core import mail
from playwright.sync_api import Error as PlaywrightError

# Playwright's sync API runs an event loop in the test thread; Django's ORM calls made by
# the test itself (reading emails, checking the database) are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM):
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(f"Chromium introuvable ({CHROMIUM}) alors que REQUIRE_BROWSER est défini")
        pytest.skip(f"Chromium introuvable ({CHROMIUM}) : installez le paquet chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class AxeAudit:
    def __init__(self):
        self.axe = Axe()
        self.audited: set[str] = set()
        self.visited: set[str] = set()

    def __call__(self, page):
        results = self._run(page)
        self.audited.add(_path(page.url))
        assert results.violations_count == 0, (
            f"Violations d'accessibilité sur {page.url} :\n{results.generate_report()}"
        )

    def _run(self, page, attempts=3):
        """Audit the page once its document has loaded.

        A click that navigates returns before the next document exists: axe then finds no
        document (or its context is destroyed mid-run). Wait for the load and audit again.
        """
        for attempt in range(attempts):
            page.wait_for_load_state("load")
            try:
                return self.axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
            except PlaywrightError as error:
                if attempt == attempts - 1 or not _navigating(error):
                    raise


def _navigating(error: Exception) -> bool:
    message = str(error)
    return "documentElement" in message or "context was destroyed" in message


def _path(url: str) -> str:
    return url.split("#", 1)[0]


@pytest.fixture
def audit():
    return AxeAudit()


@pytest.fixture
def page(browser, live_server, audit, settings):
    settings.ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
    context = browser.new_context(base_url=live_server.url, locale="fr-FR")
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    tab.on(
        "framenavigated",
        lambda frame: frame == tab.main_frame and audit.visited.add(_path(frame.url)),
    )
    yield tab
    context.close()
    unaudited = audit.visited - audit.audited - {"about:blank"}
    assert not unaudited, f"Pages visitées sans audit d'accessibilité : {sorted(unaudited)}"


@pytest.fixture
def mobile_page(browser, live_server, audit, settings):
    """A 360 px wide phone screen."""
    settings.ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
    context = browser.new_context(
        base_url=live_server.url, locale="fr-FR", viewport={"width": 360, "height": 740}
    )
    tab = context.new_page()
    tab.on(
        "framenavigated",
        lambda frame: frame == tab.main_frame and audit.visited.add(_path(frame.url)),
    )
    yield tab
    context.close()
    unaudited = audit.visited - audit.audited - {"about:blank"}
    assert not unaudited, f"Pages visitées sans audit d'accessibilité : {sorted(unaudited)}"


def login(page, audit, email, password):
    page.goto("/compte/login/")
    audit(page)
    page.get_by_label("Adresse électronique").fill(email)
    page.get_by_label("Mot de passe").fill(password)
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_url(lambda url: "/compte/login/" not in url)
    audit(page)


def repondre_etape(page, choisir=None):
    """Tick an answer to every question of the diagnostic step shown, the follow-ups an
    answer reveals included: `choisir(fieldset)` ticks one; by default the first choice of
    each question not answered yet."""
    repondues = set()
    while True:
        visibles = page.eval_on_selector_all(
            "form fieldset.fr-fieldset", "fs => fs.filter(f => !f.hidden).map(f => f.id)"
        )
        restantes = [ident for ident in visibles if ident not in repondues]
        if not restantes:
            return
        for ident in restantes:
            repondues.add(ident)
            fieldset = page.locator(f"fieldset#{ident}")
            if not fieldset.is_visible():  # hidden again by an answer ticked just before
                continue
            if choisir is None:
                if not fieldset.locator("input:checked").count():  # not answered yet
                    fieldset.locator("label.fr-label").first.click()
            else:
                choisir(fieldset)


def sign_up(page, audit, *, prenom, nom, email, role, password):
    """Fill the open sign-up form, confirm the address from the email, land logged in."""
    page.get_by_label("Prénom").fill(prenom)
    page.get_by_label("Nom", exact=True).fill(nom)
    page.get_by_label("Adresse électronique").fill(email)
    page.get_by_label(role).check(force=True)
    page.get_by_label(re.compile(r"^\s*Mot de passe")).fill(password)
    page.get_by_label("Confirmation du mot de passe").fill(password)
    page.get_by_role("button", name="Création de compte").click()
    page.wait_for_url("**/confirm-email/")
    audit(page)
    link = re.search(r"https?://\S+/compte/confirm-email/\S+/", mail.outbox[-1].body).group(0)
    page.goto(link)
    audit(page)
    page.get_by_role("button", name="Confirmer").click()
    page.wait_for_url(lambda url: "confirm-email" not in url)
    audit(page)
