"""Indicators of the connecteur network: tiers, label pipeline, SME requests."""

from django.db.models import Count, Q

from croissance.indicateurs.registry import Perimetre, Tableau, part, register

from .enums import EtatCandidature, EtatReponse, Niveau, StatutDemande
from .models import Candidature, Connecteur, Demande, Reponse


def _niveaux():
    return {
        "signataires": Count("pk", filter=Q(niveau=Niveau.SIGNATAIRE), distinct=True),
        "labellises": Count("pk", filter=Q(niveau=Niveau.LABELLISE), distinct=True),
    }


@register(
    slug="connecteurs",
    titre="Réseau des connecteurs et mises en relation",
    ordre=20,
    description=(
        "Connecteurs signataires de la charte et labellisés, candidatures au label, "
        "demandes des PME aux connecteurs (région de la PME)."
    ),
)
def connecteurs(perimetre: Perimetre) -> list[Tableau]:
    signataires = Connecteur.objects.filter(charte_signee_le__isnull=False)

    par_niveau = Tableau(
        slug="par-niveau",
        titre="Connecteurs signataires de la charte par niveau",
        colonnes=["Niveau", "Connecteurs", "Part (%)"],
        barre=1,
    )
    perimetre_connecteurs = signataires
    if not perimetre.national:
        perimetre_connecteurs = signataires.filter(
            Q(national=True) | Q(regions__code__in=perimetre.regions)
        )
    compte = perimetre_connecteurs.aggregate(total=Count("pk", distinct=True), **_niveaux())
    for libelle, cle in (
        (Niveau.SIGNATAIRE.label, "signataires"),
        (Niveau.LABELLISE.label, "labellises"),
    ):
        par_niveau.lignes.append([libelle, compte[cle], part(compte[cle], compte["total"])])

    par_region = Tableau(
        slug="par-region",
        titre="Connecteurs par région d'intervention",
        colonnes=["Région", "Signataires", "Labellisés", "Total"],
        barre=3,
        note="Un connecteur présent dans plusieurs régions compte dans chacune.",
    )
    regionaux = perimetre.filtrer(
        signataires.filter(national=False, regions__isnull=False), region="regions__code"
    )
    rows = (
        regionaux.values("regions__nom")
        .annotate(total=Count("pk", distinct=True), **_niveaux())
        .order_by("regions__nom")
    )
    for row in rows:
        par_region.lignes.append(
            [row["regions__nom"], row["signataires"], row["labellises"], row["total"]]
        )
    nationaux = signataires.filter(national=True).aggregate(
        total=Count("pk", distinct=True), **_niveaux()
    )
    if nationaux["total"]:
        par_region.lignes.append(
            ["National", nationaux["signataires"], nationaux["labellises"], nationaux["total"]]
        )

    candidatures = perimetre.filtrer(Candidature.objects.all(), date_field="cree_le")
    if not perimetre.national:
        candidatures = candidatures.filter(
            Q(connecteur__national=True) | Q(connecteur__regions__code__in=perimetre.regions)
        )
    par_etat = dict(
        candidatures.values_list("etat").annotate(n=Count("pk", distinct=True)).order_by()
    )
    total_candidatures = sum(par_etat.values())
    filiere = Tableau(
        slug="filiere-label",
        titre="Candidatures au label par état",
        colonnes=["État", "Candidatures", "Part (%)"],
        barre=1,
    )
    for etat in EtatCandidature:
        n = par_etat.get(etat.value, 0)
        filiere.lignes.append([etat.label, n, part(n, total_candidatures)])

    demandes = perimetre.filtrer(
        Demande.objects.all(), region="entreprise__region", date_field="cree_le"
    )
    par_statut = dict(demandes.values_list("statut").annotate(n=Count("pk")).order_by())
    total_demandes = sum(par_statut.values())
    statuts = Tableau(
        slug="demandes-par-statut",
        titre="Demandes des PME aux connecteurs par statut",
        colonnes=["Statut", "Demandes", "Part (%)"],
        barre=1,
    )
    for statut in StatutDemande:
        n = par_statut.get(statut.value, 0)
        statuts.lignes.append([statut.label, n, part(n, total_demandes)])

    reponses = perimetre.filtrer(
        Reponse.objects.all(), region="demande__entreprise__region", date_field="demande__cree_le"
    )
    par_issue = dict(reponses.values_list("etat").annotate(n=Count("pk")).order_by())
    total_reponses = sum(par_issue.values())
    issues = Tableau(
        slug="issues",
        titre="Issue des demandes, connecteur par connecteur",
        colonnes=["Issue", "Réponses", "Part (%)"],
        barre=1,
    )
    for etat in EtatReponse:
        n = par_issue.get(etat.value, 0)
        issues.lignes.append([etat.label, n, part(n, total_reponses)])

    demandes_region = Tableau(
        slug="demandes-par-region",
        titre="Demandes des PME par région de l'entreprise",
        colonnes=["Région", "Demandes", "Prises en charge ou terminées", "Sans suite"],
        barre=1,
    )
    rows = (
        demandes.values("entreprise__region__nom")
        .annotate(
            n=Count("pk"),
            suivies=Count(
                "pk",
                filter=Q(statut__in=[StatutDemande.PRISE_EN_CHARGE, StatutDemande.TERMINEE]),
            ),
            sans_suite=Count("pk", filter=Q(statut=StatutDemande.SANS_SUITE)),
        )
        .order_by("entreprise__region__nom")
    )
    for row in rows:
        demandes_region.lignes.append(
            [
                row["entreprise__region__nom"] or "Non renseignée",
                row["n"],
                row["suivies"],
                row["sans_suite"],
            ]
        )
    return [par_niveau, par_region, filiere, statuts, issues, demandes_region]
