from celery import shared_task

from . import services


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=3)
def inviter_participants_a_noter() -> int:
    """Daily: ask participants of sessions that ended to rate them (each once)."""
    return services.inviter_a_noter()
