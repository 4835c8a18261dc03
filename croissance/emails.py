"""Outgoing emails.

Every email is first written to the outbox (`Courriel`) inside the caller's transaction, so
a rolled-back change sends nothing; once committed, a Celery task delivers it. If the broker
is unreachable the user's action still succeeds: the periodic `drain_outbox` task sends what
is left.

Subjects and plain-text bodies are rendered without HTML escaping (`render_text`): a firm
named « L'Atelier & Fils » reads so in the email, not « L&#x27;Atelier &amp; Fils ». Only an
HTML alternative, when a template has one, is escaped.
"""

import logging

from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.db import transaction
from django.template import Context, Engine, TemplateDoesNotExist
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)


def render_text(template_name: str, context: dict) -> str:
    """Render a plain-text template (subject or body) with autoescaping off.

    The project's template engine and loaders, with a context that does not escape: the
    templates it extends or includes are rendered the same way.
    """
    template = Engine.get_default().get_template(template_name)
    return template.render(Context(context, autoescape=False))


def render_subject(template_name: str, context: dict) -> str:
    """A subject is one line: the template's line breaks and runs of spaces are dropped."""
    return " ".join(render_text(template_name, context).split())


def compose_email(
    *,
    to: list[str] | str,
    subject_template: str,
    body_template: str,
    html_template: str | None = None,
    context: dict,
    subject_prefix: str = "",
    headers: dict[str, str] | None = None,
) -> EmailMessage:
    """The message of an email: plain-text subject and body, and the escaped HTML
    alternative when `html_template` exists."""
    recipients = [to] if isinstance(to, str) else list(to)
    subject = subject_prefix + render_subject(subject_template, context)
    body = render_text(body_template, context).strip() + "\n"
    html = ""
    if html_template:
        try:
            html = render_to_string(html_template, context)
        except TemplateDoesNotExist:
            html = ""
    if not html:
        return EmailMessage(subject=subject, body=body, to=recipients, headers=headers)
    message = EmailMultiAlternatives(subject=subject, body=body, to=recipients, headers=headers)
    message.attach_alternative(html, "text/html")
    return message


def send_templated_email(
    *, to: list[str] | str, template: str, context: dict, headers: dict[str, str] | None = None
) -> None:
    """Render `<template>_subject.txt` and `<template>.txt` (and `.html` if present), then
    queue."""
    queue_message(
        compose_email(
            to=to,
            subject_template=f"{template}_subject.txt",
            body_template=f"{template}.txt",
            html_template=f"{template}.html",
            context=context,
            headers=headers,
        )
    )


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
        entetes=dict(message.extra_headers),
    )
    transaction.on_commit(lambda: enqueue_delivery(courriel.pk))


def enqueue_delivery(courriel_id: int) -> None:
    from croissance.tasks import deliver_email

    try:
        deliver_email.apply_async(args=[courriel_id], retry=False)
    except Exception:  # broker down: the outbox keeps the email for drain_outbox
        logger.warning("Courriel %s en attente : file de tâches injoignable.", courriel_id)
