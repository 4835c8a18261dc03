"""Layout checks of a page at a phone's and a computer's width, and a bounded crawl of a site.

`explorer(page, ...)` starts from the home page, follows the links of the same site (header,
content, footer), loads each page once and looks at it at 360 px and 1280 px wide. Each
problem is a short French sentence that names the page, the width and the element.
"""

from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

from playwright.sync_api import Error as PlaywrightError

LARGEURS = (1280, 360)
HAUTEUR = 800

# Never followed: the end of the session, the back office, files and machine interfaces.
PREFIXES_EXCLUS = ("/compte/logout/", "/admin/", "/api/", "/static/", "/media/")
SUFFIXES_EXCLUS = (".csv", ".pdf", ".json", ".xml", ".zip", ".ics", ".png", ".jpg", ".svg")

# What a page says about its own layout, run in the page.
MESURES = (Path(__file__).parent / "mise_en_page.js").read_text()


@dataclass
class Exploration:
    """Pages seen and problems found, in the order of the crawl."""

    origine: str
    pages: list = field(default_factory=list)
    problemes: list = field(default_factory=list)
    sections: dict = field(default_factory=dict)  # landing page path -> links of its <main>

    def signaler(self, chemin: str, texte: str):
        self.problemes.append(f"{chemin} : {texte}")


def _chemin(url: str, origine: str) -> str | None:
    """The path (and query) of a link to follow, None for a link to leave alone."""
    url, _ = urldefrag(url)
    parties = urlsplit(url)
    if f"{parties.scheme}://{parties.netloc}" != origine:
        return None
    chemin = parties.path
    if chemin.startswith(PREFIXES_EXCLUS) or chemin.lower().endswith(SUFFIXES_EXCLUS):
        return None
    return chemin + (f"?{parties.query}" if parties.query else "")


def _mesurer(page, chemin: str, exploration: Exploration) -> dict:
    mesures = {}
    for largeur in LARGEURS:
        page.set_viewport_size({"width": largeur, "height": HAUTEUR})
        mesures[largeur] = m = page.evaluate(MESURES)
        ecran = f"à {largeur} px"
        if largeur == 360 and m["largeur"] > m["fenetre"]:
            elements = ", ".join(m["debordants"]) or "?"
            exploration.signaler(
                chemin, f"défile sur le côté {ecran} (largeur {m['largeur']} px) : {elements}"
            )
        for texte in m["sousLePied"]:
            exploration.signaler(chemin, f"{ecran}, un élément dépasse sur le pied : {texte}")
        for texte in m["tableaux"]:
            exploration.signaler(chemin, f"{ecran}, tableau trop large sans défilement : {texte}")
    for texte in mesures[LARGEURS[0]]["images"]:
        exploration.signaler(chemin, f"image sans largeur ou hauteur : {texte}")
    return mesures[LARGEURS[0]]


def _gabarit(chemin: str) -> tuple[str, str]:
    """The kind of page a path shows (`/aides/#/`) and the list it belongs to, if any."""
    segments = chemin.split("?")[0].strip("/").split("/")
    gabarit = "/".join("#" if s.isdigit() else s for s in segments)
    liste = "/".join(segments[:-1]) if len(segments) >= 3 else ""
    return gabarit, liste


def explorer(page, origine: str, *, limite: int = 60, exclus: tuple = ()) -> Exploration:
    """Visit up to `limite` pages of the site reachable from its home page by links.

    A path is visited once whatever its query string, so that the lists' filters and pages
    do not use up the budget; likewise two pages of a kind (`/aides/#/`) and four items of a
    list (`/e-export/marches/*/`) stand for all the others.
    """
    exploration = Exploration(origine=origine)
    vus = {"/"}
    par_gabarit = Counter()
    a_voir = deque([("/", None)])  # a path and the page that links to it
    navigation = set()
    while a_voir and len(exploration.pages) < limite:
        chemin, depuis = a_voir.popleft()
        try:
            reponse = page.goto(chemin, wait_until="load")
        except PlaywrightError as erreur:
            if "Download is starting" in str(erreur):
                continue
            raise
        if reponse is None or "text/html" not in reponse.headers.get("content-type", ""):
            continue
        if reponse.status == 405:  # a form's target, reached by POST only
            continue
        exploration.pages.append(chemin)
        if reponse.status >= 400:
            erreur = f"le lien vers {chemin} mène à une erreur {reponse.status}"
            exploration.signaler(depuis, erreur)
            continue
        mesures = _mesurer(page, chemin, exploration)
        navigation.update(filter(None, (_chemin(u, origine) for u in mesures["navigation"])))
        exploration.sections[chemin.split("?")[0]] = [
            _chemin(lien["href"], origine) for lien in mesures["liens"] if lien["dansMain"]
        ]
        for lien in mesures["liens"]:
            suivant = _chemin(lien["href"], origine)
            if not suivant or lien["telecharge"] or suivant.startswith(exclus):
                continue
            cle = suivant.split("?")[0]
            if cle in vus:
                continue
            vus.add(cle)
            gabarit, liste = _gabarit(cle)
            par_gabarit[gabarit] += 1
            par_gabarit[liste] += bool(liste)
            if par_gabarit[gabarit] <= 2 and (not liste or par_gabarit[liste] <= 4):
                a_voir.append((suivant, chemin))
    _verifier_sections(exploration, navigation)
    return exploration


def _verifier_sections(exploration: Exploration, navigation: set):
    """A section's landing page (in the header's menu) leads somewhere inside its section."""
    for accueil in sorted(navigation):
        if accueil == "/" or accueil not in exploration.sections:
            continue
        section = "/" + accueil.strip("/").split("/")[0] + "/"
        dedans = {
            lien.split("?")[0]
            for lien in exploration.sections[accueil]
            if lien and lien.startswith(section) and lien.split("?")[0] != accueil
        }
        if not dedans:
            exploration.signaler(
                accueil, f"page d'accueil de section sans aucun lien vers une page de {section}"
            )
