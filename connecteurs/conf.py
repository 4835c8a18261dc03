"""Settings of the connecteurs app, read from Django settings with defaults from the environment.

The core settings module belongs to everyone, so the defaults live here; any of them can be set
in settings (or overridden in tests with the `settings` fixture).
"""

from decimal import Decimal

from django.conf import settings

from croissance.env import env_int

DEFAULTS = {
    # Years a label stays valid once granted.
    "CONNECTEURS_LABEL_DUREE_ANNEES": env_int("CONNECTEURS_LABEL_DUREE_ANNEES", 3),
    # Expiry reminders, in days before the end of the label.
    "CONNECTEURS_LABEL_RAPPELS_JOURS": (60, 15),
    # Pass rule of the grid: the total (average over evaluators) must reach this share of the
    # maximum, in percent; each criterion must also reach its own floor.
    "CONNECTEURS_LABEL_SEUIL_POURCENT": env_int("CONNECTEURS_LABEL_SEUIL_POURCENT", 60),
    # State share of a labelled connecteur's services.
    "CONNECTEURS_PART_ETAT": Decimal("0.50"),
    # A request nobody took on: reminder to its connecteurs every N days, escalation after M.
    "CONNECTEURS_RELANCE_JOURS": env_int("CONNECTEURS_RELANCE_JOURS", 5),
    "CONNECTEURS_ESCALADE_JOURS": env_int("CONNECTEURS_ESCALADE_JOURS", 21),
    # How many connecteurs a request from the diagnostic results reaches at most.
    "CONNECTEURS_DEMANDE_MAX": 3,
}


def get(name: str):
    return getattr(settings, name, DEFAULTS[name])
