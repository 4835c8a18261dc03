"""The orientation engine: every app registers a provider; the engine asks them all,
ranks, keeps diversity, and explains.

A provider is `provider(profil, reglage) -> Iterable[Recommandation]`. It returns only what
it may recommend (serves the firm's region or is national, open now, published, eligible…)
with a score and the reasons a manager understands. The engine is deterministic: same
profile and data, same list.
"""

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.core.cache import cache
from django.utils import timezone

from croissance import fragments

from .models import ReglageOrientation
from .profil import Profil


@dataclass(frozen=True)
class Recommandation:
    type: str
    cle: str  # stable identity, e.g. "aides:12", used to break ties
    titre: str
    url: str
    score: int
    raisons: tuple[str, ...]
    groupe: str = ""  # e.g. the structure: at most `max_par_groupe` per group
    detail: str = ""  # e.g. "6 000 €", "Labellisé"
    # The organisation behind it, across kinds ("siren:…"): a structure that is both a
    # connecteur and a referenced provider is recommended once, in the first section.
    structure: str = ""


@dataclass(frozen=True)
class Section:
    type: str
    libelle: str
    recommandations: list[Recommandation]


Provider = Callable[[Profil, ReglageOrientation], Iterable[Recommandation]]

_PROVIDERS: dict[str, tuple[str, Provider]] = {}


def register(type: str, libelle: str, provider: Provider) -> None:
    """Called from an app's AppConfig.ready()."""
    _PROVIDERS[type] = (libelle, provider)


def registered_types() -> dict[str, str]:
    return {type: libelle for type, (libelle, _provider) in _PROVIDERS.items()}


def _meme_titre(titre: str) -> str:
    return " ".join(titre.casefold().split())


def diversify(items: list[Recommandation], max_par_groupe: int) -> list[Recommandation]:
    """At most `max_par_groupe` per group, and each title once (the same training offered by
    two organisations is one card, the better ranked)."""
    taken: Counter[str] = Counter()
    titres: set[str] = set()
    kept = []
    for item in items:
        if item.groupe and taken[item.groupe] >= max_par_groupe:
            continue
        if _meme_titre(item.titre) in titres:
            continue
        taken[item.groupe] += 1
        titres.add(_meme_titre(item.titre))
        kept.append(item)
    return kept


def rank(items: Iterable[Recommandation], reglage: ReglageOrientation) -> list[Recommandation]:
    ordered = sorted(items, key=lambda r: (-r.score, r.titre, r.cle))
    return diversify(ordered, reglage.max_par_groupe)[: reglage.nombre]


def reglages(
    overrides: dict[str, ReglageOrientation] | None = None,
) -> dict[str, ReglageOrientation]:
    """Saved settings of every registered type (defaults for a type never saved), kept in the
    shared cache under the version that saving them bumps (`reglages_enregistres`)."""
    saved = cache.get_or_set(
        f"orientation:reglages:{fragments.version(VERSION_REGLAGES)}",
        lambda: {r.type: r for r in ReglageOrientation.objects.filter(type__in=_PROVIDERS)},
        timeout=24 * 3600,
    )
    result = {
        type: saved.get(type) or ReglageOrientation(type=type, libelle=libelle)
        for type, libelle in registered_types().items()
    }
    result.update(overrides or {})
    return result


def recommander(
    profil: Profil, *, overrides: dict[str, ReglageOrientation] | None = None
) -> list[Section]:
    """Ranked, explained recommendations of every kind for `profil`.

    `overrides` lets the admin preview unsaved weights.
    """
    sections = []
    settings_by_type = reglages(overrides)
    structures: set[str] = set()  # organisations already recommended in an earlier section
    for type, reglage in sorted(settings_by_type.items(), key=lambda i: (i[1].ordre, i[0])):
        if not reglage.actif:
            continue
        libelle, provider = _PROVIDERS[type]
        items = rank(
            (item for item in provider(profil, reglage) if item.structure not in structures),
            reglage,
        )
        structures.update(item.structure for item in items if item.structure)
        sections.append(
            Section(type=type, libelle=reglage.libelle or libelle, recommandations=items)
        )
    return sections


def structure_de(siret: str) -> str:
    """The cross-kind identity of an organisation: its SIREN, when its SIRET is known."""
    return f"siren:{siret[:9]}" if siret else ""


# --- shared cache of the recommendations shown on pages -------------------------------------
#
# A page shows the recommendations of a finished diagnostic result, which never changes; what
# moves is the recommendable data (aids opened or closed, connecteurs labelled, resources
# published) and the weights. The cache key holds the day (an aid closing tonight leaves
# tomorrow's lists) and a version bumped whenever mission staff save the weights; within a
# day, an offer published or withdrawn shows up after at most `RECOMMANDATIONS_CACHE_SECONDS`,
# which staff accept (a list of offers, not a decision). Nothing private is shared: the key
# is the result's, read only after its owner was checked.
RECOMMANDATIONS_CACHE_SECONDS = 10 * 60
VERSION = "orientation"  # a croissance.fragments version: pages that show the lists use it too
VERSION_REGLAGES = "orientation:reglages"  # the settings alone (an offer withdrawn keeps them)


def invalider_cache() -> None:
    """Every cached list is recomputed on its next display (an offer was withdrawn)."""
    fragments.nouvelle_version(VERSION)


def reglages_enregistres() -> None:
    """The settings are read again, and every list computed with the old ones."""
    fragments.nouvelle_version(VERSION_REGLAGES)
    invalider_cache()


def _cle_cache(cle: str) -> str:
    version = fragments.version(VERSION)
    return f"orientation:{version}:{timezone.localdate():%Y%m%d}:{cle}"


def recommander_en_cache(cle: str, profil: Callable[[], Profil]) -> list[Section]:
    """`recommander(profil())`, shared for a few minutes under `cle` (e.g. "resultat:12")."""
    return cache.get_or_set(
        _cle_cache(cle), lambda: recommander(profil()), timeout=RECOMMANDATIONS_CACHE_SECONDS
    )


def mettre_en_cache(cle: str, profil: Profil) -> None:
    """Compute now what `recommander_en_cache(cle, …)` will serve (e.g. in a task, so that a
    page's first display does not pay for the engine), replacing any older list."""
    cache.set(_cle_cache(cle), recommander(profil), timeout=RECOMMANDATIONS_CACHE_SECONDS)
