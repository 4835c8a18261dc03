"""Providers of the orientation engine for resources, testimonials and providers."""

from django.urls import reverse

from croissance.orientation.engine import Recommandation
from croissance.orientation.scoring import score_note, score_themes
from croissance.referentiels.selectors import noms_themes

from .selectors import prestataires_references, ressources_publiees, temoignages_publies


def ressources(profil, reglage):
    noms = noms_themes()
    for ressource in ressources_publiees():
        if not ressource.convient(
            niveau=profil.niveau, section=profil.section, categorie=profil.categorie
        ):
            continue
        themes = {t.slug for t in ressource.themes.all()}
        points, raisons = score_themes(profil, themes, reglage, noms)
        if points:
            yield Recommandation(
                type="ressources",
                cle=f"ressources:{ressource.pk}",
                titre=ressource.titre,
                url=reverse("ressources:detail", args=[ressource.pk]),
                score=points,
                raisons=tuple(raisons),
                groupe=ressource.type,
                detail=ressource.get_type_display(),
            )


def temoignages(profil, reglage):
    noms = noms_themes()
    for temoignage in temoignages_publies():
        themes = {t.slug for t in temoignage.themes.all()}
        points, raisons = score_themes(profil, themes, reglage, noms)
        entreprise = temoignage.entreprise
        if profil.section and entreprise.naf and entreprise.naf.section == profil.section:
            points += reglage.poids_proximite
            raisons.append("Une entreprise de votre secteur")
        if profil.region and entreprise.region_id == profil.region:
            points += reglage.poids_proximite
            raisons.append(f"Une entreprise de votre région ({entreprise.region.nom})")
        if points:
            yield Recommandation(
                type="temoignages",
                cle=f"temoignages:{temoignage.pk}",
                titre=temoignage.titre,
                url=reverse("ressources:temoignage", args=[temoignage.pk]),
                score=points,
                raisons=tuple(raisons),
                groupe=f"entreprise:{entreprise.pk}",
                detail=entreprise.nom,
            )


def prestataires(profil, reglage):
    noms = noms_themes()
    for prestataire in prestataires_references(profil.region):
        themes = {t.slug for t in prestataire.themes.all()}
        points, raisons = score_themes(profil, themes, reglage, noms)
        if not points:
            continue
        if not prestataire.national:
            points += reglage.poids_proximite
            raisons.append("Intervient dans votre région")
        note_points, note_raison = score_note(
            prestataire.note_moyenne, prestataire.nombre_avis, reglage, "PME"
        )
        if note_raison:
            points += note_points
            raisons.append(note_raison)
        yield Recommandation(
            type="prestataires",
            cle=f"prestataires:{prestataire.pk}",
            titre=prestataire.nom,
            url=reverse("ressources:prestataire", args=[prestataire.pk]),
            score=points,
            raisons=tuple(raisons),
            groupe=f"prestataire:{prestataire.pk}",
            detail="Startup French Tech" if prestataire.french_tech else "",
        )
