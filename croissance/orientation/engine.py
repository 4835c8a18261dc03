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


def diversify(items: list[Recommandation], max_par_groupe: int) -> list[Recommandation]:
    taken: Counter[str] = Counter()
    kept = []
    for item in items:
        if item.groupe and taken[item.groupe] >= max_par_groupe:
            continue
        taken[item.groupe] += 1
        kept.append(item)
    return kept


def rank(items: Iterable[Recommandation], reglage: ReglageOrientation) -> list[Recommandation]:
    ordered = sorted(items, key=lambda r: (-r.score, r.titre, r.cle))
    return diversify(ordered, reglage.max_par_groupe)[: reglage.nombre]


def reglages(
    overrides: dict[str, ReglageOrientation] | None = None,
) -> dict[str, ReglageOrientation]:
    """Saved settings of every registered type (defaults for a type never saved)."""
    saved = {r.type: r for r in ReglageOrientation.objects.filter(type__in=_PROVIDERS)}
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
    for type, reglage in sorted(settings_by_type.items(), key=lambda i: (i[1].ordre, i[0])):
        if not reglage.actif:
            continue
        libelle, provider = _PROVIDERS[type]
        items = rank(provider(profil, reglage), reglage)
        sections.append(
            Section(type=type, libelle=reglage.libelle or libelle, recommandations=items)
        )
    return sections
