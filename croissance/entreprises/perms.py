from django.shortcuts import get_object_or_404

from .models import Entreprise, Invitation, Revendication
from .selectors import entreprises_for_user, file_mission, revendications_du_demandeur


def get_entreprise_for_user(user, pk) -> Entreprise:
    """The entreprise if `user` manages it; 404 otherwise (its existence is not disclosed)."""
    return get_object_or_404(entreprises_for_user(user), pk=pk)


def get_invitation_for_manager(user, entreprise_pk, pk) -> Invitation:
    """An invitation of an entreprise `user` manages; 404 otherwise."""
    entreprise = get_entreprise_for_user(user, entreprise_pk)
    return get_object_or_404(entreprise.invitations.select_related("entreprise"), pk=pk)


def get_revendication_for_manager(user, entreprise_pk, pk) -> Revendication:
    entreprise = get_entreprise_for_user(user, entreprise_pk)
    return get_object_or_404(entreprise.revendications.select_related("entreprise"), pk=pk)


def get_revendication_for_demandeur(user, pk) -> Revendication:
    return get_object_or_404(revendications_du_demandeur(user), pk=pk)


def get_revendication_for_mission(pk) -> Revendication:
    """A request in the mission's queue (the view checks the role)."""
    return get_object_or_404(file_mission(), pk=pk)
