"""Celery application. Without a broker (embedded mode) tasks run in-process."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "croissance.settings")

app = Celery("croissance")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
