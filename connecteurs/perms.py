"""Who may see or do what: fetch and authorise in one call."""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404

from croissance.comptes.enums import Role

from .enums import EtatAdhesion
from .models import (
    Avis,
    Candidature,
    Connecteur,
    DemandeAdhesion,
    Evaluation,
    Membre,
    Piece,
    Reponse,
)
from .selectors import demandes_of_entreprises


def get_connecteur_for_member(user) -> Connecteur:
    """The structure the connecteur user acts for; 404 when it has none yet."""
    if user.role != Role.CONNECTEUR:
        raise PermissionDenied("Cette page est réservée aux connecteurs.")
    connecteur = Connecteur.objects.filter(membres=user).first()
    if connecteur is None:
        raise Http404("Présentez d'abord votre structure.")
    return connecteur


def get_candidature_for_user(user, pk) -> Candidature:
    """The applicant's members, mission staff, and the assigned evaluators."""
    qs = Candidature.objects.select_related("connecteur")
    if user.role != Role.MISSION:
        visible = Q(connecteur__membres=user)
        if user.role == Role.INSTRUCTEUR:
            visible |= Q(evaluations__evaluateur=user)
        qs = qs.filter(pk__in=Candidature.objects.filter(visible).values("pk"))
    return get_object_or_404(qs, pk=pk)


def get_evaluation_for_user(user, candidature_pk) -> Evaluation:
    return get_object_or_404(
        Evaluation.objects.select_related("candidature__connecteur").exclude(
            candidature__connecteur__membres=user
        ),
        candidature_id=candidature_pk,
        evaluateur=user,
    )


def get_piece_for_user(user, pk) -> Piece:
    piece = get_object_or_404(Piece.objects.select_related("candidature"), pk=pk)
    get_candidature_for_user(user, piece.candidature_id)
    return piece


def get_reponse_for_member(user, pk) -> Reponse:
    connecteur = get_connecteur_for_member(user)
    return get_object_or_404(
        Reponse.objects.select_related("demande__entreprise", "demande__theme", "connecteur"),
        pk=pk,
        connecteur=connecteur,
    )


def get_demande_for_pme(user, pk):
    return get_object_or_404(demandes_of_entreprises(user), pk=pk)


def get_reponse_for_pme(user, pk) -> Reponse:
    return get_object_or_404(
        Reponse.objects.select_related("connecteur", "demande"),
        pk=pk,
        demande__entreprise__gestionnaires=user,
    )


def get_avis_for_member(user, pk) -> Avis:
    connecteur = get_connecteur_for_member(user)
    return get_object_or_404(Avis, pk=pk, reponse__connecteur=connecteur)


def get_connecteur_for_referent(user) -> Connecteur:
    """The structure whose referent `user` is; 403 for its other members."""
    connecteur = get_connecteur_for_member(user)
    if not connecteur.membre_set.filter(user=user, referent=True).exists():
        raise PermissionDenied("Seul le référent de la structure gère ses membres.")
    return connecteur


def get_adhesion_for_referent(user, pk) -> DemandeAdhesion:
    connecteur = get_connecteur_for_referent(user)
    return get_object_or_404(
        DemandeAdhesion.objects.select_related("demandeur", "connecteur"),
        pk=pk,
        connecteur=connecteur,
        etat=EtatAdhesion.EN_ATTENTE,
    )


def get_membre_for_referent(user, pk) -> Membre:
    connecteur = get_connecteur_for_referent(user)
    return get_object_or_404(
        Membre.objects.select_related("user", "connecteur"), pk=pk, connecteur=connecteur
    )


def get_structure_a_rejoindre(user, pk) -> Connecteur:
    """A structure a connecteur account without one may ask to join."""
    if user.role != Role.CONNECTEUR:
        raise PermissionDenied("Cette page est réservée aux connecteurs.")
    return get_object_or_404(Connecteur.objects.exclude(membres=user), pk=pk)
