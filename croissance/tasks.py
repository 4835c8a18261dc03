from datetime import timedelta

from celery import shared_task
from django.core.mail import EmailMultiAlternatives
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from croissance.models import Courriel

DRAIN_DELAY = timedelta(minutes=2)


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def deliver_email(courriel_id: int) -> bool:
    """Send one outbox email; running it twice sends it once."""
    with transaction.atomic():
        courriel = Courriel.objects.select_for_update().filter(pk=courriel_id).first()
        if courriel is None or courriel.envoye_le is not None:
            return False
        courriel.tentatives += 1
        message = EmailMultiAlternatives(
            subject=courriel.sujet, body=courriel.corps, to=courriel.recipients
        )
        if courriel.corps_html:
            message.attach_alternative(courriel.corps_html, "text/html")
        message.send()
        courriel.envoye_le = timezone.now()
        courriel.save(update_fields=["envoye_le", "tentatives"])
    return True


@shared_task
def drain_outbox() -> int:
    """Deliver emails left pending (broker down when they were queued)."""
    pending = Courriel.objects.filter(
        envoye_le__isnull=True, cree_le__lte=timezone.now() - DRAIN_DELAY
    ).values_list("pk", flat=True)
    return sum(deliver_email(pk) for pk in pending)


@shared_task
def clear_expired_sessions() -> None:
    call_command("clearsessions")
