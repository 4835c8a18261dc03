"""Registry of the personal data each app holds, so the core exports and erases without
knowing the apps.

An app declares what it holds about a user in its own `rgpd.py` (autodiscovered):

    from croissance.rgpd import registry

    def exporter(user) -> dict: ...   # JSON-serialisable, everything personal about `user`
    def effacer(user) -> None: ...    # delete what can go, anonymise what must be kept

    registry.register("aides", "Demandes d'aide", export=exporter, erase=effacer, ordre=40)

Erasers run in `ordre` (small first) inside one transaction, before the account itself is
anonymised; the link between the user and their entreprises goes last (ordre 90) because
the other erasers look entreprises up through it.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.module_loading import autodiscover_modules


@dataclass(frozen=True)
class Traitement:
    cle: str
    libelle: str
    export: Callable[..., dict]
    erase: Callable[..., None]
    ordre: int = 50


_TRAITEMENTS: dict[str, Traitement] = {}


def register(cle: str, libelle: str, *, export, erase, ordre: int = 50) -> None:
    _TRAITEMENTS[cle] = Traitement(cle, libelle, export, erase, ordre)


def traitements() -> list[Traitement]:
    autodiscover_modules("rgpd")
    return sorted(_TRAITEMENTS.values(), key=lambda t: (t.ordre, t.cle))
