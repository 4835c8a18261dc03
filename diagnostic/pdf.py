"""PDF report of a result: an HTML template printed as a tagged PDF (croissance.pdf)."""

from django.conf import settings

from croissance.pdf import rendre_pdf

from .enums import NiveauDII
from .models import Resultat
from .orientation import recommandations_du_resultat


def rapport_pdf(resultat: Resultat) -> bytes:
    version = resultat.version
    scores = list(resultat.scores.select_related("axe").order_by("axe__ordre"))
    indicateurs = [
        {"numero": i.numero, "libelle": i.libelle, "atteint": i.numero in resultat.indicateurs_dii}
        for i in version.indicateurs_dii.all()
    ]
    return rendre_pdf(
        "diagnostic/rapport.html",
        {
            "resultat": resultat,
            "questionnaire": version.questionnaire,
            "version": version,
            "scores": scores,
            "conseils": [score for score in scores if score.axe.conseil],
            "indicateurs": indicateurs,
            "niveau_dii": NiveauDII(resultat.niveau_dii).label if resultat.niveau_dii else "",
            # the results page's recommendations, with their reasons and full addresses
            "recommandations": [
                section
                for section in recommandations_du_resultat(resultat)
                if section.recommandations
            ],
            "site_url": settings.SITE_URL.rstrip("/"),
        },
        titre=f"Diagnostic – {version.questionnaire.titre}",
    )
