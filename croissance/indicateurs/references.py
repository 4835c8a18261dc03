"""The European figures the portal quotes, each with its year and source.

The home page and the diagnostic result read them through the `references` template tags; the
demo's EU reference of the indicators (`ReferenceUE`, editable in the admin) starts from
`VENTE_EN_LIGNE`. Eurostat runs its survey on ICT usage in enterprises every year and publishes
it in its "Digital economy and society" database: docs/indicateurs.md lists where each figure
is published and how to update this module.
"""

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Comparaison:
    """A share of enterprises (in %), in France and on average in the EU-27, for one year."""

    libelle: str
    ue: Decimal
    france: Decimal | None
    annee: int
    source: str


SITE_WEB = Comparaison(
    libelle="Entreprises de 10 à 49 salariés ayant un site internet",
    ue=Decimal("76"),
    france=Decimal("65"),
    annee=2023,
    source="Eurostat, enquête sur l'usage des TIC dans les entreprises, reprise par l'Insee "
    "(« Économie et société à l'ère du numérique », édition 2025)",
)

INTENSITE_NUMERIQUE = Comparaison(
    libelle="PME (10 à 249 salariés) ayant au moins un niveau de base d'intensité numérique",
    ue=Decimal("57.7"),
    france=Decimal("52"),
    annee=2023,
    source="Eurostat (isoc_e_dii) ; Commission européenne, rapport 2024 sur l'état de la "
    "décennie numérique",
)

# Eurostat only publishes the EU average by size class; France is left out rather than compared
# with a figure built another way.
VENTE_EN_LIGNE = Comparaison(
    libelle="Petites entreprises de l'UE (10 à 49 salariés) ayant vendu en ligne",
    ue=Decimal("21.9"),
    france=None,
    annee=2023,
    source="Eurostat, enquête TIC entreprises 2024 (isoc_ec_esels)",
)

# The Digital Decade target: share of EU SMEs at a basic level of digital intensity by 2030.
OBJECTIF_INTENSITE = {"valeur": 90, "annee": 2030}

# The advisory report's starting point (report of 2017, figures of 2015): history, kept as it
# was written and never updated.
RAPPORT_2017 = {
    "annee": 2015,
    "site_web_france": "2 PME sur 3",
    "site_web_ue": "3 sur 4",
    "vente_en_ligne_france": "1 PME sur 8",
}


def chiffres() -> dict:
    return {
        "site_web": SITE_WEB,
        "intensite": INTENSITE_NUMERIQUE,
        "vente_en_ligne": VENTE_EN_LIGNE,
        "objectif_intensite": OBJECTIF_INTENSITE,
        "rapport_2017": RAPPORT_2017,
    }
