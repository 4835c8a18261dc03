import hashlib
import json

from croissance.comptes.enums import Role
from croissance.referentiels.models import Region

from . import registry
from .models import NATIONAL, Instantane

# The dashboard's body is rendered once per snapshot version (croissance.fragments), bumped
# whenever a snapshot is written or deleted (signals in apps.py).
VERSION_INSTANTANES = "instantanes"


def cle_tableau_de_bord(user, parametres) -> str | None:
    """Cache key of a dashboard display that shows the latest snapshot of one perimeter: the
    role, the regions the user instruit (read with the user) and the filters as asked; the
    view stores a body under it only once these filters passed its permission check, so a
    key finds only what the same role and regions were allowed. None when the display
    computes its figures now (a period, a quarterly step, several regions at once)."""
    if (
        parametres.get("debut")
        or parametres.get("fin")
        or parametres.get("pas") == registry.PAS_TRIMESTRE
    ):
        return None
    national = user.role == Role.MISSION
    if not national and not parametres.get("region") and len(user.codes_regions) != 1:
        return None
    perimetre = "mission" if national else "-".join(user.codes_regions)
    demande = hashlib.sha256(json.dumps(sorted(parametres.lists())).encode()).hexdigest()[:32]
    return f"indicateurs:tableau:{perimetre}:{demande}"


def cle_perimetre(region: str | None) -> str:
    return region or NATIONAL


def calculer(perimetre: registry.Perimetre) -> list[dict]:
    """Every registered section, computed now (a fixed number of aggregate queries)."""
    return [
        {
            "slug": section.slug,
            "titre": section.titre,
            "description": section.description,
            "tableaux": [tableau.as_dict() for tableau in section.calculer(perimetre)],
        }
        for section in registry.sections()
    ]


def dernier_instantane(region: str | None) -> Instantane | None:
    return (
        Instantane.objects.filter(perimetre=cle_perimetre(region))
        .order_by("-calcule_le", "-pk")
        .first()
    )


def regions_visibles(user):
    """Regions whose figures `user` may see (mission staff: all)."""
    if user.role == Role.MISSION:
        return Region.objects.order_by("nom")
    if user.role == Role.INSTRUCTEUR:
        return Region.objects.filter(code__in=user.codes_regions).order_by("nom")
    return Region.objects.none()


def publiques(sections: list[dict]) -> list[dict]:
    """Only the tables flagged public (for the open-data page and the API)."""
    resultat = []
    for section in sections:
        tableaux = [t for t in section["tableaux"] if t.get("public", True)]
        if tableaux:
            resultat.append({**section, "tableaux": tableaux})
    return resultat


def trouver_tableau(sections: list[dict], section_slug: str, tableau_slug: str) -> dict | None:
    for section in sections:
        if section["slug"] == section_slug:
            for tableau in section["tableaux"]:
                if tableau["slug"] == tableau_slug:
                    return tableau
    return None
