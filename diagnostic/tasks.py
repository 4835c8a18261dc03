from celery import shared_task

from .models import Resultat
from .selectors import rafraichir_agregats_pairs
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
