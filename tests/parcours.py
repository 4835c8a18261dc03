"""A person's path through the portal with the Django test client.

A journey starts from a page a person opens (the home page, a link received by email), then
only follows links by their text and submits forms by their button, as a person would: no
URL is typed. Hidden questions cannot be ticked (a person without JavaScript does not see
them), and what a form sends is what its controls hold, as a browser would send it.
"""

import re
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit


def _texte(valeur: str) -> str:
    return " ".join(unescape(valeur).split())


@dataclass
class Controle:
    tag: str
    type: str
    name: str
    value: str = ""
    checked: bool = False
    id: str = ""
    cache: bool = False
    options: list = field(default_factory=list)  # (value, text, selected) of a select
    multiple: bool = False  # a select of several choices


@dataclass
class Bouton:
    texte: str
    name: str = ""
    value: str = ""


@dataclass
class Formulaire:
    method: str
    action: str
    controles: list = field(default_factory=list)
    boutons: list = field(default_factory=list)
    libelles: dict = field(default_factory=dict)  # control id -> label text

    def _par_libelle(self, libelle) -> Controle:
        motif = libelle if isinstance(libelle, re.Pattern) else None
        for controle in self.controles:
            texte = self.libelles.get(controle.id, "")
            # a label may go on with its hint or « (Optionnel) »
            if (motif and motif.search(texte)) or (
                not motif and (texte == libelle or texte.startswith(f"{libelle} "))
            ):
                if controle.cache:
                    raise AssertionError(f"« {texte} » est masqué : une personne ne le voit pas")
                return controle
        raise AssertionError(f"Aucun champ « {libelle} » dans {sorted(self.libelles.values())}")

    def cocher(self, libelle, *, name: str | None = None) -> None:
        controle = self._par_libelle(libelle) if name is None else self._choix(name, libelle)
        if controle.type == "radio":
            for autre in self.controles:
                if autre.name == controle.name:
                    autre.checked = False
        controle.checked = True

    def decocher(self, libelle) -> None:
        self._par_libelle(libelle).checked = False

    def remplir(self, libelle, valeur: str) -> None:
        self._par_libelle(libelle).value = valeur

    def joindre(self, libelle, fichier) -> None:
        """Pick a file (a `SimpleUploadedFile`) in a file input, as a person browses for it."""
        controle = self._par_libelle(libelle)
        assert controle.type == "file", f"« {libelle} » n'est pas un champ de fichier"
        controle.value = fichier

    def choisir(self, libelle, texte_option: str) -> None:
        controle = self._par_libelle(libelle)
        valeurs = [valeur for valeur, texte, _ in controle.options if texte == texte_option]
        assert valeurs, f"Pas d'option « {texte_option} » dans « {libelle} »"
        controle.value = valeurs[0]

    def _choix(self, name: str, valeur: str) -> Controle:
        for controle in self.controles:
            if controle.name == name and controle.value == str(valeur):
                assert not controle.cache, f"{name}={valeur} est masqué"
                return controle
        raise AssertionError(f"Pas de choix {name}={valeur}")

    def donnees(self) -> dict[str, list[str]]:
        donnees: dict[str, list[str]] = {}
        for controle in self.controles:
            if controle.type in ("checkbox", "radio") and not controle.checked:
                continue
            if controle.type == "file" and not isinstance(controle.value, str):
                donnees.setdefault(controle.name, []).append(controle.value)
                continue
            if controle.type in ("submit", "button", "file", "reset", "image"):
                continue
            if controle.value is None:  # a select with nothing chosen sends nothing
                continue
            donnees.setdefault(controle.name, []).append(controle.value)
        return donnees

    def noms_visibles(self) -> list[str]:
        """Names of the controls a person sees, in the page's order, once each."""
        noms = []
        for controle in self.controles:
            if not controle.cache and controle.type != "hidden" and controle.name not in noms:
                noms.append(controle.name)
        return noms


class _Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.liens: list[tuple[str, str]] = []
        self.formulaires: list[Formulaire] = []
        self.libelles: dict[str, str] = {}
        self._lien = None
        self._libelle = None
        self._bouton = None
        self._select = None
        self._option = None
        self._textarea = None
        self._caches: list[bool] = []
        self._dans_formulaire = False

    @property
    def _cache(self) -> bool:
        return any(self._caches)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "fieldset":
            self._caches.append("hidden" in attrs)
        elif tag == "a" and attrs.get("href"):
            self._lien = [attrs["href"], ""]
        elif tag == "label" and attrs.get("for"):
            self._libelle = [attrs["for"], ""]
        elif tag == "form":
            self._dans_formulaire = True
            self.formulaires.append(
                Formulaire((attrs.get("method") or "get").lower(), attrs.get("action") or "")
            )
        elif not self._dans_formulaire:
            return
        elif tag == "input" and attrs.get("name"):
            controle = Controle(
                "input",
                (attrs.get("type") or "text").lower(),
                attrs["name"],
                attrs.get("value", "on" if attrs.get("type") in ("checkbox", "radio") else ""),
                "checked" in attrs,
                attrs.get("id", ""),
                self._cache,
            )
            if controle.type == "submit":
                self.formulaires[-1].boutons.append(
                    Bouton(controle.value, controle.name, controle.value)
                )
            else:
                self.formulaires[-1].controles.append(controle)
        elif tag == "button" and (attrs.get("type") or "submit") == "submit":
            self._bouton = Bouton("", attrs.get("name", ""), attrs.get("value", ""))
        elif tag == "select" and attrs.get("name"):
            self._select = Controle("select", "select", attrs["name"], id=attrs.get("id", ""))
            self._select.cache = self._cache
            self._select.multiple = "multiple" in attrs
            self.formulaires[-1].controles.append(self._select)
        elif tag == "option" and self._select is not None:
            self._option = [attrs.get("value"), "", "selected" in attrs]
        elif tag == "textarea" and attrs.get("name"):
            self._textarea = Controle("textarea", "textarea", attrs["name"], id=attrs.get("id", ""))
            self.formulaires[-1].controles.append(self._textarea)

    def handle_data(self, data):
        for courant in (self._lien, self._libelle, self._option):
            if courant is not None:
                courant[1] += data
        if self._bouton is not None:
            self._bouton.texte += data
        if self._textarea is not None:
            self._textarea.value += data

    def handle_endtag(self, tag):
        if tag == "fieldset" and self._caches:
            self._caches.pop()
        elif tag == "a" and self._lien is not None:
            self.liens.append((_texte(self._lien[1]), self._lien[0]))
            self._lien = None
        elif tag == "label" and self._libelle is not None:
            self.libelles[self._libelle[0]] = _texte(self._libelle[1])
            self._libelle = None
        elif tag == "button" and self._bouton is not None:
            self._bouton.texte = _texte(self._bouton.texte)
            self.formulaires[-1].boutons.append(self._bouton)
            self._bouton = None
        elif tag == "option" and self._option is not None:
            valeur, texte, choisie = self._option
            texte = _texte(texte)
            self._select.options.append((texte if valeur is None else valeur, texte, choisie))
            self._option = None
        elif tag == "select" and self._select is not None:
            choisies = [v for v, _, selected in self._select.options if selected]
            # a single select shows (and sends) its first option; a multiple one, what is chosen
            premiere = None
            if self._select.options and not self._select.multiple:
                premiere = self._select.options[0][0]
            self._select.value = choisies[0] if choisies else premiere
            self._select = None
        elif tag == "textarea":
            self._textarea = None
        elif tag == "form":
            self._dans_formulaire = False


