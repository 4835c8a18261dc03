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
