import re
import unicodedata

from django.core.cache import cache
from django.db.models.functions import Length
from django.shortcuts import get_object_or_404

from croissance.recherche import filtrer_par_mots, mots_cherches, sans_accents

from .models import CodePostal, Commune, Naf, NiveauNaf, Theme, TrancheEffectifs
from .naf_mots import MOTS_COURANTS

THEMES_CACHE_SECONDS = 300
_THEMES_CACHE_KEY = "referentiels:themes"


def _themes() -> dict[str, tuple[str, int]]:
    """Theme slug → (name, bit), one read shared by every page for a few minutes (themes rarely
    change; saving or deleting one drops it: `oublier_themes`)."""
    return cache.get_or_set(
        _THEMES_CACHE_KEY,
        lambda: {
            slug: (nom, bit) for slug, nom, bit in Theme.objects.values_list("slug", "nom", "bit")
        },
        THEMES_CACHE_SECONDS,
    )


def noms_themes() -> dict[str, str]:
    """Theme slug → name."""
    return {slug: nom for slug, (nom, _bit) in _themes().items()}


def bits_themes() -> dict[str, int]:
    """Theme slug → its bit (see masques.py)."""
    return {slug: bit for slug, (_nom, bit) in _themes().items()}


def oublier_themes(**kwargs) -> None:
    cache.delete(_THEMES_CACHE_KEY)


def libelle_tranche(code: str) -> str:
    """The INSEE label of a workforce band (« 3 à 5 salariés »), or "" for an unknown code.
    The 16 bands of the official list change once in years: one read kept a few minutes."""
    libelles = cache.get_or_set(
        "referentiels:tranches-effectifs",
        lambda: dict(TrancheEffectifs.objects.values_list("code", "libelle")),
        THEMES_CACHE_SECONDS,
    )
    return libelles.get(code, "")


def theme_par_slug(slug: str) -> Theme:
    """The theme of this slug (404 for a page when it is missing)."""
    return get_object_or_404(Theme, slug=slug)


def communes_du_code_postal(code_postal: str) -> list[Commune]:
    """The communes a postal code serves, their département and region read with them: one
    most of the time, several for two codes in three, in several départements for a few
    (05110: Alpes-de-Haute-Provence and Hautes-Alpes)."""
    return [
        lien.commune
        for lien in CodePostal.objects.filter(code=code_postal)
        .select_related("commune__departement__region")
        .order_by("commune_id")
    ]


_LETTRES = {
    "a": "aàâäAÀÂÄ",
    "c": "cçCÇ",
    "e": "eéèêëEÉÈÊË",
    "i": "iîïIÎÏ",
    "o": "oôöOÔÖ",
    "u": "uùûüUÙÛÜ",
    "y": "yÿYŸ",
}
_SEPARATEURS = "-'’ "


def _motif_nom(nom: str) -> str:
    """A regular expression for a commune name as typed: accents, capitals, hyphens and
    apostrophes optional ("saint etienne" finds Saint-Étienne)."""
    simple = unicodedata.normalize("NFKD", nom.strip().lower())
    simple = "".join(c for c in simple if not unicodedata.combining(c))
    motif = []
    for caractere in re.sub(r"[-'’\s]+", " ", simple):
        if caractere == " ":
            motif.append(f"[{_SEPARATEURS}]")
        elif caractere in _LETTRES:
            motif.append(f"[{_LETTRES[caractere]}]")
        else:
            motif.append(f"[{re.escape(caractere)}{re.escape(caractere.upper())}]")
    return "^" + "".join(motif) + "$"


def rechercher_communes(saisie: str) -> list[Commune]:
    """The communes for what a person typed: a postal code ("29000", "29 000") or a name
    ("Quimper", "saint etienne"), their département and region read with them."""
    texte = " ".join(saisie.split())
    code = texte.replace(" ", "")
    if code.isdigit():
        return communes_du_code_postal(code) if len(code) == 5 else []
    if not texte:
        return []
    return list(
        Commune.objects.select_related("departement__region")
        # same length first: the database then matches the pattern on a few names only
        .alias(longueur=Length("nom"))
        .filter(longueur=len(texte), nom__regex=_motif_nom(texte))
        .order_by("departement_id", "nom")[:50]
    )


_CODE_NAF = re.compile(r"^(\d{2})\.?(\d{2})([A-Z])$")
_DEBUT_CODE_NAF = re.compile(r"^\d{2}(\.\d{0,2})?$")
MAX_NAF_PROPOSES = 30


def code_naf(saisie: str) -> str | None:
    """ "10.71C", "1071c", "10 71 C" → "10.71C"; None when the text is not shaped like a
    sub-class code."""
    trouve = _CODE_NAF.match("".join(saisie.split()).upper())
    return f"{trouve[1]}.{trouve[2]}{trouve[3]}" if trouve else None


def rechercher_naf(saisie: str) -> list[Naf]:
    """The NAF sub-classes for what a person typed: a code ("10.71C", "1071C"), the start of
    one ("47.1"), or words of the activity ("boulangerie", "ceramique", "plombier"), accents
    and capitals aside; everyday trade names first, then labels that begin with the first
    word. When no label holds the words, their first letters are tried ("restaurant" finds
    « Restauration »)."""
    sous_classes = Naf.objects.filter(niveau=NiveauNaf.SOUS_CLASSE).only("code", "libelle")
    texte = " ".join(saisie.split())
    code = code_naf(texte)
    if code:
        return list(sous_classes.filter(code=code))
    if _DEBUT_CODE_NAF.match(texte):
        return list(sous_classes.filter(code__startswith=texte)[:MAX_NAF_PROPOSES])
    mots = [mot for mot in mots_cherches(texte) if not mot.startswith("-")]
    if not mots:
        return []
    courants = [
        code
        for cle, codes in MOTS_COURANTS.items()
        if set(mots_cherches(cle)) <= set(mots)
        for code in codes
    ]
    trouves = list(filtrer_par_mots(sous_classes, " ".join(mots), "libelle")[:200])
    if not trouves and not courants:
        debuts = [mot[: max(5, len(mot) - 3)] for mot in mots]
        trouves = list(filtrer_par_mots(sous_classes, " ".join(debuts), "libelle")[:200])
    par_code = {naf.code: naf for naf in trouves}
    par_code.update({naf.code: naf for naf in sous_classes.filter(code__in=courants)})

    def rang(naf: Naf):
        courant = courants.index(naf.code) if naf.code in courants else len(courants)
        return (courant, not sans_accents(naf.libelle).startswith(mots[0]), naf.code)

    return sorted(par_code.values(), key=rang)[:MAX_NAF_PROPOSES]