class Navigateur:
    """What a person does in a browser, with the Django test client."""

    def __init__(self, client):
        self.client = client
        self.reponse = None
        self.url = ""
        self.historique: list[str] = []

    def ouvrir(self, url: str = "/"):
        """The first page of a journey (typed, bookmarked or received by email)."""
        return self._aller(self.client.get(url, follow=True), url)

    @property
    def html(self) -> str:
        return self.reponse.content.decode()

    @property
    def texte(self) -> str:
        """The page's text, tags removed, as a person reads it."""
        return _texte(
            re.sub(r"<[^>]+>", " ", re.sub(r"(?s)<(script|style).*?</\1>", "", self.html))
        )

    def _page(self) -> _Page:
        page = _Page()
        page.feed(self.html)
        for formulaire in page.formulaires:
            formulaire.libelles = page.libelles
        return page

    def liens(self) -> list[tuple[str, str]]:
        return self._page().liens

    def cliquer(self, texte):
        """Follow the first link whose text is `texte` (or matches the pattern)."""
        motif = texte if isinstance(texte, re.Pattern) else None
        for libelle, href in self.liens():
            if (motif and motif.search(libelle)) or libelle == texte:
                cible = urljoin(self.url, href)
                return self._aller(self.client.get(cible, follow=True), cible)
        raise AssertionError(
            f"Pas de lien « {texte} » sur {self.url} : {[lien for lien, _ in self.liens()]}"
        )

    def formulaire(self, bouton) -> Formulaire:
        """The form that holds the button `bouton` (its text, or a pattern)."""
        motif = bouton if isinstance(bouton, re.Pattern) else None
        for formulaire in self._page().formulaires:
            for candidat in formulaire.boutons:
                if (motif and motif.search(candidat.texte)) or candidat.texte == bouton:
                    return formulaire
        raise AssertionError(f"Pas de bouton « {bouton} » sur {self.url}")

    def envoyer(self, formulaire: Formulaire, bouton):
        """Press `bouton` of `formulaire`: its controls' values are sent, then redirects are
        followed."""
        motif = bouton if isinstance(bouton, re.Pattern) else None
        choisi = next(
            candidat
            for candidat in formulaire.boutons
            if (motif and motif.search(candidat.texte)) or candidat.texte == bouton
        )
        donnees = formulaire.donnees()
        if choisi.name:
            donnees.setdefault(choisi.name, []).append(choisi.value)
        cible = urljoin(self.url, formulaire.action or self.url)
        if formulaire.method == "post":
            reponse = self.client.post(cible, donnees, follow=True)
        else:
            reponse = self.client.get(cible, donnees, follow=True)
        return self._aller(reponse, cible)

    def _aller(self, reponse, cible):
        self.reponse = reponse
        chaine = [url for url, _ in getattr(reponse, "redirect_chain", [])]
        self.url = urljoin(cible, chaine[-1]) if chaine else cible
        self.historique.append(urlsplit(self.url).path)
        assert reponse.status_code < 500, f"Erreur serveur sur {self.url}"
        return reponse

    def erreurs(self) -> list[str]:
        """The error messages the page shows, on its fields and on its forms."""
        listes = re.findall(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', self.html, re.S)
        messages = [li for liste in listes for li in re.findall(r"<li>(.*?)</li>", liste, re.S)]
        messages += re.findall(r'<p class="fr-message fr-message--error"[^>]*>(.*?)</p>', self.html)
        return [_texte(re.sub(r"<[^>]+>", " ", message)) for message in messages]


# Amounts as people type them (ordinary, no-break U+00A0 and narrow no-break U+202F spaces),
# with what the portal must read: each money form is sent every one of them.
MONTANTS_SAISIS = [
    ("12 000", "12000"),
    ("12\u00a0000,50", "12000.50"),
    ("12\u202f000 €", "12000"),
    ("12\u202f000,50\u00a0€", "12000.50"),
    ("12000.50", "12000.50"),
]
