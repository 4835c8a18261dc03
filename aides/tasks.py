from celery import shared_task

from . import services


@shared_task(autoretry_for=(Exception,), retry_backoff=True, max_retries=5)
def relancer_avis_en_retard() -> int:
    """Daily: remind labelled connecteurs and experts of opinions not given in time."""
    return services.avis_relancer_en_retard()
