"""Screenshots of the portal for the README: the home page and a diagnostic's results, on a
phone (360 px) and a computer (1280 px), taken in headless Chromium from the demo data.

`make captures` loads the demo data then runs this command. It serves the portal on a free
local port for the time of the captures, signs in as the demo SME manager to open her latest
results, and writes small PNG files (the first screen of the home page, two of the results,
in 256 colours).
"""

import shutil
import threading
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.core.servers.basehttp import (
    ThreadedWSGIServer,
    WSGIRequestHandler,
    get_internal_wsgi_application,
)

from croissance.demo import DEMO_PASSWORD

COMPTE = "alice@demo.croissance-connectee.fr"
ECRANS = {"telephone": (360, 740), "ordinateur": (1280, 800)}
CHROMIUM = "/usr/bin/chromium"


class _Silencieux(WSGIRequestHandler):
    def log_message(self, *args):  # one line per request would drown the command's report
        pass


class Command(BaseCommand):
    help = "Refait les captures d'écran de docs/captures/ (accueil et résultats d'autodiagnostic)."

    def add_arguments(self, parser):
        parser.add_argument("--dossier", default=str(Path(settings.BASE_DIR) / "docs" / "captures"))
        parser.add_argument("--chromium", default=CHROMIUM)

    def handle(self, *args, dossier, chromium, **options):
        try:
            from playwright.sync_api import sync_playwright
        except ImportError as erreur:
            raise CommandError("Playwright manque : installez les dépendances de dev.") from erreur
        if not shutil.which(chromium):
            raise CommandError(f"Chromium introuvable ({chromium}) : installez le paquet chromium.")
        dossier = Path(dossier)
        dossier.mkdir(parents=True, exist_ok=True)
        serveur = ThreadedWSGIServer(("127.0.0.1", 0), _Silencieux)
        serveur.set_app(get_internal_wsgi_application())
        threading.Thread(target=serveur.serve_forever, daemon=True).start()
        adresse = f"http://127.0.0.1:{serveur.server_port}"
        self.stdout.write(f"Portail servi sur {adresse} le temps des captures.")
        try:
            with sync_playwright() as playwright:
                navigateur = playwright.chromium.launch(
                    executable_path=chromium, args=["--no-sandbox", "--disable-gpu"]
                )
                try:
                    self._capturer(navigateur, adresse, dossier)
                finally:
                    navigateur.close()
        finally:
            serveur.shutdown()
            serveur.server_close()

    def _capturer(self, navigateur, adresse, dossier):
        for ecran, (largeur, hauteur) in ECRANS.items():
            contexte = navigateur.new_context(
                base_url=adresse,
                locale="fr-FR",
                viewport={"width": largeur, "height": hauteur},
                reduced_motion="reduce",
            )
            page = contexte.new_page()
            page.goto("/")
            self._enregistrer(page, dossier / f"accueil-{ecran}.png")
            self._ouvrir_resultats(page)
            # two screens of results: the level, then the scores per axis
            page.set_viewport_size({"width": largeur, "height": 2 * hauteur})
            self._enregistrer(page, dossier / f"resultats-{ecran}.png")
            contexte.close()

    def _ouvrir_resultats(self, page):
        """Sign in as the demo manager, then open her latest results from her diagnostics."""
        page.set_viewport_size({"width": 1280, "height": 800})  # the header's links in sight
        page.get_by_role("link", name="Se connecter").first.click()
        page.get_by_label("Adresse électronique").fill(COMPTE)
        page.get_by_label("Mot de passe").fill(DEMO_PASSWORD)
        with page.expect_navigation():
            page.get_by_role("button", name="Connexion").click()
        if "/compte/login/" in page.url:
            raise CommandError(f"Connexion refusée pour {COMPTE} : chargez la démo (make demo).")
        if "/mon-espace/" not in page.url:
            page.get_by_role("link", name="Mon espace").first.click()
        page.get_by_role("link", name="Mes diagnostics").first.click()
        page.locator("table a[href*='/resultats/'], table a[href*='/resultat']").first.click()
        page.wait_for_load_state("load")

    def _enregistrer(self, page, chemin: Path):
        page.wait_for_load_state("networkidle")
        page.screenshot(path=str(chemin), animations="disabled")
        _alleger(chemin)
        self.stdout.write(f"{chemin} ({chemin.stat().st_size // 1024} Ko)")


def _alleger(chemin: Path):
    """256 colours are plenty for a screenshot of flat DSFR colours, at a fraction of the size."""
    from PIL import Image

    with Image.open(chemin) as image:
        reduite = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    reduite.save(chemin, optimize=True)
