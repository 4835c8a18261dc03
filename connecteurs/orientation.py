"""Provider of the orientation engine: connecteurs serving the firm's area.

A firm at the first maturity levels (or without a diagnostic) is sent first to charter
signatories, who raise awareness for free; a firm further along, with a project, to labelled
connecteurs whose services (prestations) cover its needs or weak axes.

The candidates are picked and ranked in SQL (in the area, on a wanted theme, best points
first, a few rows), then scored in Python for the reasons: two queries, whatever the size of
the network.
"""

from collections import defaultdict

from django.db.models import Exists, OuterRef, Q, Subquery
from django.urls import reverse

from croissance.orientation.engine import Recommandation
from croissance.orientation.scoring import (
    meilleurs,
    points_note_sql,
    points_si,
    points_themes_sql,
    score_themes,
    themes_voulus,
)
from croissance.referentiels.selectors import noms_themes

from .enums import Niveau
from .models import Connecteur, Prestation
from .selectors import connecteurs_publics

# Maturity levels (1 to 4) at which awareness by a signatory comes first.
NIVEAU_SENSIBILISATION = 2

_Themes = Connecteur.themes.through
_Regions = Connecteur.regions.through
_Departements = Connecteur.departements.through


def _couvre(slugs) -> Q:
    """Its themes or one of its services (prestations) cover one of these themes."""
    return Q(Exists(_Themes.objects.filter(connecteur_id=OuterRef("pk"), theme_id__in=slugs))) | Q(
        Exists(Prestation.objects.filter(connecteur_id=OuterRef("pk"), theme_id__in=slugs))
    )


def _zone(profil) -> Q:
    """National, or serving the firm's region or département: the ids come from the indexed
    link tables (a union PostgreSQL reads by index) rather than an OR over the whole table."""
    ids = Connecteur.objects.filter(national=True).values("pk").order_by()
    if profil.region:
        ids = ids.union(
            _Regions.objects.filter(region_id=profil.region).values("connecteur_id").order_by()
        )
    if profil.departement:
        ids = ids.union(
            _Departements.objects.filter(departement_id=profil.departement)
            .values("connecteur_id")
            .order_by()
        )
    return Q(pk__in=ids)


def _sensibilisation(profil) -> bool:
    return profil.niveau is None or profil.niveau <= NIVEAU_SENSIBILISATION


def candidats(profil, reglage):
    """Signatories serving the firm's area on a wanted theme, ranked like the engine."""
    filtre, points = points_themes_sql(profil, reglage, _couvre)
    if filtre is None:
        return Connecteur.objects.none()
    labellise = Q(niveau=Niveau.LABELLISE)
    points = (
        points
        + points_si(~labellise if _sensibilisation(profil) else labellise, reglage.poids_proximite)
        + points_si(Q(national=False), reglage.poids_proximite)
        + points_note_sql(reglage)
    )
    queryset = (
        connecteurs_publics()
        .filter(filtre, _zone(profil))
        .only("nom", "type_acteur", "niveau", "national", "note_moyenne")
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


def _themes_de(connecteurs, slugs) -> dict[int, set[str]]:
    """The wanted themes each connecteur covers (its own or its services'), in one query."""
    ids = [c.pk for c in connecteurs]
    if not ids:
        return {}
    lignes = (
        _Themes.objects.filter(connecteur_id__in=ids, theme_id__in=slugs)
        .values_list("connecteur_id", "theme_id")
        .order_by()
        .union(
            Prestation.objects.filter(connecteur_id__in=ids, theme_id__in=slugs)
            .values_list("connecteur_id", "theme_id")
            .order_by()
        )
    )
    themes = defaultdict(set)
    for connecteur_id, theme_id in lignes:
        themes[connecteur_id].add(theme_id)
    return themes


def connecteurs(profil, reglage):
    noms = noms_themes()
    sensibilisation = _sensibilisation(profil)
    retenus = list(candidats(profil, reglage))
    besoins, faibles = themes_voulus(profil, reglage)
    themes_par_connecteur = _themes_de(retenus, besoins + faibles)
    for connecteur in retenus:
        points, raisons = score_themes(
            profil, themes_par_connecteur.get(connecteur.pk, set()), reglage, noms
        )
        labellise = connecteur.niveau == Niveau.LABELLISE
        if labellise != sensibilisation:
            points += reglage.poids_proximite
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
        )
