"""Indicators of the diagnostic: diagnostics taken, maturity, DII, commerce connecté."""

from django.db.models import Avg, Count, IntegerField, Max, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce

from croissance.entreprises.models import Entreprise
from croissance.indicateurs.models import ReferenceUE
from croissance.indicateurs.registry import Perimetre, Tableau, part, register
from croissance.referentiels.models import Naf, TrancheEffectifs

from .enums import NiveauDII, StatutResultat
from .models import Resultat

RANGS = (1, 2, 3, 4)


def _termines(perimetre: Perimetre):
    qs = Resultat.objects.filter(statut=StatutResultat.TERMINE)
    return perimetre.filtrer(qs, region="region", date_field="termine_le")


def _entreprises_diagnostiquees(perimetre: Perimetre):
    """Entreprises with a finished diagnostic, annotated with the latest one's answer."""
    dernier = perimetre.filtrer(
        Resultat.objects.filter(entreprise=OuterRef("pk"), statut=StatutResultat.TERMINE),
        date_field="termine_le",
    ).order_by("-termine_le", "-pk")
    qs = Entreprise.objects.annotate(cc=Subquery(dernier.values("commerce_connecte")[:1])).filter(
        cc__isnull=False
    )
    return perimetre.filtrer(qs, region="region")


def _stats():
    return {
        "total": Count("pk"),
        "score": Avg("score_global"),
        "dii": Avg("dii"),
        "cc": Count("pk", filter=Q(commerce_connecte=True)),
    }


def _arrondi(valeur):
    return round(float(valeur), 1) if valeur is not None else None


@register(
    slug="commerce-connecte",
    titre="Commerce connecté : l'objectif du programme",
    ordre=5,
    description="Part des PME diagnostiquées ayant des éléments de commerce connecté (selon "
    "leur dernier diagnostic), comparée à la moyenne européenne de référence.",
)
def commerce_connecte(perimetre: Perimetre) -> list[Tableau]:
    qs = _entreprises_diagnostiquees(perimetre)
    total = qs.aggregate(total=Count("pk"), avec=Count("pk", filter=Q(cc=True)))
    reference = ReferenceUE.courante()
    lignes = [
        [
            "PME diagnostiquées ayant des éléments de commerce connecté",
            total["total"],
            total["avec"],
            part(total["avec"], total["total"]),
        ]
    ]
    note = "Aucune référence européenne n'est saisie (administration, « Références européennes »)."
    if reference:
        lignes.append([f"Référence : {reference.libelle}", None, None, float(reference.valeur)])
        note = f"Source de la référence : {reference.source}, données {reference.annee}."
    synthese = Tableau(
        slug="objectif",
        titre="Part des PME ayant des éléments de commerce connecté",
        colonnes=["Indicateur", "PME diagnostiquées", "Avec commerce connecté", "Part (%)"],
        lignes=lignes,
        barre=3,
        unite_barre="%",
        note=note,
    )
    par_region = (
        qs.values("region__nom")
        .annotate(total=Count("pk"), avec=Count("pk", filter=Q(cc=True)))
        .order_by("region__nom")
    )
    valeur_ref = float(reference.valeur) if reference else None
    regions = Tableau(
        slug="par-region",
        titre="Commerce connecté par région",
        colonnes=[
            "Région",
            "PME diagnostiquées",
            "Avec commerce connecté",
            "Part (%)",
            "Écart à la référence (points)",
        ],
        barre=3,
        unite_barre="%",
    )
    for row in par_region:
        taux = part(row["avec"], row["total"])
        ecart = round(taux - valeur_ref, 1) if valeur_ref is not None else None
        regions.lignes.append(
            [row["region__nom"] or "Région inconnue", row["total"], row["avec"], taux, ecart]
        )
    return [synthese, regions]


