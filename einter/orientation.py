"""Providers of the orientation engine for export-minded firms: open leads of their sector,
and the market fiches of the countries where that demand is."""

from django.db.models import Count, Q
from django.urls import reverse

from croissance.orientation.engine import Recommandation

from .enums import StatutLead
from .models import Lead
from .selectors import marches_publies

THEME_EXPORT = "e-export"
CANDIDATES = 30


def _leads_du_secteur(division: str):
    return Lead.objects.filter(statut=StatutLead.OUVERT).filter(
        Q(naf_division_id=division) | Q(secteur__divisions_naf__code=division)
    )


def _points(profil, reglage) -> int:
    return reglage.poids_besoin if THEME_EXPORT in profil.besoins else reglage.poids_proximite


def leads(profil, reglage):
    if not (profil.export and profil.division):
        return
    recent = (
        _leads_du_secteur(profil.division)
        .select_related("secteur")
        .distinct()
        .order_by("-publie_le", "-pk")[:CANDIDATES]
    )
    for lead in recent:
        secteur = lead.secteur.nom.lower() if lead.secteur else "votre secteur"
        yield Recommandation(
            type="leads",
            cle=f"leads:{lead.pk}",
            titre=lead.titre,
            url=reverse("einter:lead", args=[lead.pk]),
            score=_points(profil, reglage),
            raisons=(
                f"Demande venue de {lead.get_pays_display()} dans votre secteur ({secteur})",
                f"Publiée le {lead.publie_le:%d/%m/%Y}",
            ),
            groupe=f"pays:{lead.pays}",
            detail=lead.get_pays_display(),
        )


def marches(profil, reglage):
    if not (profil.export and profil.division):
        return
    demande = dict(
        _leads_du_secteur(profil.division)
        .values("pays")
        .annotate(nombre=Count("pk", distinct=True))
        .values_list("pays", "nombre")
    )
    for marche in marches_publies().filter(code_pays__in=demande):
        nombre = demande[marche.code_pays]
        yield Recommandation(
            type="marches",
            cle=f"marches:{marche.code_pays}",
            titre=f"Vendre en ligne : {marche.nom}",
            url=reverse("einter:marche", args=[marche.code_pays.lower()]),
            score=_points(profil, reglage) + nombre,
            raisons=(
                f"{nombre} demande{'s' if nombre > 1 else ''} ouverte{'s' if nombre > 1 else ''} "
                "dans votre secteur",
                "Vous souhaitez vendre à l'étranger",
            ),
            groupe=f"pays:{marche.code_pays}",
        )
