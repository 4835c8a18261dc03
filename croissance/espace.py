"""Registry of the links shown in "Mon espace", per role.

Apps register their links in their AppConfig.ready(), so the core knows no app.
"""

from dataclasses import dataclass

from django.urls import reverse


@dataclass(frozen=True)
class LienEspace:
    titre: str
    description: str
    url_name: str
    roles: frozenset[str]
    ordre: int = 50

    @property
    def url(self) -> str:
        return reverse(self.url_name)


_LIENS: list[LienEspace] = []


def register(*, titre: str, description: str, url_name: str, roles, ordre: int = 50) -> None:
    lien = LienEspace(titre, description, url_name, frozenset(roles), ordre)
    if lien not in _LIENS:
        _LIENS.append(lien)


def liens_pour(role: str) -> list[LienEspace]:
    return sorted((lien for lien in _LIENS if role in lien.roles), key=lambda lien: lien.ordre)
