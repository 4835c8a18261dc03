"""French that reads right, checked on the text a person sees: plural agreement after a
number, elision, workflow codes shown as words, big numbers without a thousands separator.

`fautes(html)` reads the visible text of a page (no tags, scripts or attributes) and returns
each suspicious phrase with its rule. The allow-lists hold what is right French that the rules
would otherwise flag: keep them short, and fix the page rather than the list."""

import re
from html.parser import HTMLParser

from django.apps import apps
from django.conf import settings
from django.db import models

LETTRE = "a-zàâäçéèêëîïôöûùüÿœæ"
LETTRE_MAJ = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÛÙÜŸŒÆ"
ESPACES = "\u00a0\u202f"  # no-break and narrow no-break: between a number's thousands


def _mots(texte: str) -> set[str]:
    return set(texte.split())


# Words after a number ≥ 2 that are not a noun to agree: prepositions, units, months…
APRES_PLURIEL = _mots(
    """à au aux de du des en et ou sur sous par pour dans avec sans entre contre vers chez
    est sont a ont était fut sera seront peut peuvent doit doivent ne n y il elle on
    qui que dont où le la les un une ce cette ces son sa ses leur
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    h min km m kg t mo go ko ha cm mm jours plus moins environ maximum minimum max fois mois
    ans rue boulevard avenue place allée quai chemin route impasse pm e ème er bis million"""
)
# Words ending in s or x that are singular too (after 0 or 1).
INVARIABLES = _mots(
    """mois fois pays temps cours prix avis accès succès progrès processus corps poids repas
    bois dos bras choix taux sens puis sous dans sans vers plus moins très après"""
)
# Words starting with a vowel sound or h that take « de », not « d' » (h aspiré…).
SANS_ELISION = _mots(
    """haut hauts haute hautes hauteur hausse huit huitième hors hasard hâte héros hibou
    hiérarchie honte hangar handicap hall hameau harcèlement hackathon hashtag hub holding
    hotline hardware hotte hamac hareng hockey oui onze onzième high"""
)

_INLINE = _mots("a abbr b bdi cite code data dfn em i kbd label mark q s small span strong sub sup")
_INLINE |= {"time", "u", "var"}
_CACHES = {"script", "style", "template", "noscript", "svg", "title"}


class _Texte(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.morceaux: list[str] = []
        self._cache = 0

    def handle_starttag(self, tag, attrs):
        if tag in _CACHES:
            self._cache += 1
        elif tag not in _INLINE:
            self.morceaux.append("\n")

    def handle_endtag(self, tag):
        if tag in _CACHES:
            self._cache = max(0, self._cache - 1)
        elif tag not in _INLINE:
            self.morceaux.append("\n")

    def handle_data(self, data):
        if not self._cache:
            self.morceaux.append(data)


def texte_visible(html: str) -> str:
    lecteur = _Texte()
    lecteur.feed(html)
    lignes = ("".join(lecteur.morceaux)).split("\n")
    return "\n".join(" ".join(ligne.split(" ")).strip() for ligne in lignes if ligne.strip())


def _normaliser(texte: str) -> str:
    # runs of ordinary spaces and tabs become one space; the no-break ones are kept
    return re.sub(r"[ \t\r]+", " ", texte)


NOMBRE = rf"(?<![\d,.{ESPACES}/:°-])(\d{{1,3}}(?:[{ESPACES}]\d{{3}})+|\d+)(?![\d,.])"
# the word after the number, hyphenated ones whole (« 2 demi-journées »)
PLURIEL_SINGULIER = re.compile(rf"{NOMBRE} ([{LETTRE}]+(?:-[{LETTRE}]+)*)\b")
# « aide(s) éligible(s) »: the page knows the number, it writes the right form
PARENTHESES = re.compile(rf"[{LETTRE}]\((?:s|x|e|es)\)")
# a vowel, h, or a y sounded as a vowel (Yves, not yen or yaourt), lower or upper case
ELISION = re.compile(
    rf"(?<![{LETTRE}{LETTRE_MAJ}'’.-])(de|que|ne|je|me|se|te|le|la) "
    rf"((?:[aeiouéèêàâîôûhAEIOUÉÈÊÀÂÎÔÛH]|[yY](?![aeiouéè]))[{LETTRE}]*)"
)
GRAND_NOMBRE = re.compile(rf"(?<![\d,.{ESPACES}/#°-])\d{{5,}}(?![\d,.])")


def _codes_des_etats() -> dict[str, str]:
    """snake_case values of the project's TextChoices → their French label."""
    codes = {}
    projet = str(settings.BASE_DIR)
    for classe in _sous_classes(models.TextChoices):
        module = classe.__module__.split(".")[0]
        try:
            config = apps.get_app_config(module)
        except LookupError:
            config = next((c for c in apps.get_app_configs() if c.name == module), None)
        if config is None or not config.path.startswith(projet) or "site-packages" in config.path:
            continue
        for valeur, libelle in classe.choices:
            if "_" in valeur and valeur != libelle:
                codes[valeur] = libelle
    return codes


def _sous_classes(classe):
    for sous in classe.__subclasses__():
        yield sous
        yield from _sous_classes(sous)


def fautes(html: str, *, permis: set[str] = frozenset()) -> list[str]:
    """Each suspicious phrase of the page's visible text, with its rule; `permis` holds
    phrases known to be right there."""
    texte = _normaliser(texte_visible(html))
    trouvees = []
    for m in PLURIEL_SINGULIER.finditer(texte):
        nombre, mot = m.group(1), m.group(2)
        if texte[max(0, m.start() - 4) : m.start()] == "sur ":
            continue  # "2 PME sur 3 avaient": the word agrees with the first number
        valeur = int(re.sub(rf"[{ESPACES}]", "", nombre))
        if valeur >= 2 and not mot.endswith(("s", "x", "z")) and mot not in APRES_PLURIEL:
            trouvees.append(("pluriel", m))
        elif (
            valeur < 2
            and mot.endswith(("s", "x"))
            and mot not in INVARIABLES
            and not re.fullmatch(r"\d{2,}", nombre)  # "01" in a date
        ):
            trouvees.append(("singulier", m))
    trouvees += [("pluriel entre parenthèses", m) for m in PARENTHESES.finditer(texte)]
    for m in ELISION.finditer(texte):
        if m.group(2).lower() not in SANS_ELISION:
            trouvees.append(("élision", m))
    codes = _codes_des_etats()
    for mot in re.findall(r"\b[a-z]+(?:_[a-z0-9]+)+\b", texte):
        if mot in codes:
            trouvees.append(("code", f"{mot} (« {codes[mot]} »)"))
    for m in GRAND_NOMBRE.finditer(texte):
        chiffres = m.group(0)
        if len(chiffres) in (9, 14):
            continue  # SIREN, SIRET
        if len(chiffres) == 5 and re.match(r" (ou )?[A-ZÉ]", texte[m.end() : m.end() + 5]):
            continue  # a postal code before its town (or as one example of a place)
        trouvees.append(("milliers", m))
    return [
        f"{regle} : « {_contexte(texte, m)} »" if isinstance(m, re.Match) else f"{regle} : {m}"
        for regle, m in trouvees
        if (m.group(0) if isinstance(m, re.Match) else m) not in permis
    ]


def _contexte(texte: str, m: re.Match) -> str:
    debut = max(0, m.start() - 30)
    return " ".join(texte[debut : m.end() + 30].split())
