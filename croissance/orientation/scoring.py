"""Shared scoring rules of the providers, so that every kind weighs themes the same way."""

from collections import Counter
from collections.abc import Callable

from django.db.models import (
    Case,
    Expression,
    F,
    IntegerField,
    Q,
    QuerySet,
    Value,
    When,
    Window,
)
from django.db.models.functions import Cast, Coalesce, Collate, Floor, RowNumber

from .models import ReglageOrientation
from .profil import Profil


def score_themes(
    profil: Profil,
    themes: set[str],
    reglage: ReglageOrientation,
    noms: dict[str, str],
) -> tuple[int, list[str]]:
    """Points and reasons for an offer covering `themes` (theme slugs; `noms` gives labels)."""
    points, raisons = 0, []
    besoins = sorted(themes & profil.besoins)
    if besoins:
        points += reglage.poids_besoin
        raisons.append(
            "Répond à votre souhait : " + ", ".join(noms.get(t, t).lower() for t in besoins)
        )
    for axe in profil.axes_faibles(reglage.seuil_axe_faible):
        if axe in themes:
            points += reglage.poids_axe_faible
            raisons.append(f"Votre score {noms.get(axe, axe)} est de {profil.scores[axe]}/100")
            break
    return points, raisons


def score_note(note, nombre: int, reglage: ReglageOrientation, qui: str) -> tuple[int, str]:
    """Points and reason for an average rating (« Noté 4,6/5 par 12 PME »); none without one."""
    if not note:
        return 0, ""
    return int(note * reglage.poids_note), f"Noté {note:.1f}/5 par {nombre} {qui}".replace(".", ",")


# --- the same rules in SQL, to pick the candidates before scoring them in Python ------------
#
# A provider must not load every published offer of the country: it asks the database for the
# few that can rank (the best points first, at most `max_par_groupe` per group), then scores
# them in Python to write the reasons. The SQL points below add up exactly like `score_themes`
# and `score_note`, so the short list holds the same winners as a full scan.

# How many candidates per displayed item the database returns: a margin for points that the
# database may round differently from Python (ratings), never more than a few dozen rows.
# Points made of whole theme and proximity points only are the same on both sides (marge 1).
MARGE_CANDIDATS = 3


def themes_voulus(profil: Profil, reglage: ReglageOrientation) -> tuple[list[str], list[str]]:
    """(declared needs, weak axes) as sorted theme slugs."""
    return sorted(profil.besoins), profil.axes_faibles(reglage.seuil_axe_faible)


def points_themes_sql(
    profil: Profil, reglage: ReglageOrientation, couvre: Callable[[list[str]], Q]
) -> tuple[Q | None, Expression]:
    """(filter: covers a wanted theme, points) — the SQL twin of `score_themes`.

    `couvre(slugs)` is the condition "the offer covers one of these themes"
    (`Masques.couvre`: a bit test on the row's `themes_masque`).
    The filter is None when the profile wants nothing (no need, no weak axis).
    """
    besoins, faibles = themes_voulus(profil, reglage)
    points: Expression = Value(0)
    if besoins:
        points = points + Case(
            When(couvre(besoins), then=Value(reglage.poids_besoin)), default=Value(0)
        )
    if faibles:
        points = points + Case(
            When(couvre(faibles), then=Value(reglage.poids_axe_faible)), default=Value(0)
        )
    voulus = besoins + faibles
    return (couvre(voulus) if voulus else None), points


def points_note_sql(reglage: ReglageOrientation, champ: str = "note_moyenne") -> Expression:
    """The SQL twin of `score_note`: whole points per star, none without a rating."""
    return Coalesce(Cast(Floor(F(champ) * Value(reglage.poids_note)), IntegerField()), Value(0))


def points_si(condition: Q, points: int) -> Expression:
    return Case(When(condition, then=Value(points)), default=Value(0))


class ParPointDeCode(Collate):
    """Text ordered by code point, as Python sorts titles in `engine.rank` (and cheaper to
    sort than a linguistic collation). SQLite already compares text that way."""

    def __init__(self, expression):
        super().__init__(expression, "C")

    def as_sqlite(self, compiler, connection, **extra_context):
        return compiler.compile(self.source_expressions[0])


def meilleurs(
    queryset: QuerySet,
    points: Expression,
    reglage: ReglageOrientation,
    *,
    titre: str,
    groupe: str | None = None,
    marge: int = MARGE_CANDIDATS,
) -> list:
    """The candidates `engine.rank` could keep, ordered like it (points, then title):
    `nombre` × `marge`, at most `max_par_groupe` per group (`groupe` is an attribute of
    the rows, e.g. "organisme_id")."""
    ordre = [F("points").desc(), ParPointDeCode(F(titre)).asc(), F("pk").asc()]
    classes = queryset.annotate(points=points).order_by(*ordre)
    voulus = reglage.nombre * marge
    if not groupe:
        return list(classes[:voulus])
    return premiers_par_groupe(
        classes, ordre, groupe=groupe, par_groupe=reglage.max_par_groupe, voulus=voulus
    )


# How many rows per needed one `premiers_par_groupe` reads before falling back to the window.
PROFONDEUR = 4


def premiers_par_groupe(
    classes: QuerySet,
    ordre: list,
    *,
    groupe: str,
    par_groupe: int,
    voulus: int,
    champs: list[str] | None = None,
) -> list:
    """The first `voulus` rows of `classes` (ordered by `ordre`) keeping at most `par_groupe`
    per value of `groupe`; rows are model instances, or named tuples of `champs`.

    Ranking every row within its group (a SQL window) sorts all of them; the first rows
    overall come from a top-N sort, much cheaper, and almost always hold enough groups. So the
    first `PROFONDEUR` × `voulus` rows are read and the groups applied here; the window runs
    only when they fall short (a few groups own every first row). Same rows either way."""

    def lire(queryset):
        return queryset.values_list(*champs, named=True) if champs else queryset

    limite = voulus * PROFONDEUR
    lignes = list(lire(classes)[:limite])
    vus: Counter = Counter()
    retenues = []
    for ligne in lignes:
        cle = getattr(ligne, groupe)
        if vus[cle] < par_groupe:
            vus[cle] += 1
            retenues.append(ligne)
    if len(retenues) >= voulus or len(lignes) < limite:
        return retenues[:voulus]
    fenetre = classes.annotate(
        rang_groupe=Window(RowNumber(), partition_by=[F(groupe)], order_by=ordre)
    ).filter(rang_groupe__lte=par_groupe)
    return list(lire(fenetre)[:voulus])
