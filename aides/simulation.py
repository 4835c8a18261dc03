"""The simulator's reads: an aid's rules and an entreprise's profile as plain data, the aids
of a territory simulated in a fixed number of queries, whatever their number."""

from datetime import date
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.db.models import (
    Case,
    CharField,
    DecimalField,
    Expression,
    ExpressionWrapper,
    F,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce, Least
from django.utils import timezone

from croissance.orientation.scoring import premiers_par_groupe

from . import combinaison, eligibility
from .enums import NATURES_NON_REMBOURSABLES
from .models import Aide


def intensite_maximale() -> Decimal:
    """The national maximum aid intensity (%), the grants of a combination together."""
    return settings.AIDES_INTENSITE_MAXIMALE


def aides_ouvertes(jour: date | None = None) -> QuerySet[Aide]:
    jour = jour or timezone.localdate()
    return Aide.objects.filter(
        Q(date_ouverture__isnull=True) | Q(date_ouverture__lte=jour),
        Q(date_cloture__isnull=True) | Q(date_cloture__gte=jour),
    )


# An envelope (amount or number of beneficiaries) not used up yet.
ENVELOPPE_DISPONIBLE = (
    Q(enveloppe_montant__isnull=True) | Q(montant_engage__lt=F("enveloppe_montant"))
) & (
    Q(enveloppe_beneficiaires__isnull=True)
    | Q(beneficiaires_engages__lt=F("enveloppe_beneficiaires"))
)


def territoire(region_code: str | None) -> Q:
    """National aids and those of the region (or of one of its départements)."""
    territoire = Q(nationale=True)
    if region_code:
        # uncorrelated subqueries: PostgreSQL hashes them once instead of probing per aid
        territoire |= Q(
            pk__in=Aide.regions.through.objects.filter(region_id=region_code).values("aide_id")
        ) | Q(
            pk__in=Aide.departements.through.objects.filter(
                departement__region_id=region_code
            ).values("aide_id")
        )
    return territoire


def aides_du_territoire(region_code: str | None) -> QuerySet[Aide]:
    """Published aids that may concern an entreprise of this region (all when no region)."""
    qs = Aide.objects.filter(publiee=True)
    return qs.filter(territoire(region_code)) if region_code else qs


def regles_de(
    aide, *, regions=None, departements=None, non_cumulable_avec=None
) -> eligibility.Regles:
    """The rules of an aid (an `Aide`, or a row with its `CHAMPS_REGLES`) as plain data (the
    regions, départements and exclusions given, else the aid's prefetched ones)."""
    epuisee = (
        aide.enveloppe_montant is not None and aide.montant_engage >= aide.enveloppe_montant
    ) or (
        aide.enveloppe_beneficiaires is not None
        and aide.beneficiaires_engages >= aide.enveloppe_beneficiaires
    )
    return eligibility.Regles(
        pk=aide.pk,
        titre=aide.titre,
        taux=aide.taux,
        types_depense=frozenset(aide.types_depense),
        nationale=aide.nationale,
        regions=frozenset((r.code for r in aide.regions.all()) if regions is None else regions),
        departements=frozenset(
            (d.code for d in aide.departements.all()) if departements is None else departements
        ),
        date_ouverture=aide.date_ouverture,
        date_cloture=aide.date_cloture,
        investissement_min=aide.investissement_min,
        investissement_max=aide.investissement_max,
        plafond=aide.plafond,
        effectif_max=aide.effectif_max,
        naf_eligibles=eligibility._codes(aide.naf_eligibles),
        naf_exclues=eligibility._codes(aide.naf_exclues),
        exclut_pure_players=aide.exclut_pure_players,
        surface_vente_max=aide.surface_vente_max,
        activites=frozenset(aide.activites),
        connecteur_labellise_requis=aide.connecteur_labellise_requis,
        enveloppe_epuisee=epuisee,
        cumul=aide.cumul,
        nature=aide.nature,
        intensite_max=aide.intensite_max,
        non_cumulable_avec=frozenset(
            (a.pk for a in aide.non_cumulable_avec.all())
            if non_cumulable_avec is None
            else non_cumulable_avec
        ),
    )


def profil_de(entreprise) -> eligibility.ProfilEntreprise:
    """The simulator's view of an entreprise (naf and région selected)."""
    return eligibility.ProfilEntreprise(
        region=entreprise.region_id,
        departement=entreprise.departement_id,
        naf=entreprise.naf_id or "",
        naf_section=entreprise.naf.section if entreprise.naf_id else "",
        effectif=entreprise.effectif,
        pure_player=entreprise.pure_player,
        surface_vente_m2=entreprise.surface_vente_m2,
        activite=entreprise.activite,
    )


def aides_candidates(profil, projet, jour: date) -> QuerySet[Aide]:
    """Aids of the entreprise's territory the simulator could find eligible for `projet`: the
    criteria the database can check (open on `jour`, envelope left, size, pure players, shop
    surface, activity, minimal investment) filter them first, so that only those are loaded
    and evaluated."""
    ouvertes = aides_ouvertes(jour).filter(ENVELOPPE_DISPONIBLE)
    if profil.effectif is None:
        ouvertes = ouvertes.filter(effectif_max__isnull=True)
    else:
        ouvertes = ouvertes.filter(
            Q(effectif_max__isnull=True) | Q(effectif_max__gt=profil.effectif)
        )
    if profil.pure_player:
        ouvertes = ouvertes.filter(exclut_pure_players=False)
    if profil.surface_vente_m2 is None:
        ouvertes = ouvertes.filter(surface_vente_max__isnull=True)
    else:
        ouvertes = ouvertes.filter(
            Q(surface_vente_max__isnull=True) | Q(surface_vente_max__gt=profil.surface_vente_m2)
        )
    activites = Q(activites="")
    if profil.activite:
        activites |= Q(activites__contains=f",{profil.activite},")
    ouvertes = ouvertes.filter(
        activites,
        # the retained expense never exceeds the project's amount
        Q(investissement_min__isnull=True) | Q(investissement_min__lte=projet.montant_ht),
    )
    return ouvertes.filter(territoire(profil.region), publiee=True).exclude(types_depense="")


# What `regles_de` and a recommendation read of an aid (not its long texts), as attributes of a
# plain row in `_regles_lues`.
CHAMPS_REGLES = [
    "titre",
    "financeur",
    "taux",
    "types_depense",
    "nationale",
    "date_ouverture",
    "date_cloture",
    "investissement_min",
    "investissement_max",
    "plafond",
    "effectif_max",
    "naf_eligibles",
    "naf_exclues",
    "exclut_pure_players",
    "surface_vente_max",
    "activites",
    "connecteur_labellise_requis",
    "enveloppe_montant",
    "montant_engage",
    "enveloppe_beneficiaires",
    "beneficiaires_engages",
    "cumul",
    "nature",
    "intensite_max",
]


def montant_estime(projet) -> Expression:
    """The grant for `projet` as `eligibility.calculer_montant` computes it (rate of the
    retained expense, capped), in SQL: exact for an aid the simulator then finds eligible."""
    montant = Value(projet.montant_ht, output_field=DecimalField())
    base = Least(montant, Coalesce(F("investissement_max"), montant))
    brut = ExpressionWrapper(base * F("taux") / 100, output_field=DecimalField())
    return Least(brut, Coalesce(F("plafond"), brut))


def _regles_candidates(
    profil, projet, jour: date, meilleures: int | None = None, par_financeur: int | None = None
) -> list[tuple[Any, eligibility.Regles]]:
    queryset = aides_candidates(profil, projet, jour)
    if not meilleures:
        return _regles_lues(_lignes(queryset))
    # grants first, as the simulator lists them: a large loan is not a large grant
    ordre = [F("a_rembourser").asc(), F("estime").desc(), F("pk").asc()]
    classes = queryset.annotate(
        a_rembourser=Case(
            When(nature__in=NATURES_NON_REMBOURSABLES, then=Value(0)), default=Value(1)
        ),
        estime=montant_estime(projet),
    ).order_by(*ordre)
    if not par_financeur:
        return _regles_lues(_lignes(classes[:meilleures]))
    lignes = premiers_par_groupe(
        classes,
        ordre,
        groupe="financeur",
        par_groupe=par_financeur,
        voulus=meilleures,
        champs=_CHAMPS_LUS,
    )
    return _regles_lues(lignes)


_CHAMPS_LUS = ["pk", *CHAMPS_REGLES]


def _lignes(queryset) -> list:
    """The aids as plain rows with `pk` and the `CHAMPS_REGLES` as attributes: for the
    hundreds of aids of a territory, model instances cost more than the simulation itself."""
    return list(queryset.values_list(*_CHAMPS_LUS, named=True))


def _regles_lues(aides: list) -> list[tuple[Any, eligibility.Regles]]:
    """The rules of these aids (rows from `_lignes`), their links (regions, départements,
    non-cumulable aids) read as plain rows in one query rather than through the related
    managers of a prefetch."""
    ids = [aide.pk for aide in aides]
    liens = {"regions": {}, "departements": {}, "non_cumulable_avec": {}}
    for nom, aide_id, cible in _liens(ids):
        if nom == "non_cumulable_avec":
            cible = int(cible)
        liens[nom].setdefault(aide_id, set()).add(cible)
    return [
        (
            aide,
            regles_de(aide, **{nom: par_aide.get(aide.pk, ()) for nom, par_aide in liens.items()}),
        )
        for aide in aides
    ]


def _liens(ids: list[int]):
    """(link, aid id, target as text) rows of the three link tables of these aids."""

    def lignes(through, source, cible, nom):
        return (
            through.objects.filter(**{f"{source}__in": ids})
            .annotate(lien=Value(nom), vers=Cast(cible, CharField()))
            .values_list("lien", source, "vers")
            .order_by()
        )

    return lignes(Aide.regions.through, "aide_id", "region_id", "regions").union(
        lignes(Aide.departements.through, "aide_id", "departement_id", "departements"),
        lignes(Aide.non_cumulable_avec.through, "from_aide_id", "to_aide_id", "non_cumulable_avec"),
        all=True,
    )


def simuler(
    profil,
    projet,
    jour: date | None = None,
    *,
    candidates_seulement: bool = False,
    meilleures: int | None = None,
    par_financeur: int | None = None,
) -> list[tuple[Any, eligibility.Resultat]]:
    """Every aid of the entreprise's territory against its project: 4 queries, any size.

    `candidates_seulement` leaves out the aids the database already knows are not eligible
    (for who needs the eligible ones only); `meilleures` then keeps only that many, the
    largest grants first, at most `par_financeur` of each funder."""
    jour = jour or timezone.localdate()
    if candidates_seulement:
        paires = _regles_candidates(profil, projet, jour, meilleures, par_financeur)
    else:
        paires = _regles_lues(_lignes(aides_du_territoire(profil.region)))
    aides = {aide.pk: aide for aide, _regles in paires}
    resultats = combinaison.simuler(
        [regles for _aide, regles in paires], profil, projet, jour, intensite_maximale()
    )
    return [(aides[r.aide.pk], r) for r in resultats]


def combinaison_de(paires, projet) -> combinaison.Combinaison:
    """The best combination `simuler` marked, added up and explained."""
    return combinaison.combinaison([r for _aide, r in paires], projet, intensite_maximale())
