"""Providers of the orientation engine for export-minded firms: market fiches, marketplaces,
success stories and open leads — first those of the countries the manager targets (e-export
diagnostic), then the countries where the demand of the firm's sector is.

Each provider reads at most two queries, whatever the number of leads."""

from django.db.models import Count, Exists, OuterRef, Q, Value
from django.urls import reverse

from croissance.orientation.engine import Recommandation

from .models import Lead, PlaceDeMarche, Secteur, Temoignage
from .pays import pays_avec_article
from .selectors import lead_ouvert, marches_publies, offres_valides

THEME_EXPORT = "e-export"
CANDIDATES = 30
# A chosen country outranks anything else: this bonus exceeds every other rule's points
# (the demand of the sector counts for at most PLAFOND_DEMANDE).
PAYS_VISE = 200
PLAFOND_DEMANDE = 50
BONUS_OFFRE = 20
BONUS_SECTEUR = 10


def _secteurs_de(division: str):
    return Secteur.objects.filter(divisions_naf__code=division).values("pk")


def _leads_du_secteur(division: str):
    """Open leads of the firm's NAF division whose deadline has not passed."""
    return Lead.objects.filter(
        lead_ouvert(), Q(naf_division_id=division) | Q(secteur__in=_secteurs_de(division))
    )


def _points(profil, reglage) -> int:
    return reglage.poids_besoin if THEME_EXPORT in profil.besoins else reglage.poids_proximite


def _pluriel(nombre: int, mot: str) -> str:
    return f"{mot}s" if nombre > 1 else mot


def leads(profil, reglage):
    if not (profil.export and profil.division):
        return
    leads_du_secteur = _leads_du_secteur(profil.division).select_related("secteur")
    ailleurs = leads_du_secteur.exclude(pays__in=profil.pays_cibles)
    lots = [(ailleurs, _points(profil, reglage))]
    if profil.pays_cibles:
        vises = leads_du_secteur.filter(pays__in=profil.pays_cibles)
        lots.insert(0, (vises, PAYS_VISE + reglage.poids_besoin))
    for lot, score in lots:
        for lead in lot.order_by("-publie_le", "-pk")[:CANDIDATES]:
            secteur = lead.secteur.nom.lower() if lead.secteur else "votre secteur"
            if lead.pays in profil.pays_cibles:
                demande = (
                    f"Vous visez {pays_avec_article(lead.pays)} : un acheteur de ce pays cherche "
                    f"un fournisseur dans votre secteur ({secteur})"
                )
            else:
                demande = (
                    f"Demande venue de {lead.get_pays_display()} dans votre secteur ({secteur})"
                )
            yield Recommandation(
                type="leads",
                cle=f"leads:{lead.pk}",
                titre=lead.titre,
                url=reverse("einter:lead", args=[lead.pk]),
                score=score,
                raisons=(demande, f"Publiée le {lead.publie_le:%d/%m/%Y}"),
                groupe=f"pays:{lead.pays}",
                detail=lead.get_pays_display(),
            )


def marches(profil, reglage):
    if not profil.export:
        return
    demande = {}
    if profil.division:
        # By sector only (the import gives each lead the sector of its NAF code): the count is
        # then read from the covering index `lead_secteur_demande`, without the table.
        demande = dict(
            Lead.objects.filter(lead_ouvert(), secteur__in=_secteurs_de(profil.division))
            .values("pays")
            .annotate(nombre=Count("*"))
            .values_list("pays", "nombre")
        )
    codes = set(demande) | profil.pays_cibles
    if not codes:
        return
    for marche in marches_publies().filter(code_pays__in=codes):
        nombre = demande.get(marche.code_pays, 0)
        raisons = []
        score = _points(profil, reglage) + min(nombre, PLAFOND_DEMANDE)
        if marche.code_pays in profil.pays_cibles:
            score += PAYS_VISE
            raisons.append(
                f"Vous visez {pays_avec_article(marche.code_pays)} : fiche marché, habitudes "
                "d'achat en ligne et bonnes pratiques"
            )
        if nombre:
            raisons.append(
                f"{nombre} {_pluriel(nombre, 'demande')} {_pluriel(nombre, 'ouverte')} "
                "dans votre secteur"
            )
        if len(raisons) < 2:
            raisons.append("Vous souhaitez vendre à l'étranger")
        yield Recommandation(
            type="marches",
            cle=f"marches:{marche.code_pays}",
            titre=f"Vendre en ligne : {marche.nom}",
            url=reverse("einter:marche", args=[marche.code_pays.lower()]),
            score=score,
            raisons=tuple(raisons),
            groupe=f"pays:{marche.code_pays}",
        )


