"""Tasks really travel through Redis to a Celery worker (run when CELERY_BROKER_URL is set)."""

import time

import pytest
from celery.contrib.testing.worker import start_worker
from django.core import mail

from croissance.celery import app
from croissance.models import Courriel
from croissance.tasks import deliver_email

pytestmark = [pytest.mark.celery_worker, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def worker():
    assert not app.conf.task_always_eager
    assert app.conf.broker_url.startswith("redis://")
    app.control.purge()
    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=30):
        yield


def test_email_task_goes_through_redis_and_a_worker_sends_it(worker):
    courriel = Courriel.objects.create(
        destinataires="gerante@fournil.bzh", sujet="Votre diagnostic est prêt", corps="Bonjour"
    )

    deliver_email.apply_async(args=[courriel.pk])

    for _ in range(100):  # the worker thread picks the message up from Redis
        courriel.refresh_from_db()
        if courriel.envoye_le:
            break
        time.sleep(0.1)
    assert courriel.envoye_le is not None, "le worker n'a pas traité la tâche"
    assert [m.subject for m in mail.outbox] == ["Votre diagnostic est prêt"]
