from django.core.cache import cache

from .models import Theme

THEME_NAMES_CACHE_SECONDS = 300


def noms_themes() -> dict[str, str]:
    """Theme slug → name, shared by every page for a few minutes (themes rarely change)."""
    return cache.get_or_set(
        "referentiels:noms_themes",
        lambda: dict(Theme.objects.values_list("slug", "nom")),
        THEME_NAMES_CACHE_SECONDS,
    )