def _du_secteur(relation: str, division: str | None):
    """Exists(…) telling whether the row's sector (through `relation`) covers the division."""
    if not division:
        return Value(False)
    return Exists(Secteur.objects.filter(pk=OuterRef(relation), divisions_naf__code=division))


def places(profil, reglage):
    """Published marketplaces operating in the targeted countries, with their current offer."""
    if not profil.pays_cibles:
        return
    presences = (
        PlaceDeMarche.marches.through.objects.filter(
            marche__code_pays__in=profil.pays_cibles,
            marche__publie=True,
            placedemarche__publie=True,
        )
        .select_related("placedemarche", "marche")
        .order_by("placedemarche__nom", "marche__code_pays")
    )
    pays_par_place, place_par_id = {}, {}
    for presence in presences:
        place_par_id[presence.placedemarche_id] = presence.placedemarche
        pays_par_place.setdefault(presence.placedemarche_id, []).append(presence.marche.code_pays)
    if not place_par_id:
        return
    offres = {}
    for offre in offres_valides().filter(place_id__in=place_par_id).order_by("fin", "pk"):
        offres.setdefault(offre.place_id, offre)
    for pk, place in place_par_id.items():
        pays = " et ".join(pays_avec_article(code) for code in pays_par_place[pk])
        raisons = [f"Vous visez {pays} : {place.nom} y vend en ligne"]
        score = PAYS_VISE + reglage.poids_besoin
        offre = offres.get(pk)
        if offre:
            score += BONUS_OFFRE
            raisons.append(
                f"Conditions négociées pour les PME du programme : {offre.titre} "
                f"(jusqu'au {offre.fin:%d/%m/%Y})"
            )
        yield Recommandation(
            type="places",
            cle=f"places:{pk}",
            titre=place.nom,
            url=place.get_absolute_url(),
            score=score,
            raisons=tuple(raisons),
            detail=offre.titre if offre else place.modele_commission,
        )


def temoignages(profil, reglage):
    """Published success stories in the targeted countries, the firm's sector first."""
    if not profil.pays_cibles:
        return
    recits = (
        Temoignage.objects.filter(
            publie=True, marche__publie=True, marche__code_pays__in=profil.pays_cibles
        )
        .select_related("marche")
        .annotate(meme_secteur=_du_secteur("secteur_id", profil.division))
        .order_by("-publie_le", "pk")[:CANDIDATES]
    )
    for recit in recits:
        raisons = [
            f"Vous visez {pays_avec_article(recit.marche.code_pays)} : {recit.entreprise} y "
            f"vend {recit.produits}"
        ]
        score = PAYS_VISE + reglage.poids_besoin
        if recit.meme_secteur:
            score += BONUS_SECTEUR
            raisons.append("Une entreprise de votre secteur")
        yield Recommandation(
            type="temoignages_export",
            cle=f"temoignages_export:{recit.pk}",
            titre=recit.titre,
            url=recit.get_absolute_url(),
            score=score,
            raisons=tuple(raisons),
            groupe=f"pays:{recit.marche.code_pays}",
            detail=recit.resultats,
        )
