"""A real Redis stops: the user's request still succeeds, its emails wait in the outbox, and
once Redis is back the periodic drain delivers each of them exactly once.

The test starts its own redis-server on a free port (never the shared one) and points the
Celery broker at it; it runs with the broker tests (CELERY_BROKER_URL set, PostgreSQL CI)."""

import shutil
import socket
import subprocess
import time
from datetime import timedelta

import pytest
from celery.contrib.testing.worker import start_worker
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from croissance.celery import app
from croissance.models import Courriel
from croissance.tasks import drain_outbox
from tests.connecteurs.factories import ConnecteurFactory
from tests.einter.test_expert import FORMULAIRE
from tests.factories import UserFactory

pytestmark = [pytest.mark.celery_worker, pytest.mark.django_db(transaction=True)]


class PrivateRedis:
    def __init__(self):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
            + ["--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )
        for _ in range(100):
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.05)
        raise RuntimeError("redis-server n'a pas démarré")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


def _use_broker(url):
    """Point Celery at another broker (None: back to the configured one). The read and write
    URLs are the ones set: `broker_url` yields to the CELERY_BROKER_URL environment variable,
    which the broker test run sets. The app's pools were built for the old broker: they are
    dropped, not closed (kombu keeps a pool per broker that later tests reuse)."""
    app.conf.broker_read_url = url
    app.conf.broker_write_url = url
    app._pool = None
    app.amqp._producer_pool = None


@pytest.fixture
def redis_prive():
    if not shutil.which("redis-server"):
        pytest.skip("redis-server introuvable")
    redis = PrivateRedis()
    redis.start()
    _use_broker(redis.url)
    yield redis
    _use_broker(None)
    if redis.process.poll() is None:
        redis.stop()


def test_a_request_survives_redis_down_and_its_emails_leave_once_when_back(
    client, pme_alice, entreprise_alice, redis_prive
):
    expert = ConnecteurFactory(nom="Experts export Bretagne", themes=["e-export"])
    expert.membres.add(UserFactory(connecteur=True, email="expert@export.test"))
    client.force_login(pme_alice)

    redis_prive.stop()
    envoi = {"etape": "envoyer", "proposes": [expert.pk], "gardes": [expert.pk]}
    response = client.post(
        reverse("einter:expert"), {**FORMULAIRE, **envoi, "entreprise": entreprise_alice.pk}
    )

    assert response.status_code == 302  # the user's request went through
    en_attente = Courriel.objects.filter(envoye_le__isnull=True)
    assert en_attente.filter(destinataires__contains="expert@export.test").exists()
    assert mail.outbox == []

    redis_prive.start()
    # the drain leaves alone what was queued less than DRAIN_DELAY ago: let that time pass
    Courriel.objects.update(cree_le=timezone.now() - timedelta(minutes=5))
    attendus = sorted(en_attente.values_list("sujet", flat=True))
    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=30):
        assert app.connection_for_write().as_uri().endswith(f":{redis_prive.port}/0")
        drain_outbox.delay()  # through the restarted Redis, to a worker
        for _ in range(100):
            if not en_attente.exists():
                break
            time.sleep(0.1)
    assert not en_attente.exists(), "la boîte d'envoi n'a pas été vidée"

    assert drain_outbox() == 0  # the next periodic drain finds nothing more to send
    assert sorted(message.subject for message in mail.outbox) == attendus
    assert any("expert@export.test" in message.to for message in mail.outbox)
