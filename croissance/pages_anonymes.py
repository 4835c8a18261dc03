"""Whole-page cache for the public pages a first-time visitor sees.

A visitor without a session nor a message cookie is anonymous for sure and has nothing
personal on the page, so the page depends on its URL only: rendered once, it is then served
from the shared cache without template work nor SQL. Logged-in visitors, and anyone with a
pending message, get the page rendered for them. Entries expire after a few minutes: that is
how long a change (a new aid, a connecteur's new profile) may take to show to anonymous
visitors; the people who made the change are logged in and see it at once.

The cache is the worker's own memory, not Redis: a hit must cost less than the page itself,
and a Redis read (a client built per call, a network round trip) cost as much as half of the
trivial view in the benchmark. Each worker renders a page once per period; the number of
entries is bounded, so arbitrary query strings cannot exhaust memory.
"""

import hashlib
from functools import wraps

from django.conf import settings
from django.core.cache.backends.locmem import LocMemCache
from django.http import HttpResponse

DUREE_SECONDES = 300

pages = LocMemCache("pages_anonymes", {"TIMEOUT": DUREE_SECONDES, "OPTIONS": {"MAX_ENTRIES": 1000}})


def visiteur_sans_etat(request) -> bool:
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies


def _cle(request) -> str:
    chemin = request.get_full_path().encode()
    return "pages_anonymes:" + hashlib.sha256(chemin).hexdigest()


# Where the page carried the request's CSP nonce (django-csp's `request.csp_nonce`): a nonce
# must be new in every response, so each hit writes the current request's nonce back.
NONCE = b"\x00nonce\x00"


def _nonce(request) -> bytes | None:
    nonce = getattr(request, "csp_nonce", None)
    return str(nonce).encode() if nonce is not None else None


def _reutilisable(request, response) -> bool:
    """A page that sets a cookie or carries a CSRF token is personal after all."""
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
    )


def cache_anonyme(view):
    @wraps(view)
    def cached_view(request, *args, **kwargs):
        if request.method != "GET" or not visiteur_sans_etat(request):
            return view(request, *args, **kwargs)
        cle = _cle(request)
        nonce = _nonce(request)
        contenu = pages.get(cle)
        if contenu is not None:
            return HttpResponse(contenu.replace(NONCE, nonce) if nonce else contenu)
        response = view(request, *args, **kwargs)
        if _reutilisable(request, response):
            pages.set(cle, response.content.replace(nonce, NONCE) if nonce else response.content)
        return response

    return cached_view
