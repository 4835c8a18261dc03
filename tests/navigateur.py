"""A browser without JavaScript for journey tests on the Django test client: read a page's
links and forms as a person sees them, follow a link by its text, fill a form by its labels
and submit it with one of its buttons (only the controls a browser would send)."""

import re
from html.parser import HTMLParser
from urllib.parse import urljoin

_ESPACES = re.compile(r"\s+")


def _texte(morceaux) -> str:
    return _ESPACES.sub(" ", " ".join(morceaux)).strip()


def _libelle_de(texte: str | None, libelle: str) -> bool:
    """A label reads `libelle`, maybe followed by its hint (« Votre message Décrivez… »)."""
    return texte is not None and (texte == libelle or texte.startswith(libelle + " "))


class _Lecteur(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.liens: list[tuple[str, str]] = []
        self.formulaires: list[dict] = []
        self.labels: dict[str, str] = {}
        self.textes: list[str] = []
        self._lien = self._label = self._textarea = self._option = self._bouton = None
        self._select = None
        self._ignorer = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        formulaire = self.formulaires[-1] if self.formulaires else None
        if tag in ("script", "style"):
            self._ignorer += 1
        elif tag == "a" and "href" in attrs:
            self._lien = (attrs["href"], [])
        elif tag == "label":
            self._label = (attrs.get("for"), [])
        elif tag == "form":
            self.formulaires.append(
                {"action": attrs.get("action") or "", "method": attrs.get("method", "get")}
                | {"controles": [], "boutons": []}
            )
        elif formulaire is None:
            return
        elif tag == "input" and attrs.get("type") in ("submit", "button"):
            formulaire["boutons"].append(
                {"nom": attrs.get("name"), "valeur": attrs.get("value", ""), "texte": ""}
            )
        elif tag == "input":
            formulaire["controles"].append(
                {
                    "type": attrs.get("type", "text"),
                    "nom": attrs.get("name"),
                    "id": attrs.get("id"),
                    "valeur": attrs.get("value", "on" if attrs.get("type") == "checkbox" else ""),
                    "coche": "checked" in attrs,
                }
            )
        elif tag == "textarea":
            self._textarea = {"type": "textarea", "nom": attrs.get("name"), "id": attrs.get("id")}
            self._textarea["morceaux"] = []
            formulaire["controles"].append(self._textarea)
        elif tag == "select":
            self._select = {"type": "select", "nom": attrs.get("name"), "id": attrs.get("id")}
            self._select["options"] = []
            formulaire["controles"].append(self._select)
        elif tag == "option" and self._select is not None:
            self._option = {"valeur": attrs.get("value"), "choisie": "selected" in attrs}
            self._option["morceaux"] = []
            self._select["options"].append(self._option)
        elif tag == "button" and attrs.get("type", "submit") == "submit":
            self._bouton = {"nom": attrs.get("name"), "valeur": attrs.get("value", "")}
            self._bouton["morceaux"] = []
            formulaire["boutons"].append(self._bouton)

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._ignorer -= 1
        elif tag == "a" and self._lien:
            self.liens.append((self._lien[0], _texte(self._lien[1])))
            self._lien = None
        elif tag == "label" and self._label:
            if self._label[0]:
                self.labels[self._label[0]] = _texte(self._label[1])
            self._label = None
        elif tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None
        elif tag == "option":
            self._option = None
        elif tag == "button" and self._bouton:
            self._bouton["texte"] = _texte(self._bouton.pop("morceaux"))
            self._bouton = None

    def handle_data(self, data):
        if self._ignorer:
            return
        self.textes.append(data)
        for ouvert in (self._lien, self._label):
            if ouvert:
                ouvert[1].append(data)
        for ouvert in (self._textarea, self._option, self._bouton):
            if ouvert:
                ouvert["morceaux"].append(data)


class Formulaire:
    def __init__(self, page: "Page", brut: dict, bouton: dict):
        self.page, self.bouton = page, bouton
        self.action = urljoin(page.url, brut["action"])
        self.method = brut["method"].lower()
        self.controles = brut["controles"]
        for controle in self.controles:
            if controle["type"] == "textarea":
                # a browser drops the newline that follows <textarea>
                controle["valeur"] = "".join(controle.pop("morceaux")).removeprefix("\n")
            elif controle["type"] == "select":
                options = controle["options"]
                for option in options:
                    option["texte"] = _texte(option.pop("morceaux"))
                choisie = [o for o in options if o["choisie"]] or options[:1]
                controle["valeur"] = choisie[0]["valeur"] if choisie else ""

    def _par_libelle(self, libelle: str) -> dict:
        trouves = [
            c for c in self.controles if _libelle_de(self.page.labels.get(c.get("id")), libelle)
        ]
        assert len(trouves) == 1, f"aucun champ (ou plusieurs) libellé « {libelle} »"
        return trouves[0]

    def libelles(self, type_: str) -> list[str]:
        return [self.page.labels.get(c["id"], "") for c in self.controles if c["type"] == type_]

    def coches(self) -> list[str]:
        return [
            self.page.labels.get(c["id"], "")
            for c in self.controles
            if c["type"] == "checkbox" and c["coche"]
        ]

    def remplir(self, libelle: str, valeur: str) -> "Formulaire":
        self._par_libelle(libelle)["valeur"] = valeur
        return self

    def choisir(self, libelle: str, option: str) -> "Formulaire":
        select = self._par_libelle(libelle)
        valeurs = [o["valeur"] for o in select["options"] if o["texte"] == option]
        assert valeurs, f"pas d'option « {option} » dans « {libelle} »"
        select["valeur"] = valeurs[0]
        return self

    def cocher(self, libelle: str, coche: bool = True) -> "Formulaire":
        self._par_libelle(libelle)["coche"] = coche
        return self

    def decocher(self, libelle: str) -> "Formulaire":
        return self.cocher(libelle, False)

    def donnees(self) -> dict[str, list[str]]:
        donnees: dict[str, list[str]] = {}
        for controle in self.controles:
            if (
                not controle["nom"]
                or controle["type"] in ("radio", "checkbox")
                and not (controle["coche"])
            ):
                continue
            donnees.setdefault(controle["nom"], []).append(controle["valeur"])
        if self.bouton["nom"]:
            donnees.setdefault(self.bouton["nom"], []).append(self.bouton["valeur"])
        return donnees

    def soumettre(self, client) -> "Page":
        envoyer = client.post if self.method == "post" else client.get
        return Page(envoyer(self.action, self.donnees(), follow=True))


class Page:
    def __init__(self, response):
        assert response.status_code == 200, response.status_code
        self.response = response
        self.url = response.wsgi_request.get_full_path()
        lecteur = _Lecteur()
        lecteur.feed(response.content.decode())
        self.liens, self.labels, self._formulaires = (
            lecteur.liens,
            lecteur.labels,
            lecteur.formulaires,
        )
        self.texte = _texte(lecteur.textes)

    @classmethod
    def ouvrir(cls, client, url: str) -> "Page":
        return cls(client.get(url, follow=True))

    def lien(self, texte: str) -> str:
        hrefs = {href for href, t in self.liens if t == texte}
        assert len(hrefs) == 1, f"aucun lien (ou plusieurs) « {texte} » sur {self.url}"
        return urljoin(self.url, hrefs.pop())

    def suivre(self, client, texte: str) -> "Page":
        return Page.ouvrir(client, self.lien(texte))

    def formulaire(self, bouton: str) -> Formulaire:
        for brut in self._formulaires:
            for b in brut["boutons"]:
                if b.get("texte") == bouton or (not b.get("texte") and b["valeur"] == bouton):
                    return Formulaire(self, brut, b)
        raise AssertionError(f"pas de bouton « {bouton} » sur {self.url}")
