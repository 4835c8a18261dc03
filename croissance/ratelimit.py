"""Rate limits on the forms that send emails or create requests for someone else.

A view decorated with `@rate_limited("demande")` accepts at most RATE_LIMIT_POSTS POSTs per
RATE_LIMIT_WINDOW seconds from one user *and* from one address, per action; the next POST gets
the French 429 page. Counters live in the cache (Redis in production, so every worker shares
them). The address is the one allauth's own limits use (ALLAUTH_TRUSTED_PROXY_COUNT behind
reverse proxies). GETs are never limited: only submissions cost someone else's time or an email.
"""

from functools import wraps

from allauth.account.adapter import get_adapter
from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render


def _over_limit(key: str) -> bool:
    # add() starts the window only if there is none: the window is fixed, not sliding
    cache.add(key, 0, timeout=settings.RATE_LIMIT_WINDOW)
    try:
        count = cache.incr(key)
    except ValueError:  # the window ended between add() and incr()
        cache.add(key, 1, timeout=settings.RATE_LIMIT_WINDOW)
        count = 1
    return count > settings.RATE_LIMIT_POSTS


def rate_limited(action: str):
    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method == "POST":
                keys = [f"ratelimit:{action}:ip:{get_adapter().get_client_ip(request)}"]
                if request.user.is_authenticated:
                    keys.append(f"ratelimit:{action}:user:{request.user.pk}")
                # every counter moves, so a user switching addresses is still counted
                if [key for key in keys if _over_limit(key)]:
                    return render(request, "429.html", status=429)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
