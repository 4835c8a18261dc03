"""The daily digest really travels through Redis to a worker (when CELERY_BROKER_URL is set)."""

import time
from datetime import timedelta

import pytest
from celery.contrib.testing.worker import start_worker
from django.utils import timezone

from croissance.celery import app
from croissance.models import Courriel
from einter.models import LeadEnvoye
from einter.tasks import envoyer_digests_leads
from tests.einter.factories import LeadFactory, RechercheFactory

pytestmark = [pytest.mark.celery_worker, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def worker():
    assert not app.conf.task_always_eager
    app.control.purge()
    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=30):
        yield


def test_beat_task_fans_out_and_the_worker_sends_the_digest(worker, pme_alice):
    RechercheFactory(user=pme_alice, cree_le=timezone.now() - timedelta(days=1))
    lead = LeadFactory(titre="Biscuits au beurre pour Berlin")

    envoyer_digests_leads.apply_async()

    for _ in range(150):
        courriel = Courriel.objects.filter(destinataires="alice@pme.test").first()
        if courriel and courriel.envoye_le:
            break
        time.sleep(0.1)
    assert courriel is not None and courriel.envoye_le is not None
    assert "Biscuits au beurre pour Berlin" in courriel.corps
    assert LeadEnvoye.objects.filter(lead=lead).count() == 1
