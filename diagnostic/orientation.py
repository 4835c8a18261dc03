"""What the diagnostic tells the orientation engine about an entreprise (a Profil source)."""

from django.db.models import Count, Exists, OuterRef, QuerySet, Subquery
from django.utils import timezone

from croissance.orientation import engine
from croissance.orientation.profil import Profil

from .enums import StatutResultat
from .models import Niveau, Reponse, Resultat
from .pairs import VERSION_PAIRS
from .perms import RELATIONS
from .selectors import dernier_resultat, scores

THEME_EXPORT = "e-export"
# The e-export question whose choices are countries (lower-case ISO codes), and its choice for
# a country without a market fiche. Older versions asked for zones under another code.
QUESTION_PAYS = "pays-vises"
PAYS_AUTRE = "autre"


def profil_diagnostic(entreprise) -> dict:
    """Profil fields from the entreprise's latest maturity diagnostic. Empty when it has none."""
    resultat = dernier_resultat(entreprise)
    return profil_du_resultat(resultat) if resultat else {}


def profil_export(entreprise) -> dict:
    """Export intent and target countries from the entreprise's latest e-export diagnostic."""
    dernier = (
        Resultat.objects.filter(
            entreprise=entreprise,
            statut=StatutResultat.TERMINE,
            version__questionnaire__slug=THEME_EXPORT,
        )
        .order_by("-termine_le")
        .values_list("pk", flat=True)
        .first()
    )
    if dernier is None:
        return {}
    return {"export": True, "pays_cibles": pays_cibles(dernier)}


def pays_cibles(resultat_id: int) -> frozenset[str]:
    """ISO codes (upper case) of the countries chosen in an e-export result."""
    codes = Reponse.objects.filter(
        resultat_id=resultat_id, question__code=QUESTION_PAYS
    ).values_list("choix__code", flat=True)
    return frozenset(code.upper() for code in codes if code != PAYS_AUTRE)


def _diagnostics_export_termines(entreprise_id):
    return Resultat.objects.filter(
        entreprise_id=entreprise_id,
        statut=StatutResultat.TERMINE,
        version__questionnaire__slug=THEME_EXPORT,
    )


def avec_diagnostic_export(resultats: QuerySet[Resultat]) -> QuerySet[Resultat]:
    """Results read with whether their entreprise finished an e-export diagnostic, which
    `profil_du_resultat` then reads without a query of its own."""
    return resultats.annotate(
        entreprise_exporte=Exists(_diagnostics_export_termines(OuterRef("entreprise_id")))
    )


# how many maturity levels the questionnaire has ("niveau 2 sur 4"), read with the result
_NIVEAUX_DE_LA_VERSION = Subquery(
    Niveau.objects.filter(version=OuterRef("version"))
    .order_by()
    .values("version")
    .annotate(nombre=Count("pk"))
    .values("nombre")
)


def resultat_a_afficher(pk: int) -> Resultat:
    """A finished result with what its page and its recommendations read: the declared needs,
    the sector, the region, the number of levels and the e-export diagnostic, in one query
    (plus the needs)."""
    return avec_diagnostic_export(
        Resultat.objects.select_related(*RELATIONS, "entreprise__naf", "region")
        .prefetch_related("besoins")
        .annotate(niveaux_total=_NIVEAUX_DE_LA_VERSION)
    ).get(pk=pk)


def profil_du_resultat(resultat) -> dict:
    """Profil fields from one result: scores per theme (the theme of each axis), level rank
    (1–4), Digital Intensity Index, declared needs (themes), export intent, target countries
    (e-export diagnostic) and commerce connecté."""
    besoins = frozenset(b.theme_id for b in resultat.besoins.all() if b.theme_id)
    diagnostic_export = resultat.version.questionnaire.slug == THEME_EXPORT
    entreprise_exporte = getattr(resultat, "entreprise_exporte", None)
    if entreprise_exporte is None:
        entreprise_exporte = (
            resultat.entreprise_id is not None
            and _diagnostics_export_termines(resultat.entreprise_id).exists()
        )
    export = diagnostic_export or THEME_EXPORT in besoins or entreprise_exporte
    donnees = {
        "scores": {
            (score.axe.theme_id or score.axe.slug): score.score for score in scores(resultat)
        },
        "niveau": resultat.niveau.rang if resultat.niveau else None,
        "intensite": resultat.dii,
        "besoins": besoins,
        "export": export,
        "commerce_connecte": resultat.commerce_connecte,
    }
    if diagnostic_export:
        donnees["pays_cibles"] = pays_cibles(resultat.pk)
    return donnees


def profil_de_resultat(resultat) -> Profil:
    """What the orientation engine knows: the result, and the entreprise when there is one."""
    donnees = profil_du_resultat(resultat)
    if resultat.entreprise_id:
        return Profil.from_entreprise(resultat.entreprise, **donnees)
    return Profil(**donnees)


def _cle(resultat) -> str:
    return f"resultat:{resultat.pk}"


# A finished result's body (croissance.fragments) shows its recommendations and the peer
# averages: it follows their versions (weights saved, hourly refresh of the averages).
VERSIONS_DU_CORPS = (engine.VERSION, VERSION_PAIRS)


def cle_du_corps(resultat, *, espace: str) -> str:
    """Cache key of a finished result's page body: the result, what its peer group follows
    (its entreprise), whether it still belongs to nobody, the state of its PDF report, who looks
    at it (what the page offers, see `resultats._espace`) and the day (the recommendations'
    lists are the day's)."""
    pdf = "pret" if resultat.pdf else ("demande" if resultat.pdf_demande_le else "")
    return (
        f"diagnostic:resultat:{resultat.pk}:{resultat.entreprise_id}:{resultat.user_id is None}:"
        f"{pdf}:{espace}:{timezone.localdate():%Y%m%d}"
    )


def recommandations_du_resultat(resultat) -> list[engine.Section]:
    """The results page's recommendations: prepared by a task when the diagnostic was finished
    (`preparer_recommandations`), computed here if that task has not run yet."""
    return engine.recommander_en_cache(_cle(resultat), lambda: profil_de_resultat(resultat))


def preparer_recommandations(resultat) -> None:
    engine.mettre_en_cache(_cle(resultat), profil_de_resultat(resultat))
