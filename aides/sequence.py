"""The steps an SME goes through to complete its application file, in order."""

from dataclasses import dataclass

from .enums import NatureDocument


@dataclass(frozen=True)
class Etape:
    slug: str
    titre: str


ETAPES = (
    Etape("projet", "Votre projet"),
    Etape("depenses", "Les dépenses"),
    Etape("pieces", "Les pièces justificatives"),
    Etape("connecteur", "Le connecteur qui vous accompagne"),
    Etape("recapitulatif", "Récapitulatif et dépôt"),
)
SLUGS = [etape.slug for etape in ETAPES]


def etape(slug: str) -> Etape | None:
    return next((e for e in ETAPES if e.slug == slug), None)


def voisine(slug: str, pas: int) -> str | None:
    """The step `pas` after (1) or before (-1) this one."""
    index = SLUGS.index(slug) + pas
    return SLUGS[index] if 0 <= index < len(SLUGS) else None


def stepper(slug: str) -> dict:
    """What the DSFR stepper shows (templates/includes/stepper.html)."""
    numero = SLUGS.index(slug) + 1
    suivante = etape(voisine(slug, 1) or "")
    return {
        "titre": etape(slug).titre,
        "numero": numero,
        "total": len(ETAPES),
        "suivant": suivante.titre if suivante else "",
        "precedente": voisine(slug, -1),
        "suivante": suivante.slug if suivante else None,
    }


def etape_a_reprendre(dossier) -> str:
    """Where a draft left off: the first step with nothing in it, else the summary."""
    if not dossier.lignes.exists():
        return "depenses"
    if not dossier.documents.filter(nature=NatureDocument.DEVIS).exists():
        return "pieces"
    return "recapitulatif"
