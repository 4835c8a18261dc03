"""What the diagnostic tells the orientation engine about an entreprise (a Profil source)."""

from .enums import StatutResultat
from .models import Resultat
from .selectors import dernier_resultat

THEME_EXPORT = "e-export"


def profil_diagnostic(entreprise) -> dict:
    """Profil fields from the entreprise's latest maturity diagnostic: scores per theme (the
    theme of each axis), level rank (1–4), Digital Intensity Index, declared needs (themes),
    export intent and commerce connecté. Empty when it has none."""
    resultat = dernier_resultat(entreprise)
    if resultat is None:
        return {}
    besoins = frozenset(b.theme_id for b in resultat.besoins.all() if b.theme_id)
    export = THEME_EXPORT in besoins or (
        Resultat.objects.filter(
            entreprise=entreprise,
            statut=StatutResultat.TERMINE,
            version__questionnaire__slug=THEME_EXPORT,
        ).exists()
    )
    return {
        "scores": {
            (score.axe.theme_id or score.axe.slug): score.score for score in resultat.scores.all()
        },
        "niveau": resultat.niveau.rang if resultat.niveau else None,
        "intensite": resultat.dii,
        "besoins": besoins,
        "export": export,
        "commerce_connecte": resultat.commerce_connecte,
    }
