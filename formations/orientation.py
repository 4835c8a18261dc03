"""Provider of the orientation engine: trainings with an upcoming session, near the firm or at
a distance, on its needs and weak axes, best rated first."""

from django.urls import reverse

from croissance.orientation.engine import Recommandation
from croissance.orientation.scoring import score_note, score_themes
from croissance.referentiels.selectors import noms_themes

from .selectors import formations_recommandees

CANDIDATES = 30


def formations(profil, reglage):
    themes = set(profil.besoins) | set(profil.axes_faibles(reglage.seuil_axe_faible))
    if not themes:
        return
    noms = noms_themes()
    candidates = formations_recommandees(
        region_code=profil.region, themes=sorted(themes), limit=CANDIDATES
    )
    for formation in candidates:
        if formation.prochaine_session is None:
            continue
        points, raisons = score_themes(
            profil, {t.slug for t in formation.themes.all()}, reglage, noms
        )
        if profil.region and formation.region_id == profil.region:
            points += reglage.poids_proximite
            raisons.append(f"Dans votre région : {formation.get_modalite_display().lower()}")
        elif formation.modalite == "distance":
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
