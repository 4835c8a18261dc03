"""The shared cache (Redis): one client object per connection pool, and a cache that Redis
being unreachable never turns into an error page.

Django's Redis backend builds a new `redis.Redis` for every read or write, and building one
fills its table of ~170 response callbacks: about 180 µs, more than the network round trip
of the read itself. Logged-in pages read the cache a few times per request (the session,
version numbers, rendered fragments), so the client is built once per pool and kept. A
`redis.Redis` may be shared between threads (each command borrows a connection from the
pool), and its pool opens new connections after a fork.

Everything kept in the cache can be recomputed (sessions are also in the database, pages and
lists are rendered again): when Redis does not answer, a read is a miss and a write is
dropped, with a warning in the logs, and the page is served from the database. A version bump
lost during the outage only matters if Redis comes back with its old entries; the fragments
it guards then expire on their own (minutes).

Security counters are the exception: they fail closed. Failed logins and every rate limit
(allauth's `allauth:rl` keys and their locks, ours `ratelimit:`) are counted in a database
table while Redis does not answer (`REPLI_SECURITE`, Django's database cache), so passwords
cannot be guessed without limit during an outage. When Redis answers again the counters are
its own again: a window begun during the outage is not carried over (at most one more window
of attempts).
"""

import functools
import logging

from django.core.cache.backends.db import DatabaseCache
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

_INJOIGNABLE = (RedisConnectionError, RedisTimeoutError)

# Table created by migration croissance 0003; keys arrive here already made by the Redis
# backend (prefix and version), the database cache adds its own: the same for every call.
REPLI_SECURITE = DatabaseCache(
    "croissance_compteurs_securite",
    # never culled: removing a third of the counters would let their owners try again
    {"TIMEOUT": None, "OPTIONS": {"MAX_ENTRIES": 10_000_000}},
)
_COMPTEURS_DE_SECURITE = ("allauth:rl:", ":ratelimit:")


def est_compteur_de_securite(key) -> bool:
    return isinstance(key, str) and any(marque in key for marque in _COMPTEURS_DE_SECURITE)


def _sans_redis(repli):
    """Run a cache operation; when Redis does not answer, log it and return `repli(args)`, or
    for a security counter run the same operation on the database (fail closed)."""

    def decorateur(methode):
        @functools.wraps(methode)
        def operation(self, *args, **kwargs):
            try:
                return methode(self, *args, **kwargs)
            except _INJOIGNABLE as erreur:
                if args and est_compteur_de_securite(args[0]):
                    logger.warning("Redis injoignable : compteur de sécurité en base (%s)", erreur)
                    return getattr(REPLI_SECURITE, methode.__name__)(*args, **kwargs)
                logger.warning("Cache Redis injoignable (%s) : %s", methode.__name__, erreur)
                return repli(*args, **kwargs)

        return operation

    return decorateur


class _ClientReutilise(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._client(connection_pool=self._get_connection_pool(write))
            self._clients[index] = client
        return client

    get = _sans_redis(lambda key, default=None: default)(RedisCacheClient.get)
    get_many = _sans_redis(lambda keys: {})(RedisCacheClient.get_many)
    has_key = _sans_redis(lambda key: False)(RedisCacheClient.has_key)
    add = _sans_redis(lambda *args, **kwargs: True)(RedisCacheClient.add)
    set = _sans_redis(lambda *args, **kwargs: None)(RedisCacheClient.set)
    set_many = _sans_redis(lambda data, timeout: list(data))(RedisCacheClient.set_many)
    touch = _sans_redis(lambda *args, **kwargs: False)(RedisCacheClient.touch)
    delete = _sans_redis(lambda key: False)(RedisCacheClient.delete)
    delete_many = _sans_redis(lambda keys: None)(RedisCacheClient.delete_many)
    incr = _sans_redis(lambda key, delta: delta)(RedisCacheClient.incr)
    clear = _sans_redis(lambda: False)(RedisCacheClient.clear)


class CacheRedis(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = _ClientReutilise
