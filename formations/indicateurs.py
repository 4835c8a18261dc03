"""Indicators of trainings and of the time bank: enrolments, ratings, hours exchanged."""

from decimal import Decimal

from django.db.models import Avg, Count, Q, Sum

from croissance.indicateurs.registry import Perimetre, Tableau, register

from .enums import EtatEchange, EtatInscription
from .models import Avis, Echange, Inscription

_ETATS = [(etat.value, etat.label) for etat in EtatInscription]


def _par_etat():
    return {etat: Count("pk", filter=Q(etat=etat)) for etat, _ in _ETATS}


@register(
    slug="formations",
    titre="Formations et banque de temps",
    ordre=35,
    description=(
        "Inscriptions aux sessions (région de l'entreprise inscrite), notes des formations "
        "et heures échangées dans la banque de temps."
    ),
)
def formations(perimetre: Perimetre) -> list[Tableau]:
    inscriptions = perimetre.filtrer(
        Inscription.objects.all(), region="entreprise__region", date_field="cree_le"
    )
    par_periode = Tableau(
        slug="inscriptions-par-periode",
        titre="Inscriptions aux formations par période et par état",
        colonnes=["Période", "Inscriptions", *[libelle for _, libelle in _ETATS]],
        barre=1,
    )
    rows = (
        inscriptions.annotate(periode=perimetre.tronquer("cree_le"))
        .values("periode")
        .annotate(n=Count("pk"), **_par_etat())
        .order_by("periode")
    )
    for row in rows:
        par_periode.lignes.append(
            [perimetre.libelle_periode(row["periode"]), row["n"], *[row[e] for e, _ in _ETATS]]
        )

    par_region = Tableau(
        slug="inscriptions-par-region",
        titre="Inscriptions aux formations par région de l'entreprise",
        colonnes=["Région", "Inscriptions", *[libelle for _, libelle in _ETATS]],
        barre=1,
    )
    rows = (
        inscriptions.values("entreprise__region__nom")
        .annotate(n=Count("pk"), **_par_etat())
        .order_by("entreprise__region__nom")
    )
    for row in rows:
        par_region.lignes.append(
            [
                row["entreprise__region__nom"] or "Non renseignée",
                row["n"],
                *[row[e] for e, _ in _ETATS],
            ]
        )

    avis = perimetre.filtrer(
        Avis.objects.all(), region="inscription__entreprise__region", date_field="cree_le"
    )
    notes = Tableau(
        slug="notes",
        titre="Notes des formations par région de l'entreprise",
        colonnes=["Région", "Avis", "Note moyenne (sur 5)"],
        barre=2,
    )
    rows = (
        avis.values("inscription__entreprise__region__nom")
        .annotate(n=Count("pk"), moyenne=Avg("note"))
        .order_by("inscription__entreprise__region__nom")
    )
    for row in rows:
        notes.lignes.append(
            [
                row["inscription__entreprise__region__nom"] or "Non renseignée",
                row["n"],
                round(float(row["moyenne"]), 2),
            ]
        )
    ensemble = avis.aggregate(n=Count("pk"), moyenne=Avg("note"))
    if ensemble["n"]:
        notes.lignes.append(["Ensemble", ensemble["n"], round(float(ensemble["moyenne"]), 2)])

    echanges = perimetre.filtrer(
        Echange.objects.filter(etat=EtatEchange.TERMINE), date_field="cree_le"
    )
    heures = Tableau(
        slug="banque-de-temps",
        titre="Heures confirmées de la banque de temps par région",
        colonnes=["Région", "Heures données", "Heures reçues"],
        barre=1,
        note="Échanges dont les deux entreprises ont confirmé les heures.",
    )
    donnees = perimetre.filtrer(echanges, region="offreur__entreprise__region")
    recues = perimetre.filtrer(echanges, region="receveur__entreprise__region")
    lignes = {}
    for row in donnees.values("offreur__entreprise__region__nom").annotate(h=Sum("heures")):
        nom = row["offreur__entreprise__region__nom"] or "Non renseignée"
        lignes.setdefault(nom, [Decimal("0"), Decimal("0")])[0] += row["h"]
    for row in recues.values("receveur__entreprise__region__nom").annotate(h=Sum("heures")):
        nom = row["receveur__entreprise__region__nom"] or "Non renseignée"
        lignes.setdefault(nom, [Decimal("0"), Decimal("0")])[1] += row["h"]
    for nom in sorted(lignes):
        heures.lignes.append([nom, *lignes[nom]])
    if perimetre.national:
        total = echanges.aggregate(h=Sum("heures"))["h"]
        if total:
            heures.lignes.append(["France entière", total, total])
    return [par_periode, par_region, notes, heures]
