"""Indicators of e-export: leads and their email alerts, published testimonials."""

from django.db.models import Count, Q

from croissance.indicateurs.registry import Perimetre, Tableau, register

from .enums import StatutLead
from .models import Lead, LeadEnvoye, RechercheSauvegardee, Temoignage


@register(
    slug="e-export",
    titre="Export en ligne : leads et alertes",
    ordre=40,
    description="Les leads ne sont rattachés à aucune région : ces chiffres sont nationaux.",
)
def e_export(perimetre: Perimetre) -> list[Tableau]:
    leads = perimetre.filtrer(Lead.objects.all(), date_field="cree_le")
    par_periode = Tableau(
        slug="leads-par-periode",
        titre="Leads importés par période",
        colonnes=["Période", "Leads importés", "Encore ouverts"],
        barre=1,
    )
    rows = (
        leads.annotate(periode=perimetre.tronquer("cree_le"))
        .values("periode")
        .annotate(n=Count("pk"), ouverts=Count("pk", filter=Q(statut=StatutLead.OUVERT)))
        .order_by("periode")
    )
    for row in rows:
        par_periode.lignes.append(
            [perimetre.libelle_periode(row["periode"]), row["n"], row["ouverts"]]
        )

    compte = leads.aggregate(
        ouverts=Count("pk", filter=Q(statut=StatutLead.OUVERT)),
        clos=Count("pk", filter=Q(statut=StatutLead.CLOS)),
    )
    recherches = RechercheSauvegardee.objects.aggregate(
        n=Count("pk"), actives=Count("pk", filter=Q(alerte_active=True))
    )
    envois = perimetre.filtrer(LeadEnvoye.objects.all(), date_field="envoye_le").count()
    temoignages = Temoignage.objects.filter(publie=True)
    if not perimetre.national:
        temoignages = temoignages.filter(region__code__in=perimetre.regions)
    synthese = Tableau(
        slug="synthese",
        titre="Leads, alertes et témoignages d'export",
        colonnes=["Indicateur", "Nombre"],
        lignes=[
            ["Leads ouverts", compte["ouverts"]],
            ["Leads clos", compte["clos"]],
            ["Recherches de leads sauvegardées", recherches["n"]],
            ["Alertes quotidiennes actives", recherches["actives"]],
            ["Leads envoyés par les alertes", envois],
            ["Témoignages d'export publiés", temoignages.count()],
        ],
        barre=1,
    )
    return [synthese, par_periode]
