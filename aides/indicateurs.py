"""Indicators of the aids: files by state, amounts granted, envelope consumption, and the
sampled audits after decision (staff only: not on the open-data page nor the API)."""

from decimal import Decimal

from django.db.models import Count, Q, Sum

from croissance.indicateurs.registry import Perimetre, Tableau, part, register

from .enums import ConclusionControle, EtatDossier
from .models import Aide, Dossier

ACCORDES = [EtatDossier.ACCEPTE, EtatDossier.VERSE]
ZERO = Decimal("0")


@register(
    slug="aides",
    titre="Aides financières",
    ordre=30,
    description="Dossiers d'aide par état, montants accordés, consommation des enveloppes et "
    "contrôles a posteriori.",
)
def aides(perimetre: Perimetre) -> list[Tableau]:
    dossiers = perimetre.filtrer(Dossier.objects.all(), region="region", date_field="cree_le")

    par_etat = Tableau(
        slug="dossiers-par-etat",
        titre="Dossiers par état",
        colonnes=["État", "Dossiers", "Montant sollicité (€)", "Montant accordé (€)"],
        barre=1,
    )
    rows = {
        row["etat"]: row
        for row in dossiers.values("etat")
        .annotate(n=Count("pk"), sollicite=Sum("montant_sollicite"), accorde=Sum("montant_accorde"))
        .order_by("etat")
    }
    for valeur, label in EtatDossier.choices:
        row = rows.get(valeur, {})
        par_etat.lignes.append(
            [label, row.get("n", 0), row.get("sollicite") or ZERO, row.get("accorde") or ZERO]
        )

    par_region = Tableau(
        slug="montants-par-region",
        titre="Montants accordés par région",
        colonnes=["Région", "Dossiers déposés", "Dossiers accordés", "Montant accordé (€)"],
        barre=3,
    )
    # one query for both tables by region: the audit of a file (one-to-one) adds no row
    tires = Q(etat__in=ACCORDES, controle_a_posteriori=True)
    rows_par_region = list(
        dossiers.exclude(etat=EtatDossier.BROUILLON)
        .values("region__nom")
        .annotate(
            n=Count("pk"),
            accordes=Count("pk", filter=Q(etat__in=ACCORDES)),
            montant=Sum("montant_accorde", filter=Q(etat__in=ACCORDES)),
            tires=Count("pk", filter=tires),
            controles=Count("controle", filter=tires),
            non_conformes=Count(
                "controle",
                filter=tires & Q(controle__conclusion=ConclusionControle.NON_CONFORME),
            ),
        )
        .order_by("region__nom")
    )
    for row in rows_par_region:
        par_region.lignes.append(
            [
                row["region__nom"] or "Non renseignée",
                row["n"],
                row["accordes"],
                row["montant"] or ZERO,
            ]
        )

    return [par_etat, par_region, _enveloppes(perimetre), _controles(rows_par_region)]


def _enveloppes(perimetre: Perimetre) -> Tableau:
    enveloppes = Tableau(
        slug="enveloppes",
        titre="Consommation des enveloppes par région",
        colonnes=["Région", "Aides", "Enveloppe (€)", "Montant engagé (€)", "Consommation (%)"],
        barre=4,
        unite_barre="%",
        note="Une aide couvrant plusieurs régions compte dans chacune ; les aides nationales "
        "figurent sur une ligne à part. Seules les aides dont l'enveloppe est connue comptent.",
    )
    avec_enveloppe = Aide.objects.filter(publiee=True, enveloppe_montant__isnull=False)
    regionales = avec_enveloppe.filter(nationale=False)
    if not perimetre.national:
        regionales = regionales.filter(regions__code__in=perimetre.regions)
    rows = (
        regionales.values("regions__nom")
        .annotate(n=Count("pk"), env=Sum("enveloppe_montant"), eng=Sum("montant_engage"))
        .order_by("regions__nom")
    )
    for row in rows:
        enveloppes.lignes.append(
            [
                row["regions__nom"] or "Départements seulement",
                row["n"],
                row["env"] or ZERO,
                row["eng"] or ZERO,
                part(row["eng"], row["env"]),
            ]
        )
    nationales = avec_enveloppe.filter(nationale=True).aggregate(
        n=Count("pk"), env=Sum("enveloppe_montant"), eng=Sum("montant_engage")
    )
    if nationales["n"]:
        enveloppes.lignes.append(
            [
                "Aides nationales",
                nationales["n"],
                nationales["env"] or ZERO,
                nationales["eng"] or ZERO,
                part(nationales["eng"], nationales["env"]),
            ]
        )
    return enveloppes


def _controles(rows_par_region: list[dict]) -> Tableau:
    """The sampled audits after decision, by region of instruction: for the staff only."""
    controles = Tableau(
        slug="controles-a-posteriori",
        titre="Contrôles a posteriori par région",
        colonnes=["Région", "Dossiers tirés au sort", "Contrôlés", "Non conformes"],
        barre=3,
        note="Dossiers accordés tirés au sort pour un contrôle complet après la décision, "
        "contrôlés par un second instructeur. Indicateur interne, non publié.",
        public=False,
    )
    for row in (row for row in rows_par_region if row["tires"]):
        controles.lignes.append(
            [
                row["region__nom"] or "Non renseignée",
                row["tires"],
                row["controles"],
                row["non_conformes"],
            ]
        )
    return controles
