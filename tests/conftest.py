"""Shared fixtures: named users that make tests read like stories, strict templates."""

import importlib
import inspect
import os

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection

from croissance import pages_anonymes
from croissance.celery import app as celery_app
from tests.factories import EntrepriseFactory, UserFactory

PROJECT_DIRS = [
    str(settings.BASE_DIR / name)
    for name in (
        "templates",
        "croissance",
        "diagnostic",
        "connecteurs",
        "aides",
        "einter",
        "formations",
    )
]


class UnknownTemplateVariable(str):
    """`string_if_invalid` that fails a test when one of *our* templates uses an unknown
    variable (Django's own and third-party templates are left alone)."""

    def __contains__(self, item):
        return item == "%s"

    def __mod__(self, variable):
        for frame_info in inspect.stack()[1:40]:
            context = frame_info.frame.f_locals.get("context")
            origin = getattr(getattr(context, "template", None), "origin", None)
            if origin is not None:
                name = str(origin.name)
                if any(name.startswith(path) for path in PROJECT_DIRS):
                    raise AssertionError(f"Variable inconnue « {variable} » dans {name}")
                break
        return ""


settings.TEMPLATES[0]["OPTIONS"]["string_if_invalid"] = UnknownTemplateVariable()


def _redis_database_of_worker(url: str, worker: int) -> str:
    """The same Redis with a database number of its own for each pytest-xdist worker."""
    base, _, numero = url.rpartition("/")
    autre = int(numero) - 2 * worker
    assert autre >= 0, f"pas de base Redis libre pour le worker {worker} ({url})"
    return f"{base}/{autre}"


def pytest_configure(config):
    """Under pytest-xdist (`-n 2`), each worker gets its own Redis databases for the cache and
    the broker, as pytest-django gives it its own test database: a test that empties the cache
    or purges the queue must not touch another worker's. Nothing has read them yet: caches
    and the Celery configuration are loaded on first use."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker:
        return
    index = int(worker.removeprefix("gw"))
    if settings.REDIS_URL:
        settings.CACHES["default"]["LOCATION"] = _redis_database_of_worker(
            settings.REDIS_URL, index
        )
    if settings.CELERY_BROKER_URL:
        settings.CELERY_BROKER_URL = _redis_database_of_worker(settings.CELERY_BROKER_URL, index)


def pytest_collection_modifyitems(config, items):
    if connection.vendor != "postgresql":
        skip = pytest.mark.skip(reason="nécessite PostgreSQL (DATABASE_URL=postgres://…)")
        for item in items:
            if "postgresql" in item.keywords:
                item.add_marker(skip)
    if not os.environ.get("CELERY_BROKER_URL"):
        skip = pytest.mark.skip(reason="nécessite un broker Redis (CELERY_BROKER_URL)")
        for item in items:
            if "celery_worker" in item.keywords:
                item.add_marker(skip)


@pytest.fixture(autouse=True)
def _tasks_in_process(request):
    """Tasks run in-process in tests, except those that prove the broker and worker path."""
    if "celery_worker" in request.keywords:
        yield
        return
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = previous


@pytest.fixture
def requetes_de_session(settings):
    """Queries a logged-in page spends on its session: none when sessions are read from
    Redis (cached_db), one on the embedded default (database sessions, no Redis)."""
    return 0 if settings.SESSION_ENGINE.endswith("cached_db") else 1


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with empty caches: ids are reused after a rollback, so a cached
    fragment of a previous test would show under a new object; a page cached for anonymous
    visitors by one test must not hide the data another test creates; and rate-limit counters
    count per address while every test client is 127.0.0.1."""
    cache.clear()
    pages_anonymes.pages.clear()


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _referentiels_after_flush(request):
    """Transactional tests empty every table when they end, including the referentials that
    a data migration loaded: put them back for the next one."""
    marker = request.node.get_closest_marker("django_db")
    transactional = {"live_server", "transactional_db"} & set(request.fixturenames) or (
        marker is not None and marker.kwargs.get("transaction")
    )
    if not transactional:
        return
    request.getfixturevalue("transactional_db")
    from django.apps import apps

    from croissance.referentiels.loaders import load_referentiels
    from croissance.referentiels.models import Region
    from einter.models import Secteur

    if not Region.objects.exists():
        load_referentiels(apps)
    if not Secteur.objects.exists():  # the e-export sectors, also a data migration's
        importlib.import_module("einter.migrations.0003_secteurs").forward(apps, None)


@pytest.fixture
def mission_marc(db):
    return UserFactory(mission=True, email="marc@mission.test", prenom="Marc")


@pytest.fixture
def pme_alice(db):
    return UserFactory(email="alice@pme.test", prenom="Alice")


@pytest.fixture
def pme_bruno(db):
    return UserFactory(email="bruno@pme.test", prenom="Bruno")


@pytest.fixture
def connecteur_claire(db):
    return UserFactory(connecteur=True, email="claire@connecteur.test", prenom="Claire")


@pytest.fixture
def instructeur_bretagne(db):
    return UserFactory(instructeur=True, email="ines@bretagne.test", regions=["53"])


@pytest.fixture
def instructeur_occitanie(db):
    return UserFactory(instructeur=True, email="olivier@occitanie.test", regions=["76"])


@pytest.fixture
def entreprise_alice(pme_alice):
    return EntrepriseFactory(gestionnaires=[pme_alice], nom="Boulangerie du Port")
