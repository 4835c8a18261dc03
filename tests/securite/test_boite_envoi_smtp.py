"""The outbox drains whatever one message does: a real SMTP server on loopback (started by the
test) refuses one recipient; the emails around it are delivered, the refused one counts its
attempts, waits longer each time, and is set aside after the maximum, re-sent from the admin."""

import socket
from datetime import timedelta

import pytest
from aiosmtpd.controller import Controller
from django.urls import reverse
from django.utils import timezone

from croissance.models import Courriel
from croissance.tasks import drain_outbox

pytestmark = pytest.mark.django_db

REFUSE = "adresse.inconnue@exemple.test"


class Serveur:
    """Keeps what it receives; answers 550 for the refused address."""

    def __init__(self):
        self.recus = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address == REFUSE:
            return "550 5.1.1 Destinataire inconnu"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.recus.append((envelope.rcpt_tos, envelope.content.decode("utf-8", "replace")))
        return "250 Message accepted"


@pytest.fixture
def smtp(settings):
    with socket.socket() as sonde:
        sonde.bind(("127.0.0.1", 0))
        port = sonde.getsockname()[1]
    serveur = Serveur()
    controleur = Controller(serveur, hostname="127.0.0.1", port=port)
    controleur.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 5
    settings.OUTBOX_MAX_TENTATIVES = 3
    yield serveur
    controleur.stop()


def _courriel(destinataire, sujet, il_y_a_minutes):
    courriel = Courriel.objects.create(destinataires=destinataire, sujet=sujet, corps="Bonjour.")
    Courriel.objects.filter(pk=courriel.pk).update(
        cree_le=timezone.now() - timedelta(minutes=il_y_a_minutes)
    )
    return courriel


def _plus_tard(minutes):
    """Move every retry date back, as if `minutes` had passed."""
    for courriel in Courriel.objects.exclude(prochain_essai_le=None):
        courriel.prochain_essai_le -= timedelta(minutes=minutes)
        courriel.save(update_fields=["prochain_essai_le"])


def test_one_refused_recipient_never_blocks_the_others(smtp, client, mission_marc):
    refuse = _courriel(REFUSE, "Votre demande", 30)  # the oldest: drained first
    _courriel("claire@connecteur.test", "Nouvelle demande d'entreprise", 20)
    _courriel("alice@pme.test", "Accusé de réception", 10)

    assert drain_outbox() == 2
    assert sorted(destinataires[0] for destinataires, _ in smtp.recus) == [
        "alice@pme.test",
        "claire@connecteur.test",
    ]
    refuse.refresh_from_db()
    assert refuse.envoye_le is None and refuse.tentatives == 1
    assert "Destinataire inconnu" in refuse.derniere_erreur
    premier_delai = refuse.prochain_essai_le - timezone.now()

    assert drain_outbox() == 0  # waits for its delay
    refuse.refresh_from_db()
    assert refuse.tentatives == 1

    _plus_tard(1)
    drain_outbox()
    refuse.refresh_from_db()
    assert refuse.tentatives == 2
    assert refuse.prochain_essai_le - timezone.now() > premier_delai  # it backs off

    _plus_tard(2)
    drain_outbox()
    refuse.refresh_from_db()
    assert refuse.tentatives == 3 and refuse.mis_de_cote_le is not None
    _plus_tard(60)
    assert drain_outbox() == 0 and Courriel.objects.get(pk=refuse.pk).tentatives == 3

    # visible and re-sendable in the admin
    client.force_login(mission_marc)
    liste = client.get(
        reverse("admin:croissance_courriel_changelist"), {"mis_de_cote_le__isnull": "False"}
    )
    assert REFUSE in liste.content.decode()
    client.post(
        reverse("admin:croissance_courriel_changelist"),
        {"action": "renvoyer", "_selected_action": [refuse.pk]},
    )
    refuse.refresh_from_db()
    assert refuse.mis_de_cote_le is None and refuse.tentatives == 0
    assert drain_outbox() == 0  # the address is still refused: counted again, not sent
    refuse.refresh_from_db()
    assert refuse.tentatives == 1 and len(smtp.recus) == 2
