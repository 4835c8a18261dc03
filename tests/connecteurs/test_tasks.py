from datetime import timedelta

import pytest
from celery import current_app
from django.conf import settings
from django.utils import timezone

from connecteurs import tasks
from tests.connecteurs.factories import ConnecteurFactory

pytestmark = pytest.mark.django_db


def test_beat_entries_point_at_real_tasks():
    entries = [e for e in settings.CELERY_BEAT_SCHEDULE.values() if "connecteurs" in e["task"]]
    assert len(entries) == 2
    for entry in entries:
        assert entry["task"] in current_app.tasks


def test_label_task_is_idempotent():
    ConnecteurFactory(labellise=True, label_expire_le=timezone.localdate() + timedelta(days=10))
    assert tasks.rappels_label.delay().get() == {"rappels": 1, "expires": 0}
    assert tasks.rappels_label.delay().get() == {"rappels": 0, "expires": 0}


def test_requests_task_runs():
    assert tasks.relances_demandes.delay().get() == {"relances": 0, "escalades": 0}
