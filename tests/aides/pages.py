"""Reading pages as a person would use them: the links they follow and what their forms send."""

import html
import re
from html.parser import HTMLParser


class _Formulaires(HTMLParser):
    """What a browser would send for each form of a page, as it was rendered: text fields,
    checked boxes, selected options, text areas (no button pressed)."""

    def __init__(self):
        super().__init__()
        self.formulaires = []
        self._select = self._textarea = None

    def _champs(self):
        return self.formulaires[-1]["champs"]

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.formulaires.append({"id": attrs.get("id"), "action": attrs.get("action")})
            self.formulaires[-1]["champs"] = []
        elif not self.formulaires:
            return
        elif tag == "input" and attrs.get("name"):
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    self._champs().append((attrs["name"], attrs.get("value", "on")))
            elif kind not in ("submit", "button", "file", "reset", "image"):
                self._champs().append((attrs["name"], attrs.get("value") or ""))
        elif tag == "select" and attrs.get("name"):
            self._select = {
                "name": attrs["name"],
                "multiple": "multiple" in attrs,
                "choisies": [],
                "premiere": None,
            }
        elif tag == "option" and self._select is not None:
            valeur = attrs.get("value", "")
            if self._select["premiere"] is None:
                self._select["premiere"] = valeur
            if "selected" in attrs:
                self._select["choisies"].append(valeur)
        elif tag == "textarea" and attrs.get("name"):
            self._textarea = [attrs["name"], ""]

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "select" and self._select is not None:
            select, self._select = self._select, None
            choisies = select["choisies"]
            # a single list with nothing selected sends its first option, a multiple one nothing
            if not choisies and select["premiere"] is not None and not select["multiple"]:
                choisies = [select["premiere"]]
            self._champs().extend((select["name"], valeur) for valeur in choisies)
        elif tag == "textarea" and self._textarea is not None:
            nom, texte = self._textarea
            self._textarea = None
            self._champs().append((nom, texte.removeprefix("\n")))


def formulaire(page: str, *, contenant: str, url: str = ""):
    """(action, data for the test client) of the page's form that has a field `contenant`
    (an empty action posts to the page's own `url`)."""
    lecteur = _Formulaires()
    lecteur.feed(page)
    for form in lecteur.formulaires:
        if any(nom == contenant for nom, _valeur in form["champs"]):
            data = {}
            for nom, valeur in form["champs"]:
                data.setdefault(nom, []).append(html.unescape(valeur))
            return html.unescape(form["action"] or "") or url, data
    raise AssertionError(f"aucun formulaire avec le champ « {contenant} »")


def lien(page: str, *, texte: str) -> str:
    """The href of the page's link whose text is `texte`."""
    for href, contenu in re.findall(r'<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', page, re.S):
        if html.unescape(re.sub(r"<[^>]+>", "", contenu)).strip() == texte:
            return html.unescape(href)
    raise AssertionError(f"aucun lien « {texte} »")


def lien_de_la_ligne(page: str, *, contenant: str) -> str:
    """The first link of the table row that shows `contenant`."""
    for ligne in re.findall(r"<tr>(.*?)</tr>", page, re.S):
        if contenant in html.unescape(ligne):
            return html.unescape(re.search(r'href="([^"]+)"', ligne).group(1))
    raise AssertionError(f"aucune ligne avec « {contenant} »")


def texte(response) -> str:
    return html.unescape(response.content.decode())
