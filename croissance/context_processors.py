"""Context shared by every page: main navigation, computed without any SQL query."""

from django.urls import reverse

MAIN_NAVIGATION = [
    ("accueil", None, "Accueil"),
    ("diagnostic:accueil", "diagnostic", "Autodiagnostic"),
    ("connecteurs:accueil", "connecteurs", "Connecteurs"),
    ("aides:accueil", "aides", "Aides"),
    ("einter:accueil", "einter", "E-export"),
    ("formations:accueil", "formations", "Formations"),
    ("ressources:bibliotheque", "ressources", "Ressources"),
]


def portal(request):
    match = getattr(request, "resolver_match", None)
    current_app = match.app_name if match else None
    current_url = match.view_name if match else None
    nav = [
        {
            "url": reverse(url_name),
            "label": label,
            "active": (app and app == current_app) or (app is None and current_url == url_name),
        }
        for url_name, app, label in MAIN_NAVIGATION
    ]
    return {"main_navigation": nav}
