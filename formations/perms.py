"""Who may see and do what: each helper fetches and authorizes in one call."""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404

from connecteurs.enums import TypeActeur
from connecteurs.selectors import connecteur_of_user
from croissance.entreprises.models import Entreprise

from .models import Avis, Formation, Inscription, MembreBourse, Proposition, SessionFormation


def organisme_of_user(user):
    """The training provider a connecteur user acts for, or None."""
    structure = connecteur_of_user(user)
    if structure and structure.type_acteur == TypeActeur.ORGANISME_FORMATION:
        return structure
    return None


def est_gestionnaire(user) -> bool:
    """Whether the training management pages open to the user (see require_gestionnaire)."""
    if not user.is_authenticated:
        return False
    return user.is_mission or (user.is_connecteur and organisme_of_user(user) is not None)


def require_gestionnaire(user):
    """Mission staff, or a member of a training provider; 403 for everyone else."""
    if user.is_authenticated and user.is_mission:
        return None
    organisme = organisme_of_user(user) if user.is_authenticated else None
    if organisme is None:
        raise PermissionDenied("Cette page est réservée aux organismes de formation.")
    return organisme


def formations_gerees(user):
    organisme = require_gestionnaire(user)
    formations = Formation.objects.select_related("organisme", "region")
    return formations if organisme is None else formations.filter(organisme=organisme)


def get_formation_for_manager(user, pk) -> Formation:
    return get_object_or_404(formations_gerees(user), pk=pk)


def get_session_for_manager(user, pk) -> SessionFormation:
    organisme = require_gestionnaire(user)
    sessions = SessionFormation.objects.select_related("formation__organisme")
    if organisme is not None:
        sessions = sessions.filter(formation__organisme=organisme)
    return get_object_or_404(sessions, pk=pk)


def get_inscription_for_manager(user, pk) -> Inscription:
    organisme = require_gestionnaire(user)
    inscriptions = Inscription.objects.select_related("session__formation__organisme")
    if organisme is not None:
        inscriptions = inscriptions.filter(session__formation__organisme=organisme)
    return get_object_or_404(inscriptions, pk=pk)


def get_avis_for_manager(user, pk) -> Avis:
    organisme = require_gestionnaire(user)
    avis = Avis.objects.select_related("formation__organisme")
    if organisme is not None:
        avis = avis.filter(formation__organisme=organisme)
    return get_object_or_404(avis, pk=pk)


def inscriptions_of_pme(user):
    """Enrolments a PME user requested, or made for a firm it manages."""
    return Inscription.objects.filter(
        Q(demandeur=user) | Q(entreprise__in=Entreprise.objects.filter(gestionnaires=user))
    )


def get_inscription_for_pme(user, pk) -> Inscription:
    return get_object_or_404(
        inscriptions_of_pme(user).select_related("session__formation__organisme", "entreprise"),
        pk=pk,
    )


def can_rate(user, inscription) -> bool:
    """The participant (by account email) or the manager who enrolled them rates a session."""
    return user.is_authenticated and (
        inscription.demandeur_id == user.pk
        or inscription.participant_email.lower() == user.email.lower()
    )


def get_inscription_to_rate(user, pk) -> Inscription:
    """403 for anyone but the participant or the requester of this enrolment."""
    inscription = get_object_or_404(Inscription.objects.select_related("session__formation"), pk=pk)
    if not can_rate(user, inscription):
        raise PermissionDenied("Seuls les participants de cette session peuvent la noter.")
    return inscription


def get_membre_for_user(user, entreprise_pk) -> tuple[Entreprise, MembreBourse | None]:
    """The time-bank account of an entreprise the user manages (404 otherwise); None if the
    entreprise has not joined yet."""
    entreprise = get_object_or_404(Entreprise.objects.filter(gestionnaires=user), pk=entreprise_pk)
    membre = MembreBourse.objects.filter(entreprise=entreprise).select_related("entreprise").first()
    return entreprise, membre


def get_proposition_for_organisme(user, pk) -> Proposition:
    organisme = require_gestionnaire(user)
    propositions = Proposition.objects.select_related("appel", "organisme")
    if organisme is not None:
        propositions = propositions.filter(organisme=organisme)
    return get_object_or_404(propositions, pk=pk)
