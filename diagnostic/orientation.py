"""What the diagnostic tells the orientation engine about an entreprise (a Profil source)."""

from .enums import StatutResultat
from .models import Resultat
from .selectors import dernier_resultat

THEME_EXPORT = "e-export"


def profil_diagnostic(entreprise) -> dict:
    """Profil fields from the entreprise's latest maturity diagnostic. Empty when it has none."""
    resultat = dernier_resultat(entreprise)
    return profil_du_resultat(resultat) if resultat else {}


def profil_du_resultat(resultat) -> dict:
    """Profil fields from one result: scores per theme (the theme of each axis), level rank
    (1–4), Digital Intensity Index, declared needs (themes), export intent and commerce
    connecté."""
    besoins = frozenset(b.theme_id for b in resultat.besoins.all() if b.theme_id)
    export = THEME_EXPORT in besoins or (
        resultat.entreprise_id is not None
        and Resultat.objects.filter(
            entreprise_id=resultat.entreprise_id,
            statut=StatutResultat.TERMINE,
            version__questionnaire__slug=THEME_EXPORT,
        ).exists()
    )
    return {
        "scores": {
            (score.axe.theme_id or score.axe.slug): score.score
            for score in resultat.scores.select_related("axe")
        },
        "niveau": resultat.niveau.rang if resultat.niveau else None,
        "intensite": resultat.dii,
        "besoins": besoins,
        "export": export,
        "commerce_connecte": resultat.commerce_connecte,
    }
