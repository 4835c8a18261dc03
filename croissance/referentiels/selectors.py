from django.core.cache import cache
from django.shortcuts import get_object_or_404

from .models import Theme

THEMES_CACHE_SECONDS = 300
_THEMES_CACHE_KEY = "referentiels:themes"


def _themes() -> dict[str, tuple[str, int]]:
    """Theme slug → (name, bit), one read shared by every page for a few minutes (themes rarely
    change; saving or deleting one drops it: `oublier_themes`)."""
    return cache.get_or_set(
        _THEMES_CACHE_KEY,
        lambda: {
            slug: (nom, bit) for slug, nom, bit in Theme.objects.values_list("slug", "nom", "bit")
        },
        THEMES_CACHE_SECONDS,
    )


def noms_themes() -> dict[str, str]:
    """Theme slug → name."""
    return {slug: nom for slug, (nom, _bit) in _themes().items()}


def bits_themes() -> dict[str, int]:
    """Theme slug → its bit (see masques.py)."""
    return {slug: bit for slug, (_nom, bit) in _themes().items()}


def oublier_themes(**kwargs) -> None:
    cache.delete(_THEMES_CACHE_KEY)


def theme_par_slug(slug: str) -> Theme:
    """The theme of this slug (404 for a page when it is missing)."""
    return get_object_or_404(Theme, slug=slug)
