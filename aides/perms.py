from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from connecteurs.selectors import connecteur_of_user

from .models import Dossier
from .selectors import dossiers_for_user


def get_dossier_for_user(user, pk) -> Dossier:
    """The file if `user` may see it (see `dossiers_for_user`); 404 otherwise."""
    return get_object_or_404(dossiers_for_user(user), pk=pk)


def get_dossier_depose_for_user(user, pk) -> Dossier:
    """A filed file for its acknowledgement of receipt: the firm's managers and the
    instructeurs of its region only (403 for other roles, 404 for a draft or another's)."""
    if not (user.is_pme or user.is_instructeur):
        raise PermissionDenied("Réservé à l'entreprise et aux instructeurs de sa région.")
    dossier = get_dossier_for_user(user, pk)
    if dossier.depose_le is None:
        raise Http404("Ce dossier n'a pas encore été déposé.")
    return dossier


def get_dossier_for_instructeur(user, pk) -> Dossier:
    if not (user.is_instructeur or user.is_mission):
        raise PermissionDenied("Réservé aux instructeurs.")
    return get_dossier_for_user(user, pk)


def get_dossier_for_connecteur(user, pk) -> Dossier:
    if not user.is_connecteur or connecteur_of_user(user) is None:
        raise PermissionDenied("Réservé aux membres d'un connecteur.")
    return get_dossier_for_user(user, pk)


def get_avis_for_user(user, pk):
    """An opinion request addressed to `user` or its structure; 404 otherwise."""
    from .selectors import avis_for_user

    return get_object_or_404(avis_for_user(user), pk=pk)


def aides_for_instructeur(user):
    """Aids an instructeur's regions run (covering one of its regions, not national)."""
    from django.db.models import Q

    from .models import Aide

    regions = user.regions.all()
    ids = Aide.objects.filter(
        Q(regions__in=regions) | Q(departements__region__in=regions), nationale=False
    ).values("pk")
    return Aide.objects.filter(pk__in=ids).prefetch_related("regions")


def get_aide_for_instructeur(user, pk):
    if not user.is_instructeur:
        raise PermissionDenied("Réservé aux instructeurs régionaux.")
    return get_object_or_404(aides_for_instructeur(user), pk=pk)
