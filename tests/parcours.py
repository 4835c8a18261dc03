"""A person's way through the pages with the Django test client: follow the links and fill
in the forms found in the HTML (their href and action are read, never reversed)."""

import re
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser
from urllib.parse import urljoin


def _texte(morceaux) -> str:
    return re.sub(r"\s+", " ", unescape("".join(morceaux))).strip()


@dataclass
class Formulaire:
    action: str
    methode: str
    valeurs: dict = field(default_factory=dict)  # name → list of values sent as is
    champs: set = field(default_factory=set)  # every named field, filled or not
    boutons: list = field(default_factory=list)
    options: dict = field(default_factory=dict)  # select name → [(value, label)]

    def option(self, nom: str, libelle: str) -> str:
        """The value of the option of select `nom` whose label contains `libelle`."""
        return next(valeur for valeur, texte in self.options[nom] if libelle in texte)


class _Analyse(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.liens = []  # (text, href)
        self.formulaires = []
        self._lien = None
        self._select = None
        self._multiple = False
        self._option = None
        self._textarea = None
        self._bouton = None

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        form = self.formulaires[-1] if self.formulaires else None
        if tag == "a" and "href" in a:
            self._lien = (a["href"], [])
        elif tag == "form":
            self.formulaires.append(
                Formulaire(action=a.get("action", ""), methode=a.get("method", "get").lower())
            )
        elif form is None:
            return
        elif tag == "input" and a.get("name"):
            nom, genre = a["name"], a.get("type", "text")
            form.champs.add(nom)
            if genre in ("checkbox", "radio"):
                if "checked" in a:
                    form.valeurs.setdefault(nom, []).append(a.get("value", "on"))
            elif genre not in ("submit", "button", "file"):
                form.valeurs[nom] = [a.get("value", "")]
        elif tag == "select" and a.get("name"):
            self._select = a["name"]
            self._multiple = "multiple" in a
            form.champs.add(self._select)
            form.options[self._select] = []
        elif tag == "option" and self._select:
            self._option = (a.get("value", ""), "selected" in a, [])
        elif tag == "textarea" and a.get("name"):
            self._textarea = (a["name"], [])
            form.champs.add(a["name"])
        elif tag == "button":
            self._bouton = []

    def handle_data(self, data):
        for ouvert in (self._lien, self._textarea):
            if ouvert:
                ouvert[1].append(data)
        if self._option:
            self._option[2].append(data)
        if self._bouton is not None:
            self._bouton.append(data)

    def handle_endtag(self, tag):
        form = self.formulaires[-1] if self.formulaires else None
        if tag == "a" and self._lien:
            self.liens.append((_texte(self._lien[1]), self._lien[0]))
            self._lien = None
        elif tag == "option" and self._option and form:
            valeur, choisie, texte = self._option
            form.options[self._select].append((valeur, _texte(texte)))
            if choisie:
                form.valeurs.setdefault(self._select, []).append(valeur)
            self._option = None
        elif tag == "select" and self._select and form:
            # a browser sends the first option of a single select none is selected in
            options = form.options[self._select]
            if not self._multiple and self._select not in form.valeurs and options:
                form.valeurs[self._select] = [options[0][0]]
            self._select = None
        elif tag == "textarea" and self._textarea and form:
            form.valeurs[self._textarea[0]] = ["".join(self._textarea[1])]
            self._textarea = None
        elif tag == "button" and self._bouton is not None and form:
            form.boutons.append(_texte(self._bouton))
            self._bouton = None


class Page:
    """A page as a person sees it: its links, its forms."""

    def __init__(self, client, response, url):
        assert response.status_code in (200, 400), (url, response.status_code)
        self.client = client
        self.response = response
        self.url = url
        self.html = response.content.decode()
        self._analyse = _Analyse()
        self._analyse.feed(self.html)

    @property
    def texte(self) -> str:
        """The visible text, spaces normalised (no-break and narrow spaces become spaces)."""
        sans_balises = re.sub(r"<script.*?</script>|<[^>]+>", " ", self.html, flags=re.S)
        return _texte(sans_balises.replace("\u202f", " ").replace("\u00a0", " "))

    def lien(self, texte: str) -> str:
        liens = [href for libelle, href in self._analyse.liens if texte in libelle]
        assert liens, f"aucun lien « {texte} » sur {self.url}"
        return urljoin(self.url, liens[0])

    def suivre(self, texte: str) -> "Page":
        return visiter(self.client, self.lien(texte))

    def formulaire(self, bouton: str) -> Formulaire:
        for form in self._analyse.formulaires:
            if any(bouton in libelle for libelle in form.boutons):
                return form
        raise AssertionError(f"aucun formulaire avec le bouton « {bouton} » sur {self.url}")

    def soumettre(self, bouton: str, valeurs: dict | None = None, fichiers=None) -> "Page":
        """Fill in the form of this button (fields left alone keep what the page shows) and
        send it; a redirect is followed as the browser would."""
        form = self.formulaire(bouton)
        donnees = dict(form.valeurs)
        for nom, valeur in (valeurs or {}).items():
            assert nom in form.champs, f"pas de champ « {nom} » dans le formulaire « {bouton} »"
            donnees[nom] = valeur if isinstance(valeur, list) else [valeur]
        cible = urljoin(self.url, form.action or self.url)
        if form.methode == "post":
            response = self.client.post(cible, {**donnees, **(fichiers or {})})
        else:
            response = self.client.get(cible, donnees)
        if response.status_code == 302:
            return visiter(self.client, urljoin(cible, response.url))
        return Page(self.client, response, cible)


def visiter(client, url: str) -> Page:
    return Page(client, client.get(url), url)


# Amounts as people type them (ordinary, no-break U+00A0 and narrow no-break U+202F spaces),
# with what the portal must read: each money form is sent every one of them.
MONTANTS_SAISIS = [
    ("12 000", "12000"),
    ("12\u00a0000,50", "12000.50"),
    ("12\u202f000 €", "12000"),
    ("12\u202f000,50\u00a0€", "12000.50"),
    ("12000.50", "12000.50"),
]


def erreurs(page: Page) -> list[str]:
    """The error messages a person reads on the page (fields and form)."""
    listes = re.findall(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', page.html, re.S)
    messages = re.findall(
        r'<p class="fr-message fr-message--error"[^>]*>(.*?)</p>', page.html, re.S
    )
    return [
        _texte([texte])
        for texte in [li for liste in listes for li in re.findall(r"<li>(.*?)</li>", liste, re.S)]
        + messages
    ]
