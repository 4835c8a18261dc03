"""Provider of the orientation engine: trainings with an upcoming session, near the firm or at
a distance, on its needs and weak axes, best rated first.

The candidates are picked and ranked in SQL (a few rows, at most `max_par_groupe` per training
organisation), then scored in Python for the reasons: one query whatever the catalogue size.
"""

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from croissance.orientation.engine import Recommandation
from croissance.orientation.scoring import (
    meilleurs,
    points_note_sql,
    points_si,
    points_themes_sql,
    score_note,
    score_themes,
)
from croissance.referentiels.masques import Masques
from croissance.referentiels.selectors import noms_themes

from .enums import Modalite
from .models import Formation, SessionFormation
from .selectors import formations_annotees


def formations_recommandables():
    """Published trainings with a session still to come."""
    return Formation.objects.filter(publiee=True, derniere_session__gt=timezone.localdate())


def sessions_a_venir():
    """Sessions of published trainings still to come: moving one to the past, or deleting
    it, may leave its training without a session to offer."""
    return SessionFormation.objects.filter(
        formation__publiee=True, date_debut__gt=timezone.localdate()
    )


def candidates(profil, reglage, masques: Masques):
    """Published trainings with an upcoming session, in the firm's region or at a distance,
    ranked in one query: the rating count and next session date shown are subqueries of the
    select list, which PostgreSQL computes for the few rows kept after the sort only."""
    filtre, points = points_themes_sql(profil, reglage, masques.couvre)
    if filtre is None:
        return []
    # One pass over the catalogue: the themes (`themes_masque`), the area and the latest
    # session are conditions on the row itself.
    zone = Q(modalite=Modalite.DISTANCE)
    if profil.region:
        zone |= Q(region_id=profil.region)
        points = points + points_si(Q(region_id=profil.region), reglage.poids_proximite)
    points = points + points_note_sql(reglage)
    queryset = (
        formations_annotees(formations_recommandables().filter(filtre, zone))
        .select_related(None)
        .prefetch_related(None)
        .only("titre", "organisme_id", "region_id", "modalite", "themes_masque")
    )
    return meilleurs(queryset, points, reglage, titre="titre", groupe="organisme_id")


SESSIONS_MONTREES = 3


def _prochaines_sessions(formations) -> dict[int, list]:
    """The next sessions' start dates of each training (one query for the few candidates)."""
    dates: dict[int, list] = {}
    for formation_id, debut in (
        sessions_a_venir()
        .filter(formation_id__in=[formation.pk for formation in formations])
        .order_by("formation_id", "date_debut")
        .values_list("formation_id", "date_debut")
    ):
        dates.setdefault(formation_id, []).append(debut)
    return dates


def _sessions(dates: list, prochaine) -> str:
    """« Sessions le 12/01/2027, le 09/02/2027 et le 16/03/2027 » (one card per training)."""
    dates = dates[:SESSIONS_MONTREES] or [prochaine]
    textes = [f"le {date:%d/%m/%Y}" for date in dates]
    if len(textes) == 1:
        return f"Prochaine session {textes[0]}"
    return f"Sessions {', '.join(textes[:-1])} et {textes[-1]}"


def formations(profil, reglage):
    noms = noms_themes()
    masques = Masques.actuels()
    retenues = list(candidates(profil, reglage, masques))
    sessions = _prochaines_sessions(retenues)
    for formation in retenues:
        points, raisons = score_themes(
            profil, masques.themes(formation.themes_masque), reglage, noms
        )
        if profil.region and formation.region_id == profil.region:
            points += reglage.poids_proximite
            raisons.append(f"Dans votre région : {formation.get_modalite_display().lower()}")
        elif formation.modalite == Modalite.DISTANCE:
            raisons.append("À distance")
        note_points, note_raison = score_note(
            formation.note_moyenne, formation.nb_avis, reglage, "participants"
        )
        if note_raison:
            points += note_points
            raisons.append(note_raison)
        yield Recommandation(
            type="formations",
            cle=f"formations:{formation.pk}",
            titre=formation.titre,
            url=reverse("formations:detail", args=[formation.pk]),
            score=points,
            raisons=tuple(raisons),
            groupe=f"organisme:{formation.organisme_id}",
            detail=_sessions(sessions.get(formation.pk, []), formation.prochaine_session),
        )
