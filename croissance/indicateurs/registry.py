"""Registry of indicator sections.

Each app declares its sections in its own `indicateurs.py` (autodiscovered), so the core
imports no app. A section computes tables from database aggregates for a `Perimetre`.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.db.models.functions import TruncMonth, TruncQuarter

PAS_MOIS = "mois"
PAS_TRIMESTRE = "trimestre"


@dataclass(frozen=True)
class Perimetre:
    """What the figures cover: regions (None = the whole country) and a period."""

    regions: tuple[str, ...] | None = None
    debut: date | None = None
    fin: date | None = None
    pas: str = PAS_MOIS

    @property
    def national(self) -> bool:
        return self.regions is None

    def filtrer(self, qs, *, region: str | None = None, date_field: str | None = None):
        """Restrict `qs` by region (lookup to a region code) and period (date lookup)."""
        if region and self.regions is not None:
            qs = qs.filter(**{f"{region}__in": self.regions})
        if date_field and self.debut:
            qs = qs.filter(**{f"{date_field}__date__gte": self.debut})
        if date_field and self.fin:
            qs = qs.filter(**{f"{date_field}__date__lte": self.fin})
        return qs

    def tronquer(self, date_field: str):
        """Expression bucketing `date_field` by month or quarter."""
        return (TruncQuarter if self.pas == PAS_TRIMESTRE else TruncMonth)(date_field)

    def libelle_periode(self, valeur) -> str:
        if valeur is None:
            return "Date inconnue"
        if self.pas == PAS_TRIMESTRE:
            return f"T{(valeur.month - 1) // 3 + 1} {valeur.year}"
        return f"{valeur.month:02d}/{valeur.year}"


@dataclass
class Tableau:
    """A table of figures; `barre` is the index of the column drawn as a bar."""

    slug: str
    titre: str
    colonnes: list[str]
    lignes: list[list] = field(default_factory=list)
    barre: int | None = None
    unite_barre: str = ""
    note: str = ""
    public: bool = True

    def as_dict(self) -> dict:
        return {
            "slug": self.slug,
            "titre": self.titre,
            "colonnes": self.colonnes,
            "lignes": [[_jsonable(cell) for cell in ligne] for ligne in self.lignes],
            "barre": self.barre,
            "unite_barre": self.unite_barre,
            "note": self.note,
            "public": self.public,
        }


def _jsonable(value):
    if isinstance(value, Decimal):
        return str(value.quantize(Decimal("0.01")))
    if isinstance(value, date):
        return value.isoformat()
    return value


def part(numerateur, denominateur) -> float:
    """A percentage with one decimal (0 when nothing to divide)."""
    if not denominateur:
        return 0.0
    return round(100 * float(numerateur or 0) / float(denominateur), 1)


@dataclass(frozen=True)
class Section:
    slug: str
    titre: str
    calculer: Callable[[Perimetre], list[Tableau]]
    ordre: int = 50
    description: str = ""


_SECTIONS: dict[str, Section] = {}


def register(*, slug: str, titre: str, ordre: int = 50, description: str = ""):
    """Decorator for `def calculer(perimetre) -> list[Tableau]` in an app's indicateurs.py."""

    def decorator(fonction):
        _SECTIONS[slug] = Section(slug, titre, fonction, ordre, description)
        return fonction

    return decorator


def sections() -> list[Section]:
    return sorted(_SECTIONS.values(), key=lambda s: (s.ordre, s.slug))
