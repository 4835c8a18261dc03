"""Read a form the way a person does: its fields, their labels, which ones say « (Optionnel) »,
and fill only the others."""

from html.parser import HTMLParser

OPTIONNEL = "(Optionnel)"


class _Lecteur(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.formulaires = []
        self.labels = {}  # id of the field → text of its label
        self._label = None  # [for, text] while inside a <label>
        self._legendes = []  # stack of fieldset legends
        self._dans_legende = False
        self._select = None
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.formulaires.append(
                {
                    "method": (attrs.get("method") or "get").lower(),
                    "action": attrs.get("action") or "",
                    "champs": [],
                }
            )
        elif tag == "fieldset":
            self._legendes.append("")
        elif tag == "legend" and self._legendes:
            self._dans_legende = True
        elif tag == "label":
            self._label = [attrs.get("for"), ""]
        elif tag == "option" and self._select is not None:
            self._select["options"].append((attrs.get("value", ""), "selected" in attrs))
        elif not self.formulaires or not attrs.get("name"):
            return
        elif tag == "input":
            self._ajouter(
                attrs,
                type=attrs.get("type", "text"),
                valeur=attrs.get("value", ""),
                coche="checked" in attrs,
            )
        elif tag == "select":
            self._select = self._ajouter(attrs, type="select", options=[])
        elif tag == "textarea":
            self._textarea = self._ajouter(attrs, type="textarea", valeur="")

    def handle_endtag(self, tag):
        if tag == "fieldset" and self._legendes:
            self._legendes.pop()
        elif tag == "legend":
            self._dans_legende = False
        elif tag == "label" and self._label:
            self.labels[self._label[0]] = self._label[1]
            self._label = None
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._label is not None:
            self._label[1] += data
        if self._dans_legende:
            self._legendes[-1] += data
        if self._textarea is not None:
            self._textarea["valeur"] += data

    def _ajouter(self, attrs, **champ):
        champ |= {"nom": attrs["name"], "id": attrs.get("id"), "legende": "".join(self._legendes)}
        self.formulaires[-1]["champs"].append(champ)
        return champ


def formulaire(html: str, *, action: str | None = None, contenant: str | None = None) -> dict:
    """The form of the page whose action is `action` (or that has a field `contenant`)."""
    lecteur = _Lecteur()
    lecteur.feed(html)
    for form in lecteur.formulaires:
        for champ in form["champs"]:
            champ["label"] = lecteur.labels.get(champ["id"], "")
        noms = {c["nom"] for c in form["champs"]}
        if (action is not None and form["action"] == action) or (contenant in noms):
            return form
    raise AssertionError(f"pas de formulaire {action or contenant} dans la page")


def est_optionnel(champ) -> bool:
    """A group of radios or boxes says it in its legend, any other field in its label."""
    groupe = champ["type"] in ("radio", "checkbox") and champ["legende"].strip()
    return OPTIONNEL in (champ["legende"] if groupe else champ["label"]) or (
        OPTIONNEL in champ["label"]
    )


def remplir_obligatoires(form: dict, saisies: dict) -> tuple[dict, list[str]]:
    """The data a person sends filling only the fields not marked « (Optionnel) »: what they
    type (`saisies`), else the first choice offered. Returns the data and the fields filled."""
    donnees, remplis = {}, []
    for champ in form["champs"]:
        nom, genre = champ["nom"], champ["type"]
        if genre == "hidden":
            donnees.setdefault(nom, champ["valeur"])
            continue
        if genre in ("submit", "button", "reset") or est_optionnel(champ):
            continue
        if nom in donnees and genre in ("radio", "checkbox"):
            continue
        if nom in saisies:
            donnees[nom] = saisies[nom]
        elif genre == "select":
            choisi = [v for v, selected in champ["options"] if selected and v]
            donnees[nom] = choisi[0] if choisi else next(v for v, _ in champ["options"] if v)
        elif genre in ("radio", "checkbox"):
            coches = [c for c in form["champs"] if c["nom"] == nom and c.get("coche")]
            donnees[nom] = (coches[0] if coches else champ)["valeur"] or "on"
        else:
            donnees[nom] = champ["valeur"]
        remplis.append(nom)
    return donnees, remplis
