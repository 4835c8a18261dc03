"""Free-text search that forgives accents and capitals, the same on SQLite and PostgreSQL.

"ceramique", "Céramique" and "CÉRAMIQUE" find "céramique"; "cafe" and "CAFÉ" find "café";
"oeuvre" finds "œuvre". Every search box of the portal goes through `filtrer_par_mots` (the
leads search on PostgreSQL keeps its full-text index, whose configuration also drops accents:
einter/migrations/0002).

How: a `sans_accents` transform compares text without accents, in lower case:
- PostgreSQL: `lower(unaccent(column))` (the `unaccent` extension: migration croissance/0002);
- SQLite: a function of the same name, written in Python below, that each new connection
  registers (`enregistrer_sur_sqlite`). SQLite's own `lower()` and `LIKE` fold ASCII letters
  only, so "CAFÉ" would not find "café" there.
Typed words go through the same `sans_accents` in Python, then each must appear (as a part of
a word) in one of the searched fields.
"""

import unicodedata

from django.db.models import CharField, Q, QuerySet, TextField, Transform

# Letters that Unicode does not decompose but PostgreSQL's unaccent spells out, and the
# typographic apostrophe that people type as a straight one (and the other way round).
_LETTRES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "’": "'"})
# At most this many words count: more would make a query as long as it is useless.
MAX_MOTS = 8
_PONCTUATION = '.,;:!?"«»()[]'
_EN_X = ("aux", "eux", "oux")  # bateaux, jeux, bijoux (not prix, flux)


def sans_accents(texte: str | None) -> str | None:
    """ "Céramique d'Œuvre" → "ceramique d'oeuvre": what PostgreSQL's lower(unaccent()) gives."""
    if texte is None:
        return None
    if texte.isascii():
        return texte.lower()
    texte = unicodedata.normalize("NFKD", texte.translate(_LETTRES))
    return "".join(c for c in texte if not unicodedata.combining(c)).lower()


def mots_cherches(texte: str) -> list[str]:
    """The words of a search, without accents; a plural "s" or "x" is dropped ("cafés" finds
    "café", "bijoux" finds "bijou"; not in "prix", "tapis"), which the part-of-word match
    makes harmless. A word
    after a minus sign ("vins -rouges") is kept with its sign: it excludes."""
    mots = []
    for mot in (sans_accents(texte) or "").split():
        signe = "-" if mot.startswith("-") and len(mot) > 1 else ""
        mot = mot.lstrip("-").strip(_PONCTUATION)
        if len(mot) > 3 and (mot[-1] == "s" and mot[-2] not in "isu" or mot[-3:] in _EN_X):
            mot = mot[:-1]
        if mot:
            mots.append(signe + mot)
    return mots[:MAX_MOTS]


def filtrer_par_mots(queryset: QuerySet, texte: str, *champs: str) -> QuerySet:
    """The rows of `queryset` where each word of `texte` appears in one of `champs` (field
    names, related ones too: "themes__nom"), accents and capitals aside. With a related
    many-valued field, the caller adds `.distinct()`."""
    for mot in mots_cherches(texte):
        exclu = mot.startswith("-")
        mot = mot.lstrip("-")
        condition = Q()
        for champ in champs:
            condition |= Q(**{f"{champ}__sans_accents__contains": mot})
        queryset = queryset.exclude(condition) if exclu else queryset.filter(condition)
    return queryset


@CharField.register_lookup
@TextField.register_lookup
class SansAccents(Transform):
    """`champ__sans_accents__contains="cafe"`: the field's text without accents, lowered."""

    lookup_name = "sans_accents"
    function = "sans_accents"

    def as_postgresql(self, compiler, connection, **extra_context):
        # unaccent first: lower() depends on the database's locale (C folds ASCII only).
        return self.as_sql(compiler, connection, template="lower(unaccent(%(expressions)s))")


def enregistrer_sur_sqlite(sender, connection, **kwargs) -> None:
    """Give each new SQLite connection the `sans_accents` SQL function."""
    if connection.vendor == "sqlite":
        connection.connection.create_function("sans_accents", 1, sans_accents, deterministic=True)
