"""Redis, the shared cache, stops answering: managers still log in and every page is served
from the database (sessions included); nothing is lost once it answers again."""

import socket

import pytest
from allauth.account.models import EmailAddress
from django.core.cache import cache
from django.test import override_settings
from django.urls import reverse

from aides import services
from tests.aides.factories import AideFactory, dossier_depose
from tests.factories import DEFAULT_PASSWORD, EntrepriseFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def redis_muet():
    """A Redis address nothing listens on: every cache call is refused at once."""
    with socket.socket() as sonde:
        sonde.bind(("127.0.0.1", 0))
        port = sonde.getsockname()[1]
    caches = {
        "default": {
            "BACKEND": "croissance.cache.CacheRedis",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    with override_settings(
        CACHES=caches, SESSION_ENGINE="django.contrib.sessions.backends.cached_db"
    ):
        yield


def test_a_manager_logs_in_and_uses_her_space_while_redis_is_down(client, pme_alice, redis_muet):
    EmailAddress.objects.create(user=pme_alice, email=pme_alice.email, verified=True, primary=True)
    assert cache.get("nimporte", "absent") == "absent"  # a refused read is a miss

    reponse = client.post(
        reverse("account_login"), {"login": pme_alice.email, "password": DEFAULT_PASSWORD}
    )

    assert reponse.status_code == 302
    espace = client.get(reverse("espace"))
    assert espace.status_code == 200 and "Alice" in espace.content.decode()


def test_the_work_queue_follows_changes_while_redis_is_down(
    client, pme_alice, instructeur_bretagne, redis_muet
):
    librairie = EntrepriseFactory(gestionnaires=[pme_alice], nom="Librairie des Mots")
    dossier = dossier_depose(user=pme_alice, entreprise=librairie, aide=AideFactory())
    client.force_login(instructeur_bretagne)
    assert "Déposé : 1" in client.get(reverse("aides:instruction")).content.decode()

    services.dossier_instruire(dossier=dossier, instructeur=instructeur_bretagne)

    page = client.get(reverse("aides:instruction")).content.decode()
    assert "En instruction : 1" in page
