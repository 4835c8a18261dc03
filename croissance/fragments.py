"""Rendered parts of logged-in pages, kept in the shared cache.

A logged-in page cannot be cached whole (header, CSRF token, messages are the user's), but
most of its body is the same for everyone allowed to see it: a finished diagnostic's results,
a region's work queue, a region's indicators. Such a body is rendered once into the shared
cache and read back on the next displays.

Rules, for every use:
- the key holds everything that decides what this user may see (the result, the regions,
  the role), and the view checks who may see what *before* reading a fragment, or, where that
  check depends on nothing but what the key holds, on a miss before anything is stored (an
  entry then exists only for what was allowed to the same role and regions);
- the body is stored with the version numbers of the data it shows, bumped on every change
  (`nouvelle_version`): a change shows on the next display (the body is rendered again);
- a fragment is rendered without the request (`render_to_string` without it: no context
  processor, no user, no CSP nonce, no message can get in). Where the page needs the
  request's CSRF field, the template writes `{% csrf_token %}`: the fragment keeps a
  placeholder field, and each display puts the request's own token in it.
"""

from collections.abc import Callable, Mapping
from typing import NamedTuple

from django.core.cache import cache
from django.db import transaction
from django.template.backends.utils import csrf_input
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe

# Seconds an entry is kept: a safety net, a write that bypasses the versions (raw SQL) shows
# after this time at most.
DUREE_SECONDES = 600

# What `{% csrf_token %}` writes in a fragment. Data is autoescaped (a `<` of a title becomes
# `&lt;`), so this tag can only come from a template, never from what a user typed.
_JETON = "jeton-de-la-requete"
_CHAMP_CSRF = f'<input type="hidden" name="csrfmiddlewaretoken" value="{_JETON}">'


# Layout of a stored entry, in its key: entries of an earlier layout are no longer read.
_FORMAT = "f2"


def _cle_version(nom: str) -> str:
    return f"fragments:version:{nom}"


def version(nom: str) -> int:
    return cache.get_or_set(_cle_version(nom), 1, timeout=None)


def nouvelle_version(nom: str) -> None:
    """Fragments built on `nom` under the current version are no longer read.

    Bumped at once, and again when the transaction commits: a display running between the
    write and the commit may have read the old data under the new version."""

    def incrementer():
        cle = _cle_version(nom)
        cache.add(cle, 1, timeout=None)
        cache.incr(cle)

    incrementer()
    transaction.on_commit(incrementer)


class Fragment(NamedTuple):
    html: SafeString
    # values of the context the page shows outside the body (its title), kept with it
    valeurs: dict


def fragment(
    request,
    cle: str | None,
    template: str,
    contexte: Callable[[], Mapping],
    *,
    versions: tuple[str, ...] = (),
    duree=DUREE_SECONDES,
    garder: tuple[str, ...] = (),
) -> Fragment:
    """The HTML of `template` rendered with `contexte()` (called on a miss only), from the
    cache under `cle`, with the request's CSRF field in place. Without a key, rendered for
    this display only (e.g. figures computed at the time of the request).

    `versions`: names of the versions the body depends on. They are read with the body in a
    single round trip, and a body stored under other versions is rendered again; versions
    are read before rendering, so a change during the rendering is seen by the next display.
    `garder`: names of context values returned with the body (read with it, no other trip).
    """
    actuelles = ()
    stocke = None
    if cle:
        cle = f"{cle}:{_FORMAT}"
        cles_versions = [_cle_version(nom) for nom in versions]
        lus = cache.get_many([cle, *cles_versions])
        actuelles = tuple(
            lus.get(c) or version(nom) for c, nom in zip(cles_versions, versions, strict=True)
        )
        stocke = lus.get(cle)
    if stocke is not None and stocke[0] == actuelles:
        _versions, html, valeurs = stocke
    else:
        donnees = contexte()
        html = render_to_string(template, {**donnees, "csrf_token": _JETON})
        valeurs = {nom: donnees[nom] for nom in garder}
        if cle:
            cache.set(cle, (actuelles, html, valeurs), duree)
    if _CHAMP_CSRF in html:
        html = html.replace(_CHAMP_CSRF, csrf_input(request))
    return Fragment(mark_safe(html), valeurs)
