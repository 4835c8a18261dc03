"""Providers of the orientation engine for resources, testimonials and providers.

Each one picks its few candidates in SQL (published, suited to the firm, ranked, limited) and
scores only those in Python to write the reasons: one query whatever the size of the library
(the themes are read in each row's `themes_masque`).
"""

from django.db.models import Exists, OuterRef, Q
from django.urls import reverse

from croissance.orientation.engine import Recommandation, structure_de
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

from .enums import EtatModeration
from .models import Prestataire, Ressource, Temoignage


def _mot(valeur: str) -> str:
    """A regex matching `valeur` as one word of a space-separated list (SQLite and PostgreSQL)."""
    return rf"(^| ){valeur}( |$)"


def ressources_pour(profil, reglage, masques: Masques):
    """Published resources suited to the firm's level, sector and size, on a wanted theme."""
    filtre, points = points_themes_sql(profil, reglage, masques.couvre)
    if filtre is None:
        return []
    queryset = Ressource.objects.filter(filtre, publie=True)
    if profil.niveau is not None:
        queryset = queryset.filter(niveau_min__lte=profil.niveau, niveau_max__gte=profil.niveau)
    if profil.section:
        queryset = queryset.filter(Q(sections_naf="") | Q(sections_naf__regex=_mot(profil.section)))
    if profil.categorie:
        queryset = queryset.filter(Q(categories="") | Q(categories__regex=_mot(profil.categorie)))
    return meilleurs(
        queryset.only("titre", "type", "themes_masque"),
        points,
        reglage,
        titre="titre",
        groupe="type",
        marge=1,
    )


def ressources(profil, reglage):
    noms = noms_themes()
    masques = Masques.actuels()
    for ressource in ressources_pour(profil, reglage, masques):
        themes = masques.themes(ressource.themes_masque)
        points, raisons = score_themes(profil, themes, reglage, noms)
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


def temoignages_pour(profil, reglage, masques: Masques):
    """Published testimonials on a wanted theme, or from a firm of the same sector or region."""
    filtre, points = points_themes_sql(profil, reglage, masques.couvre)
    proches = []
    if profil.section:
        meme_secteur = Q(entreprise__naf__section=profil.section)
        points = points + points_si(meme_secteur, reglage.poids_proximite)
        proches.append(meme_secteur)
    if profil.region:
        meme_region = Q(entreprise__region_id=profil.region)
        points = points + points_si(meme_region, reglage.poids_proximite)
        proches.append(meme_region)
    conditions = [c for c in (filtre, *proches) if c is not None]
    if not conditions:
        return []
    queryset = Temoignage.objects.filter(
        Q.create(conditions, connector=Q.OR), etat=EtatModeration.PUBLIE
    ).select_related("entreprise__region", "entreprise__naf")
    return meilleurs(queryset, points, reglage, titre="titre", groupe="entreprise_id", marge=1)


def temoignages(profil, reglage):
    noms = noms_themes()
    masques = Masques.actuels()
    for temoignage in temoignages_pour(profil, reglage, masques):
        themes = masques.themes(temoignage.themes_masque)
        points, raisons = score_themes(profil, themes, reglage, noms)
        entreprise = temoignage.entreprise
        if profil.section and entreprise.naf and entreprise.naf.section == profil.section:
            points += reglage.poids_proximite
            raisons.append("Une entreprise de votre secteur")
        if profil.region and entreprise.region_id == profil.region:
            points += reglage.poids_proximite
            raisons.append(f"Une entreprise de votre région ({entreprise.region.nom})")
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


def prestataires_pour(profil, reglage, masques: Masques):
    """Referenced providers on a wanted theme, national or serving the firm's region."""
    filtre, points = points_themes_sql(profil, reglage, masques.couvre)
    if filtre is None:
        return []
    zone = Q(national=True)
    if profil.region:
        zone |= Q(
            Exists(
                Prestataire.regions.through.objects.filter(
                    prestataire_id=OuterRef("pk"), region_id=profil.region
                )
            )
        )
    queryset = Prestataire.objects.filter(filtre, zone, publie=True)
    points = points + points_si(Q(national=False), reglage.poids_proximite)
    points = points + points_note_sql(reglage)
    queryset = queryset.only(
        "nom", "siret", "national", "note_moyenne", "nombre_avis", "french_tech", "themes_masque"
    )
    return meilleurs(queryset, points, reglage, titre="nom")


def prestataires(profil, reglage):
    noms = noms_themes()
    masques = Masques.actuels()
    for prestataire in prestataires_pour(profil, reglage, masques):
        themes = masques.themes(prestataire.themes_masque)
        points, raisons = score_themes(profil, themes, reglage, noms)
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
            structure=structure_de(prestataire.siret),
        )
