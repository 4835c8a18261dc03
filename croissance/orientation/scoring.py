"""Shared scoring rules of the providers, so that every kind weighs themes the same way."""

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
