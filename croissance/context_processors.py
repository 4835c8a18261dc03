"""Context shared by every page: main navigation, computed without any SQL query."""

from functools import cache

from django.urls import get_script_prefix, get_urlconf, reverse

MAIN_NAVIGATION = [
    ("accueil", None, "Accueil"),
    ("diagnostic:accueil", "diagnostic", "Autodiagnostic"),
    ("connecteurs:accueil", "connecteurs", "Connecteurs"),
    ("aides:accueil", "aides", "Aides"),
    ("einter:accueil", "einter", "E-export"),
    ("formations:accueil", "formations", "Formations"),
    ("ressources:bibliotheque", "ressources", "Ressources"),
]


@cache
def _liens(script_prefix: str, urlconf) -> tuple[tuple[str, str | None, str, str], ...]:
    """The navigation's addresses, resolved once per URL conf (every page shows them)."""
    return tuple((reverse(nom), app, nom, label) for nom, app, label in MAIN_NAVIGATION)


def portal(request):
    match = getattr(request, "resolver_match", None)
    current_app = match.app_name if match else None
    current_url = match.view_name if match else None
    nav = [
        {
            "url": url,
            "label": label,
            "active": (app and app == current_app) or (app is None and current_url == nom),
        }
        for url, app, nom, label in _liens(get_script_prefix(), get_urlconf())
    ]
    return {"main_navigation": nav}
