"""Demo data: the core loads accounts and entreprises, then each app's `demo.py` loaders.

An app adds its demo data with:

    from croissance import demo

    @demo.register
    def charger(comptes, stdout):
        ...  # idempotent: get_or_create / update_or_create

`comptes` maps a demo account's key (see DEMO_ACCOUNTS) to its user.
"""

from collections.abc import Callable

from django.utils.module_loading import autodiscover_modules

DEMO_PASSWORD = "Croissance-Demo-2026"

_LOADERS: list[Callable] = []


def register(loader: Callable) -> Callable:
    if loader not in _LOADERS:
        _LOADERS.append(loader)
    return loader


def app_loaders() -> list[Callable]:
    autodiscover_modules("demo")
    return list(_LOADERS)
