"""Reads on formations that views and other apps may use."""

from django.db.models import Avg, Count, IntegerField, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from .enums import ETATS_OCCUPANT_UNE_PLACE, EtatInscription
from .models import (
    Annonce,
    AppelFormations,
    Avis,
    Echange,
    Formation,
    Inscription,
    MembreBourse,
    Proposition,
    SessionFormation,
)


def _avis_stats(function):
    return Subquery(
        Avis.objects.filter(formation=OuterRef("pk"))
        .values("formation")
        .annotate(valeur=function)
        .values("valeur")[:1]
    )


def note_moyenne() -> Subquery:
    """A training's average rating (None without a rating), as a subquery on its reviews."""
    return _avis_stats(Avg("note"))


def formations_annotees(queryset=None) -> QuerySet[Formation]:
    """Trainings with their rating average and count and their next session, in one query."""
    today = timezone.localdate()
    queryset = Formation.objects.all() if queryset is None else queryset
    next_session = (
        SessionFormation.objects.filter(formation=OuterRef("pk"), date_debut__gt=today)
        .order_by("date_debut")
        .values("date_debut")[:1]
    )
    return (
        queryset.select_related("organisme", "region")
        .prefetch_related("themes")
        .annotate(
            note_moyenne=note_moyenne(),
            nb_avis=Coalesce(_avis_stats(Count("pk")), 0, output_field=IntegerField()),
            prochaine_session=Subquery(next_session),
        )
    )


def avec_demandes_en_attente(queryset) -> QuerySet[Formation]:
    """Adds `en_attente`: enrolment requests the provider has not decided yet."""
    demandes = (
        Inscription.objects.filter(session__formation=OuterRef("pk"), etat=EtatInscription.DEMANDEE)
        .values("session__formation")
        .annotate(n=Count("pk"))
        .values("n")[:1]
    )
    return queryset.annotate(
        en_attente=Coalesce(Subquery(demandes), 0, output_field=IntegerField())
    )


def formations_catalogue() -> QuerySet[Formation]:
    # The organisations are read for the page's trainings only: joined in the query, the
    # 20,000 structures of the network were hashed before the sort and the page's LIMIT.
    return (
        formations_annotees(Formation.objects.filter(publiee=True))
        .select_related(None)
        .select_related("region")
        .prefetch_related("organisme")
    )


def sessions_avec_places(formation) -> QuerySet[SessionFormation]:
    return formation.sessions.annotate(
        occupees=Count("inscriptions", filter=Q(inscriptions__etat__in=ETATS_OCCUPANT_UNE_PLACE))
    ).order_by("date_debut", "pk")


def places_restantes(session) -> int:
    occupees = session.inscriptions.filter(etat__in=ETATS_OCCUPANT_UNE_PLACE).count()
    return max(session.places - occupees, 0)


def sessions_ouvertes_a_l_inscription() -> QuerySet[SessionFormation]:
    """Sessions of published trainings, with their provider."""
    return SessionFormation.objects.select_related("formation__organisme").filter(
        formation__publiee=True
    )


# --- Calls for training offers --------------------------------------------------------------


def appels_publies() -> QuerySet[AppelFormations]:
    return AppelFormations.objects.filter(publie=True)


def propositions_visibles(organisme=None) -> QuerySet[Proposition]:
    """Every proposal for mission staff (`organisme` None), else the provider's own."""
    propositions = Proposition.objects.select_related("appel", "organisme").order_by(
        "-deposee_le", "-pk"
    )
    return propositions if organisme is None else propositions.filter(organisme=organisme)


# --- Skills time bank -----------------------------------------------------------------------


def membres_bourse_of(user) -> QuerySet[MembreBourse]:
    """The time-bank accounts of the firms `user` manages."""
    return MembreBourse.objects.filter(entreprise__gestionnaires=user).select_related("entreprise")


def annonces_actives() -> QuerySet[Annonce]:
    return Annonce.objects.filter(active=True).select_related("membre__entreprise", "region")


def annonces_actives_of(user) -> QuerySet[Annonce]:
    """Active adverts of the firms `user` manages (what they may withdraw)."""
    return Annonce.objects.filter(membre__entreprise__gestionnaires=user, active=True)


def echanges_du_membre(membre) -> QuerySet[Echange]:
    return (
        Echange.objects.filter(Q(offreur=membre) | Q(receveur=membre))
        .select_related("annonce", "offreur__entreprise", "receveur__entreprise")
        .order_by("-cree_le", "-pk")
    )


def echanges_visibles(user) -> QuerySet[Echange]:
    """Exchanges seen by a manager of either side."""
    return (
        Echange.objects.select_related(
            "annonce", "offreur__entreprise", "receveur__entreprise", "propose_par"
        )
        .filter(
            Q(offreur__entreprise__gestionnaires=user) | Q(receveur__entreprise__gestionnaires=user)
        )
        .distinct()
    )
