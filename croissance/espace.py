"""Registry of the links shown in "Mon espace", per role.

Apps register their links in their AppConfig.ready(), so the core knows no app.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.urls import reverse


@dataclass(frozen=True)
class LienEspace:
    titre: str
    description: str
    url_name: str
    roles: frozenset[str]
    ordre: int = 50
    # narrows a role down to the users the page opens to (a connecteur that is a training
    # body, say), so that no one is shown a link leading to a refusal
    pour: Callable | None = None

    @property
    def url(self) -> str:
        return reverse(self.url_name)


_LIENS: list[LienEspace] = []


def register(
    *, titre: str, description: str, url_name: str, roles, ordre: int = 50, pour=None
) -> None:
    lien = LienEspace(titre, description, url_name, frozenset(roles), ordre, pour)
    if lien not in _LIENS:
        _LIENS.append(lien)


def liens_pour(user) -> list[LienEspace]:
    """The links of a user's space: those of its role that open to it."""
    return sorted(
        (
            lien
            for lien in _LIENS
            if user.role in lien.roles and (lien.pour is None or lien.pour(user))
        ),
        key=lambda lien: lien.ordre,
    )
