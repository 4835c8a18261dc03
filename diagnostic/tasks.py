from celery import shared_task

from .models import Resultat
from .orientation import preparer_recommandations
from .pairs import rafraichir_agregats_pairs
from .services import generer_rapport_pdf


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def generer_rapport_pdf_task(resultat_id: int) -> None:
    resultat = (
        Resultat.objects.select_related("version__questionnaire", "niveau", "entreprise")
        .filter(pk=resultat_id)
        .first()
    )
    if resultat is not None:
        generer_rapport_pdf(resultat=resultat)


@shared_task
def rafraichir_pairs() -> int:
    """Peer averages of the results page, recomputed into the shared cache (hourly)."""
    return rafraichir_agregats_pairs()


@shared_task
def preparer_recommandations_task(resultat_id: int) -> None:
    """The results page's recommendations, computed as soon as the diagnostic is finished so
    that its first display reads them from the shared cache."""
    resultat = (
        Resultat.objects.select_related("niveau", "entreprise").filter(pk=resultat_id).first()
    )
    if resultat is not None and resultat.termine:
        preparer_recommandations(resultat)
