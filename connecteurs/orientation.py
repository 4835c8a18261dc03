"""Provider of the orientation engine: connecteurs serving the firm's area.

A firm at the first maturity levels (up to the level mission staff set, or without a
diagnostic) is sent first to charter signatories, who raise awareness for free; a firm further
along, with a project, first to labelled connecteurs whose services (prestations) cover its
needs or weak axes. The tier that suits the firm weighs more than every other rule together
(`poids_niveau_adapte`): it always comes first. Connecteurs whose label is suspended are not
recommended.

The candidates are picked and ranked in SQL (in the area, on a wanted theme, best points
first, a few rows), then scored in Python for the reasons: one query whatever the size of the
network (the themes, its own and its services', are read in each row's `themes_masque`).
"""

from django.db.models import OuterRef, Q, Subquery
from django.urls import reverse

from croissance.orientation.engine import Recommandation, structure_de
from croissance.orientation.scoring import (
    meilleurs,
    points_note_sql,
    points_si,
    points_themes_sql,
    score_themes,
)
from croissance.referentiels.masques import Masques
from croissance.referentiels.selectors import noms_themes

from .enums import Niveau
from .models import Connecteur
from .selectors import connecteurs_recommandables, servant

_Regions = Connecteur.regions.through


def _sensibilisation(profil, reglage) -> bool:
    """Whether the firm is first sent to signatories, for awareness (tuned in the admin)."""
    return profil.niveau is None or profil.niveau <= reglage.niveau_sensibilisation


def candidats(profil, reglage, masques: Masques):
    """Signatories serving the firm's area on a wanted theme, ranked like the engine."""
    filtre, points = points_themes_sql(profil, reglage, masques.couvre)
    if filtre is None:
        return []
    labellise = Q(niveau=Niveau.LABELLISE)
    points = (
        points
        + points_si(
            ~labellise if _sensibilisation(profil, reglage) else labellise,
            reglage.poids_niveau_adapte,
        )
        + points_si(Q(national=False), reglage.poids_proximite)
        + points_note_sql(reglage)
    )
    queryset = (
        connecteurs_recommandables()
        .filter(filtre, servant(profil.region, profil.departement))
        .only("nom", "siret", "type_acteur", "niveau", "national", "note_moyenne", "themes_masque")
    )
    if profil.region:
        queryset = queryset.annotate(
            region_nom=Subquery(
                _Regions.objects.filter(
                    connecteur_id=OuterRef("pk"), region_id=profil.region
                ).values("region__nom")[:1]
            )
        )
    return meilleurs(queryset, points, reglage, titre="nom")


def connecteurs(profil, reglage):
    noms = noms_themes()
    sensibilisation = _sensibilisation(profil, reglage)
    masques = Masques.actuels()
    for connecteur in candidats(profil, reglage, masques):
        points, raisons = score_themes(
            profil, masques.themes(connecteur.themes_masque), reglage, noms
        )
        labellise = connecteur.niveau == Niveau.LABELLISE
        if labellise != sensibilisation:
            points += reglage.poids_niveau_adapte
        presentation = "Labellisé" if labellise else "Signataire de la charte"
        if connecteur.national:
            zone = "intervient dans toute la France"
        else:
            region_nom = getattr(connecteur, "region_nom", None)
            zone = f"intervient en {region_nom}" if region_nom else "intervient près de chez vous"
            points += reglage.poids_proximite
        description = f"{presentation}, {zone}"
        if connecteur.note_moyenne:
            points += int(connecteur.note_moyenne * reglage.poids_note)
            description += f", note {connecteur.note_moyenne:.1f}/5".replace(".", ",")
        raisons.append(description)
        if sensibilisation and not labellise:
            raisons.append("Pour découvrir ce que le numérique peut apporter, gratuitement")
        yield Recommandation(
            type="connecteurs",
            cle=f"connecteurs:{connecteur.pk}",
            titre=connecteur.nom,
            url=reverse("connecteurs:profil", args=[connecteur.pk]),
            score=points,
            raisons=tuple(raisons),
            groupe=f"connecteur:{connecteur.pk}",
            detail=connecteur.get_type_acteur_display(),
            structure=structure_de(connecteur.siret),
        )
