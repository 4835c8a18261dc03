"""Reads on entreprises that other apps may use."""

from django.db.models import QuerySet
from django.utils import timezone

from .enums import EtatInvitation, EtatRevendication
from .models import (
    DepartGestionnaire,
    Entreprise,
    EtablissementSirene,
    Gestionnaire,
    Invitation,
    Revendication,
)


def entreprises_for_user(user) -> QuerySet[Entreprise]:
    return Entreprise.objects.filter(gestionnaires=user).select_related(
        "naf", "region", "departement", "tranche_effectifs"
    )


def gere(user, entreprise: Entreprise) -> bool:
    """Whether `user` manages `entreprise` now."""
    return Gestionnaire.objects.filter(entreprise=entreprise, user=user).exists()


def entreprise_par_siret(siret: str) -> Entreprise | None:
    return Entreprise.objects.filter(siret=siret).first()


def etablissement_sirene(siret: str) -> EtablissementSirene | None:
    return EtablissementSirene.objects.filter(siret=siret).first()


def siren_dans_sirene(siren: str) -> bool:
    """Whether the offline SIRENE table knows this firm (any of its establishments)."""
    return EtablissementSirene.objects.filter(siren=siren).exists()


def gestionnaires_de(entreprise: Entreprise) -> QuerySet[Gestionnaire]:
    """The current managers, with who added them."""
    return (
        Gestionnaire.objects.filter(entreprise=entreprise)
        .select_related("user", "ajoute_par")
        .order_by("ajoute_le", "pk")
    )


def departs_de(entreprise: Entreprise) -> QuerySet[DepartGestionnaire]:
    return entreprise.departs.select_related("user", "retire_par", "ajoute_par")


def invitations_en_attente(entreprise: Entreprise) -> QuerySet[Invitation]:
    return entreprise.invitations.filter(
        etat=EtatInvitation.ENVOYEE, expire_le__gt=timezone.now()
    ).select_related("invite_par")


def invitation_par_jeton(jeton: str) -> Invitation | None:
    from .services import empreinte

    return (
        Invitation.objects.select_related("entreprise", "invite_par")
        .filter(empreinte_jeton=empreinte(jeton))
        .first()
    )


def revendications_a_examiner(entreprise: Entreprise) -> QuerySet[Revendication]:
    """Requests to join that wait for the managers' answer."""
    return entreprise.revendications.filter(etat=EtatRevendication.EN_ATTENTE).select_related(
        "demandeur"
    )


def revendications_du_demandeur(user) -> QuerySet[Revendication]:
    return (
        Revendication.objects.filter(demandeur=user)
        .select_related("entreprise")
        .order_by("-cree_le", "-pk")
    )


def file_mission() -> QuerySet[Revendication]:
    """The requests the mission has to decide, oldest first."""
    return Revendication.objects.filter(etat=EtatRevendication.MISSION).select_related(
        "entreprise", "demandeur"
    )


def nombre_revendications_pour(user) -> int:
    """Requests to join the user's entreprises that wait for an answer (one query)."""
    return Revendication.objects.filter(
        entreprise__gestionnaires=user, etat=EtatRevendication.EN_ATTENTE
    ).count()
