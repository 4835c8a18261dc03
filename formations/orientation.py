"""Provider of the orientation engine: trainings with an upcoming session, near the firm or at
a distance, on its needs and weak axes, best rated first.

The candidates are picked and ranked in SQL (a few rows, at most `max_par_groupe` per training
organisation), then scored in Python for the reasons: two queries whatever the catalogue size.
"""

from django.db.models import Exists, OuterRef, Q
from django.urls import reverse

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
from .models import Formation
from .selectors import formations_catalogue


def _couvre(slugs) -> Q:
    return Q(
        Exists(
            Formation.themes.through.objects.filter(formation_id=OuterRef("pk"), theme_id__in=slugs)
        )
    )


def candidates(profil, reglage):
    """Published trainings with an upcoming session, in the firm's region or at a distance."""
    filtre, points = points_themes_sql(profil, reglage, _couvre)
    if filtre is None:
        return Formation.objects.none()
    # the ids of the area first (each part read by index), rather than an OR over the catalogue
    zone = Formation.objects.filter(modalite=Modalite.DISTANCE).values("pk").order_by()
    if profil.region:
        zone = zone.union(Formation.objects.filter(region_id=profil.region).values("pk").order_by())
        points = points + points_si(Q(region_id=profil.region), reglage.poids_proximite)
    points = points + points_note_sql(reglage)
    queryset = (
        formations_catalogue()
        .filter(filtre, pk__in=zone, prochaine_session__isnull=False)
        .select_related(None)
        .only("titre", "modalite", "region_id", "organisme_id")
    )
    return meilleurs(queryset, points, reglage, titre="titre", groupe="organisme_id")


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
