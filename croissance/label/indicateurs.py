"""Indicators of the SME label: labels granted against the yearly target, the pipeline."""

from django.db.models import Count
from django.db.models.functions import ExtractYear
from django.utils import timezone

from croissance.indicateurs.registry import Perimetre, Tableau, part, register

from .enums import EtatCandidature
from .models import CandidatureLabel, ReglageLabel


@register(
    slug="label",
    titre="Label PME #CroissanceConnectée",
    ordre=50,
    description="Labels accordés chaque année face à l'objectif (qui double chaque année).",
)
def label(perimetre: Perimetre) -> list[Tableau]:
    candidatures = perimetre.filtrer(
        CandidatureLabel.objects.all(), region="entreprise__region", date_field="deposee_le"
    )
    reglage = ReglageLabel.current()
    annee_courante = timezone.localdate().year
    accordes = dict(
        candidatures.filter(etat=EtatCandidature.ACCORDE, accorde_le__isnull=False)
        .annotate(annee=ExtractYear("accorde_le"))
        .values_list("annee")
        .annotate(n=Count("pk"))
        .order_by()
    )
    objectifs = Tableau(
        slug="objectif",
        titre="Labels accordés et objectif annuel",
        colonnes=["Année", "Labels accordés", "Objectif national", "Avancement (%)"],
        barre=3,
        unite_barre="%",
        note=""
        if perimetre.national
        else "L'objectif est national : l'avancement compare la région à l'objectif national.",
    )
    for annee in range(min(reglage.annee_lancement, annee_courante), annee_courante + 1):
        objectif = reglage.objectif(annee)
        n = accordes.get(annee, 0)
        objectifs.lignes.append([str(annee), n, objectif, part(n, objectif)])

    pipeline = Tableau(
        slug="candidatures",
        titre="Candidatures au label par état",
        colonnes=["État", "Candidatures"],
        barre=1,
    )
    par_etat = dict(candidatures.values_list("etat").annotate(n=Count("pk")).order_by())
    for valeur, libelle in EtatCandidature.choices:
        pipeline.lignes.append([libelle, par_etat.get(valeur, 0)])
    return [objectifs, pipeline]
