"""Outgoing emails.

Every email is first written to the outbox (`Courriel`) inside the caller's transaction, so
a rolled-back change sends nothing; once committed, a Celery task delivers it. If the broker
is unreachable the user's action still succeeds: the periodic `drain_outbox` task sends what
is left.
"""

import logging

from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)


def send_templated_email(*, to: list[str] | str, template: str, context: dict) -> None:
    """Render `<template>_subject.txt`, `<template>.txt` (and `.html` if present), then queue."""
    recipients = [to] if isinstance(to, str) else list(to)
    subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
    body = render_to_string(f"{template}.txt", context)
    queue_message(EmailMessage(subject=subject, body=body, to=recipients))


def queue_message(message: EmailMessage) -> None:
    from croissance.models import Courriel

    html = ""
    if isinstance(message, EmailMultiAlternatives):
        html = next((c for c, mime in message.alternatives if mime == "text/html"), "")
    courriel = Courriel.objects.create(
        destinataires=", ".join(message.to),
        sujet=message.subject,
        corps=message.body,
        corps_html=html,
    )
    transaction.on_commit(lambda: enqueue_delivery(courriel.pk))


def enqueue_delivery(courriel_id: int) -> None:
    from croissance.tasks import deliver_email

    try:
        deliver_email.apply_async(args=[courriel_id], retry=False)
    except Exception:  # broker down: the outbox keeps the email for drain_outbox
        logger.warning("Courriel %s en attente : file de tâches injoignable.", courriel_id)
