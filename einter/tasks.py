from celery import shared_task

from . import services


@shared_task
def envoyer_digests_leads() -> int:
    """Daily: one digest task per user who has active lead alerts."""
    user_ids = services.utilisateurs_avec_alertes()
    for user_id in user_ids:
        envoyer_digest_leads.delay(user_id)
    return len(user_ids)


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def envoyer_digest_leads(user_id: int) -> int:
    return services.envoyer_digest(user_id=user_id)
