"""What the portal knows of an SME, as the orientation engine reads it."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Profil:
    """Built from an entreprise and, when there is one, its latest diagnostic.

    `scores` maps a theme slug (diagnostic axis) to a 0–100 score; `besoins` are the theme
    slugs of what the manager wants to do; `pays_cibles` the ISO codes (upper case) of the
    countries the manager targets abroad; `niveau` is the maturity level (1 to 4) and
    `intensite` the EU Digital Intensity Index (0 to 12).
    """

    entreprise_id: int | None = None
    region: str | None = None
    departement: str | None = None
    naf: str | None = None
    section: str | None = None
    division: str | None = None
    effectif: int | None = None
    categorie: str | None = None
    date_creation: date | None = None
    pure_player: bool = False
    activite: str | None = None
    surface_vente_m2: int | None = None
    scores: Mapping[str, int] = field(default_factory=dict)
    niveau: int | None = None
    intensite: int | None = None
    besoins: frozenset[str] = frozenset()
    export: bool = False
    pays_cibles: frozenset[str] = frozenset()
    commerce_connecte: bool = False

    @classmethod
    def from_entreprise(cls, entreprise, **diagnostic) -> "Profil":
        naf = entreprise.naf_id or None
        return cls(
            entreprise_id=entreprise.pk,
            region=entreprise.region_id,
            departement=entreprise.departement_id,
            naf=naf,
            section=entreprise.naf.section if naf else None,
            division=naf[:2] if naf else None,
            effectif=entreprise.effectif,
            categorie=entreprise.categorie,
            date_creation=entreprise.date_creation,
            pure_player=entreprise.pure_player,
            activite=entreprise.activite,
            surface_vente_m2=entreprise.surface_vente_m2,
            **diagnostic,
        )

    def age_annees(self, today: date) -> int | None:
        if self.date_creation is None:
            return None
        years = today.year - self.date_creation.year
        before_birthday = (today.month, today.day) < (
            self.date_creation.month,
            self.date_creation.day,
        )
        return years - before_birthday

    def axes_faibles(self, seuil: int) -> list[str]:
        """Axes scored under `seuil`, weakest first (ties by name, for a stable order)."""
        return [
            axe
            for axe, score in sorted(self.scores.items(), key=lambda i: (i[1], i[0]))
            if score < seuil
        ]


# Apps that know more about an SME (the diagnostic: scores, level, needs…) register a source:
# source(entreprise) -> dict of Profil fields.
_SOURCES = []


def register_source(source) -> None:
    if source not in _SOURCES:
        _SOURCES.append(source)


def build_profil(entreprise) -> Profil:
    data = {}
    for source in _SOURCES:
        data.update(source(entreprise))
    return Profil.from_entreprise(entreprise, **data)
