"""Provider of the orientation engine: trainings with an upcoming session, near the firm or at
a distance, on its needs and weak axes, best rated first.

The candidates are picked and ranked in SQL (a few rows, at most `max_par_groupe` per training
organisation), then scored in Python for the reasons: two queries whatever the catalogue size.
"""

from django.db.models import Exists, OuterRef, Q
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
from croissance.referentiels.selectors import noms_themes

from .enums import Modalite
from .models import Formation, SessionFormation
from .selectors import formations_annotees, note_moyenne


def _couvre(slugs) -> Q:
    return Q(
        Exists(
            Formation.themes.through.objects.filter(formation_id=OuterRef("pk"), theme_id__in=slugs)
        )
    )


def candidates(profil, reglage):
    """Published trainings with an upcoming session, in the firm's region or at a distance.

    The ranking query reads only what ranks (themes, region, rating); the rating count and
    next session date shown are read for the few winners only, in a second query: computed
    in the ranking, they were subqueries run on each of the thousands of candidates."""
    filtre, points = points_themes_sql(profil, reglage, _couvre)
    if filtre is None:
        return []
    # the ids of the area first (each part read by index), rather than an OR over the catalogue
    zone = Formation.objects.filter(modalite=Modalite.DISTANCE).values("pk").order_by()
    if profil.region:
        zone = zone.union(Formation.objects.filter(region_id=profil.region).values("pk").order_by())
        points = points + points_si(Q(region_id=profil.region), reglage.poids_proximite)
    points = points + points_note_sql(reglage)
    a_venir = SessionFormation.objects.filter(
        formation_id=OuterRef("pk"), date_debut__gt=timezone.localdate()
    )
    queryset = (
        Formation.objects.filter(filtre, Exists(a_venir), publiee=True, pk__in=zone)
        .annotate(note_moyenne=note_moyenne())
        .only("titre", "organisme_id")
    )
    ids = list(
        meilleurs(queryset, points, reglage, titre="titre", groupe="organisme_id").values_list(
            "pk", flat=True
        )
    )
    retenues = formations_annotees(Formation.objects.filter(pk__in=ids)).select_related(None)
    return sorted(retenues, key=lambda formation: ids.index(formation.pk))


def formations(profil, reglage):
    noms = noms_themes()
    for formation in candidates(profil, reglage):
        points, raisons = score_themes(
            profil, {t.slug for t in formation.themes.all()}, reglage, noms
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
            detail=f"Prochaine session le {formation.prochaine_session:%d/%m/%Y}",
        )
