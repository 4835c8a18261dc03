import logging
from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.core.management import call_command
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from croissance.models import Courriel

DRAIN_DELAY = timedelta(minutes=2)
logger = logging.getLogger(__name__)


def _message(courriel: Courriel) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=courriel.sujet,
        body=courriel.corps,
        to=courriel.recipients,
        headers=courriel.entetes or None,
    )
    if courriel.corps_html:
        message.attach_alternative(courriel.corps_html, "text/html")
    return message


def _noter_echec(courriel: Courriel, erreur: Exception) -> None:
    """An attempt failed: it counts, and the next one waits twice as long as the last
    (1, 2, 4… minutes); after OUTBOX_MAX_TENTATIVES the email is set aside."""
    maintenant = timezone.now()
    courriel.derniere_erreur = f"{type(erreur).__name__} : {erreur}"[:1000]
    if courriel.tentatives >= settings.OUTBOX_MAX_TENTATIVES:
        courriel.mis_de_cote_le = maintenant
        courriel.prochain_essai_le = None
    else:
        courriel.prochain_essai_le = maintenant + timedelta(minutes=2 ** (courriel.tentatives - 1))
    courriel.save(
        update_fields=["tentatives", "derniere_erreur", "mis_de_cote_le", "prochain_essai_le"]
    )


@shared_task
def deliver_email(courriel_id: int) -> bool:
    """Send one outbox email, in its own transaction and under its own row lock: running it
    twice sends it once, and a failure is recorded on this email only (never raised)."""
    with transaction.atomic():
        courriel = Courriel.objects.select_for_update().filter(pk=courriel_id).first()
        if courriel is None or courriel.envoye_le or courriel.mis_de_cote_le:
            return False
        courriel.tentatives += 1
        try:
            _message(courriel).send()
        except OSError as erreur:  # smtplib's errors, a refused recipient included
            _noter_echec(courriel, erreur)
            logger.warning(
                "Courriel %s non envoyé (essai %s) : %s", courriel.pk, courriel.tentatives, erreur
            )
            return False
        courriel.envoye_le = timezone.now()
        courriel.prochain_essai_le = None
        courriel.save(update_fields=["envoye_le", "tentatives", "prochain_essai_le"])
    return True


def courriels_a_envoyer():
    """Emails the drain may try now: not sent, not set aside, past their retry delay, and
    older than DRAIN_DELAY (younger ones are still on their way through the broker)."""
    maintenant = timezone.now()
    return (
        Courriel.objects.filter(
            envoye_le__isnull=True,
            mis_de_cote_le__isnull=True,
            cree_le__lte=maintenant - DRAIN_DELAY,
        )
        .filter(Q(prochain_essai_le__isnull=True) | Q(prochain_essai_le__lte=maintenant))
        .order_by("cree_le")
    )


@shared_task
def drain_outbox() -> int:
    """Deliver emails left pending, each on its own: one that fails never stops the others.
    The number sent."""
    return sum(deliver_email(pk) for pk in courriels_a_envoyer().values_list("pk", flat=True))


@shared_task
def clear_expired_sessions() -> None:
    call_command("clearsessions")