@register(
    slug="diagnostics",
    titre="Diagnostics et maturité numérique",
    ordre=10,
    description="Diagnostics terminés, niveau de maturité et indice d'intensité numérique "
    "(DII, Eurostat) par période, région, secteur et taille.",
)
def diagnostics(perimetre: Perimetre) -> list[Tableau]:
    termines = _termines(perimetre)
    par_niveau = {f"n{r}": Count("pk", filter=Q(niveau__rang=r)) for r in RANGS}
    par_dii = {f"d_{v}": Count("pk", filter=Q(niveau_dii=v)) for v in NiveauDII.values}

    evolution = Tableau(
        slug="par-periode",
        titre="Diagnostics terminés par période",
        colonnes=[
            "Période",
            "Diagnostics",
            "Score moyen (sur 100)",
            "DII moyen (sur 12)",
            "Commerce connecté (%)",
            *[f"Niveau {r}" for r in RANGS],
            *[f"DII {label.lower()}" for label in NiveauDII.labels],
        ],
        barre=1,
    )
    rows = (
        termines.annotate(periode=perimetre.tronquer("termine_le"))
        .values("periode")
        .annotate(**_stats(), **par_niveau, **par_dii)
        .order_by("periode")
    )
    for row in rows:
        evolution.lignes.append(
            [
                perimetre.libelle_periode(row["periode"]),
                row["total"],
                _arrondi(row["score"]),
                _arrondi(row["dii"]),
                part(row["cc"], row["total"]),
                *[row[f"n{r}"] for r in RANGS],
                *[row[f"d_{v}"] for v in NiveauDII.values],
            ]
        )

    niveaux = Tableau(
        slug="niveaux",
        titre="Répartition par niveau de maturité",
        colonnes=["Niveau", "Diagnostics", "Part (%)"],
        barre=2,
        unite_barre="%",
    )
    rows = list(
        termines.filter(niveau__isnull=False)
        .values("niveau__rang")
        .annotate(total=Count("pk"), nom=Max("niveau__nom"))
        .order_by("niveau__rang")
    )
    somme = sum(row["total"] for row in rows)
    for row in rows:
        niveaux.lignes.append(
            [f"{row['niveau__rang']}. {row['nom']}", row["total"], part(row["total"], somme)]
        )

    dii = Tableau(
        slug="dii",
        titre="Répartition par niveau d'intensité numérique (DII)",
        colonnes=["Niveau DII", "Diagnostics", "Part (%)"],
        barre=2,
        unite_barre="%",
    )
    compte = termines.aggregate(total=Count("pk", filter=~Q(niveau_dii="")), **par_dii)
    for valeur, label in NiveauDII.choices:
        dii.lignes.append(
            [label, compte[f"d_{valeur}"], part(compte[f"d_{valeur}"], compte["total"])]
        )

    return [
        evolution,
        niveaux,
        dii,
        _par(termines, "region__nom", "par-region", "Par région", "Région", par_niveau, par_dii),
        _par_region_et_periode(perimetre, termines, par_niveau, par_dii),
        _par_secteur(termines, par_niveau, par_dii),
        _par_taille(termines, par_niveau, par_dii),
    ]


def _tableau_groupe(slug, titre, premier):
    return Tableau(
        slug=slug,
        titre=titre,
        colonnes=[
            premier,
            "Diagnostics",
            "Score moyen (sur 100)",
            "DII moyen (sur 12)",
            "Commerce connecté (%)",
            *[f"Niveau {r}" for r in RANGS],
            *[f"DII {label.lower()}" for label in NiveauDII.labels],
        ],
        barre=1,
    )


def _ligne(libelle, row):
    return [
        libelle,
        row["total"],
        _arrondi(row["score"]),
        _arrondi(row["dii"]),
        part(row["cc"], row["total"]),
        *[row[f"n{r}"] for r in RANGS],
        *[row[f"d_{v}"] for v in NiveauDII.values],
    ]


def _par(termines, champ, slug, titre, premier, par_niveau, par_dii):
    tableau = _tableau_groupe(slug, titre, premier)
    rows = termines.values(champ).annotate(**_stats(), **par_niveau, **par_dii).order_by(champ)
    for row in rows:
        tableau.lignes.append(_ligne(row[champ] or "Non renseignée", row))
    return tableau


def _par_region_et_periode(perimetre, termines, par_niveau, par_dii):
    tableau = _tableau_groupe(
        "par-region-et-periode", "Par région et par période", "Région et période"
    )
    rows = (
        termines.annotate(periode=perimetre.tronquer("termine_le"))
        .values("region__nom", "periode")
        .annotate(**_stats(), **par_niveau, **par_dii)
        .order_by("region__nom", "periode")
    )
    for row in rows:
        libelle = (
            f"{row['region__nom'] or 'Non renseignée'}, {perimetre.libelle_periode(row['periode'])}"
        )
        tableau.lignes.append(_ligne(libelle, row))
    return tableau


def _par_secteur(termines, par_niveau, par_dii):
    """By NAF section: the result keeps its NAF division, the referential maps it."""
    division = Naf.objects.filter(niveau="division", division=OuterRef("secteur"))
    libelle = Naf.objects.filter(niveau="section", section=OuterRef("section"))
    tableau = _tableau_groupe("par-secteur", "Par secteur d'activité (section NAF)", "Secteur")
    rows = (
        termines.annotate(section=Subquery(division.values("section")[:1]))
        .annotate(libelle=Subquery(libelle.values("libelle")[:1]))
        .values("section", "libelle")
        .annotate(**_stats(), **par_niveau, **par_dii)
        .order_by("section")
    )
    for row in rows:
        nom = f"{row['section']} – {row['libelle']}" if row["section"] else "Non renseigné"
        tableau.lignes.append(_ligne(nom, row))
    return tableau


def _par_taille(termines, par_niveau, par_dii):
    tranche = TrancheEffectifs.objects.filter(code=OuterRef("tranche_effectifs"))
    tableau = _tableau_groupe(
        "par-taille", "Par taille d'entreprise (tranche d'effectifs)", "Taille"
    )
    rows = (
        termines.annotate(
            libelle=Subquery(tranche.values("libelle")[:1]),
            rang=Coalesce(Subquery(tranche.values("ordre")[:1]), 999, output_field=IntegerField()),
        )
        .values("libelle", "rang")
        .annotate(**_stats(), **par_niveau, **par_dii)
        .order_by("rang", "libelle")
    )
    for row in rows:
        tableau.lignes.append(_ligne(row["libelle"] or "Non renseignée", row))
    return tableau
