"""What "Mon espace" shows, per role: the links to each service with their status, and a new
manager's first steps.

Apps register them in their AppConfig.ready(), so the core knows no app:

    espace.register(titre=..., description=..., url_name=..., roles=[Role.PME],
                    statut=lambda user: "2 demandes en cours")   # "" when there is nothing
    espace.register_premier_pas(cle="diagnostic", titre="Faire l'autodiagnostic",
                                url_name="diagnostic:accueil", fait=lambda user: ...)

A status or a step costs one query; a step that nothing else records is marked done by
the view where the person does it (`marquer_premier_pas`).
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
    # what waits for the person there ("1 dossier à compléter"), "" when nothing does
    statut: Callable | None = None
    # an action that cannot be undone (deleting the account): shown apart, last
    danger: bool = False
    # narrows a role down to the users the page opens to (a connecteur that is a training
    # body, say), so that no one is shown a link leading to a refusal
    pour: Callable | None = None

    @property
    def url(self) -> str:
        return reverse(self.url_name)


@dataclass(frozen=True)
class PremierPas:
    cle: str
    titre: str
    description: str
    url_name: str
    fait: Callable
    ordre: int = 50
    ancre: str = ""

    @property
    def url(self) -> str:
        return reverse(self.url_name) + (f"#{self.ancre}" if self.ancre else "")


@dataclass(frozen=True)
class Tuile:
    lien: LienEspace
    statut: str


_LIENS: list[LienEspace] = []
_PREMIERS_PAS: dict[str, PremierPas] = {}


def register(
    *,
    titre: str,
    description: str,
    url_name: str,
    roles,
    ordre: int = 50,
    statut: Callable | None = None,
    danger: bool = False,
    pour: Callable | None = None,
) -> None:
    lien = LienEspace(titre, description, url_name, frozenset(roles), ordre, statut, danger, pour)
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


def tuiles(user) -> list[Tuile]:
    """The person's services, each with what waits for them there."""
    return [
        Tuile(lien, lien.statut(user) if lien.statut else "")
        for lien in liens_pour(user)
        if not lien.danger
    ]


def zone_de_danger(user) -> list[LienEspace]:
    return [lien for lien in liens_pour(user) if lien.danger]


def register_premier_pas(
    *, cle: str, titre: str, description: str, url_name: str, fait, ordre: int = 50, ancre=""
) -> None:
    """A first step of a new manager; `fait(user)` says whether it is done."""
    _PREMIERS_PAS[cle] = PremierPas(cle, titre, description, url_name, fait, ordre, ancre)


def premiers_pas(user) -> list[tuple[PremierPas, bool]]:
    """The first steps in order, each with whether the person has done it."""
    pas = sorted(_PREMIERS_PAS.values(), key=lambda p: p.ordre)
    return [(p, bool(p.fait(user))) for p in pas]


def premier_pas_marque(user, cle: str) -> bool:
    """Whether the view where it is done marked this step for the person."""
    from croissance.comptes.models import PremierPasFait

    return PremierPasFait.objects.filter(user=user, cle=cle).exists()


def marquer_premier_pas(user, cle: str) -> None:
    """The person did this step (one query, nothing when it was already marked)."""
    from croissance.comptes.models import PremierPasFait

    if user.is_authenticated:
        PremierPasFait.objects.bulk_create(
            [PremierPasFait(user=user, cle=cle)], ignore_conflicts=True
        )


def compte(nombre: int, nom: str, suite: str = "") -> str:
    """A tile's status: "2 demandes en cours", "1 dossier à compléter"; "" for none."""
    if not nombre:
        return ""
    texte = f"{nombre} {nom}{'s' if nombre >= 2 else ''}"
    return f"{texte} {suite}" if suite else texte
