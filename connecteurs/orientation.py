"""Provider of the orientation engine: connecteurs serving the firm's area.

A firm at the first maturity levels (or without a diagnostic) is sent first to charter
signatories, who raise awareness for free; a firm further along, with a project, to labelled
connecteurs whose services (prestations) cover its needs or weak axes.
"""

from django.db.models import Prefetch, Q
from django.urls import reverse

from croissance.orientation.engine import Recommandation
from croissance.orientation.scoring import score_themes
from croissance.referentiels.selectors import noms_themes

from .enums import Niveau
from .models import Prestation
from .selectors import connecteurs_publics

# Maturity levels (1 to 4) at which awareness by a signatory comes first.
NIVEAU_SENSIBILISATION = 2


def _zone(profil) -> Q:
    zone = Q(national=True)
    if profil.region:
        zone |= Q(regions=profil.region)
    if profil.departement:
        zone |= Q(departements=profil.departement)
    return zone


def connecteurs(profil, reglage):
    noms = noms_themes()
    sensibilisation = profil.niveau is None or profil.niveau <= NIVEAU_SENSIBILISATION
    candidats = (
        connecteurs_publics()
        .filter(pk__in=connecteurs_publics().filter(_zone(profil)).values("pk"))
        .prefetch_related(
            "themes", "regions", Prefetch("prestations", queryset=Prestation.objects.all())
        )
    )
    for connecteur in candidats:
        themes = {t.slug for t in connecteur.themes.all()}
        themes |= {p.theme_id for p in connecteur.prestations.all()}
        points, raisons = score_themes(profil, themes, reglage, noms)
        if not points:
            continue
        labellise = connecteur.niveau == Niveau.LABELLISE
        if labellise != sensibilisation:
            points += reglage.poids_proximite
        presentation = "Labellisé" if labellise else "Signataire de la charte"
        if connecteur.national:
            zone = "intervient dans toute la France"
        else:
            region = next((r for r in connecteur.regions.all() if r.code == profil.region), None)
            zone = f"intervient en {region.nom}" if region else "intervient près de chez vous"
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
