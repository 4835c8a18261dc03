"""Periodic tasks (declared in settings.CELERY_BEAT_SCHEDULE): thin, idempotent."""

from celery import shared_task

from . import services


@shared_task(autoretry_for=(Exception,), retry_backoff=True, max_retries=3)
def rappels_label():
    """Label expiry reminders (60 and 15 days before) and expiry of past labels."""
    rappels, expires = services.labels_rappeler_et_expirer()
    return {"rappels": rappels, "expires": expires}


@shared_task(autoretry_for=(Exception,), retry_backoff=True, max_retries=3)
def relances_demandes():
    """Remind connecteurs of requests nobody took on; escalate old ones to mission staff."""
    relances, escalades = services.demandes_relancer()
    return {"relances": relances, "escalades": escalades}
