"""Security counters fail closed: a burst of wrong passwords against one account is stopped
even when Redis, where the counters live, stops in the middle of it (they go on in the
database). The test starts and stops its own redis-server, never the shared one."""

import shutil

import pytest
from django.core.cache import cache
from django.test import override_settings
from django.urls import reverse

from croissance.cache import REPLI_SECURITE
from croissance.comptes.models import User
from tests.securite.test_redis_en_panne import PrivateRedis

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not shutil.which("redis-server"), reason="redis-server absent"),
]

MOT_DE_PASSE = "Un-mot-de-passe-solide-2026"
BLOQUE = "Trop de tentatives"


@pytest.fixture
def redis_prive():
    serveur = PrivateRedis()
    serveur.start()
    caches = {
        "default": {
            "BACKEND": "croissance.cache.CacheRedis",
            "LOCATION": serveur.url,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    try:
        with override_settings(CACHES=caches):
            yield serveur
    finally:
        if serveur.process.poll() is None:
            serveur.stop()
        REPLI_SECURITE.clear()


def _essai(client, mot_de_passe):
    reponse = client.post(
        reverse("account_login"), {"login": "cible@exemple.fr", "password": mot_de_passe}
    )
    return reponse.status_code, reponse.content.decode()


def test_a_password_burst_is_stopped_when_redis_stops_in_the_middle(client, redis_prive):
    User.objects.create_user("cible@exemple.fr", MOT_DE_PASSE)
    for _ in range(3):
        assert BLOQUE not in _essai(client, "Faux-1")[1]
    assert cache.get("sonde", "absent") == "absent"  # Redis answers: a real miss

    redis_prive.stop()
    bloque_apres = None
    for numero in range(1, 11):
        if BLOQUE in _essai(client, f"Faux-{numero}")[1]:
            bloque_apres = numero
            break

    # the account's window (5 failures / 5 min) is counted again in the database
    assert bloque_apres is not None and bloque_apres <= 6
    statut, page = _essai(client, MOT_DE_PASSE)
    assert statut == 200 and BLOQUE in page  # even the right password waits


def test_form_rate_limits_also_count_in_the_database_while_redis_is_down(
    client, redis_prive, settings, pme_alice
):
    settings.RATE_LIMIT_POSTS = 2
    redis_prive.stop()
    client.force_login(pme_alice)
    url = reverse("connecteurs:mes_demandes")  # any view works: the counter is what we test
    from croissance.ratelimit import _over_limit

    assert [_over_limit("ratelimit:essai:ip:127.0.0.1") for _ in range(3)] == [
        False,
        False,
        True,
    ]
    assert client.get(url).status_code == 200  # pages themselves still answer
