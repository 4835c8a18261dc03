"""Comparison with peers: the averages of firms of the same sector, size and region."""

from dataclasses import dataclass
from itertools import combinations

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, QuerySet, Sum
from django.utils import timezone

from croissance import fragments
from croissance.referentiels.models import Naf
from croissance.referentiels.selectors import libelle_tranche

from .enums import StatutResultat
from .models import Questionnaire, Resultat, ScoreAxe


def pairs_minimum() -> int:
    return settings.DIAGNOSTIC_PAIRS_MINIMUM


@dataclass
class Comparaison:
    """The peers a result is compared with: the group's description, its size (the result
    left out) and its averages per axis slug; `elargi` when the exact group was too small."""

    groupe: str
    nombre: int
    moyennes: dict[str, int]
    elargi: bool = False


# From the closest peers to the broadest: the first group with at least
# DIAGNOSTIC_PAIRS_MINIMUM other results is shown, so that every result has a comparison. A
# criterion the result does not know (no size declared, no firm) is left out of each level.
NIVEAUX_PAIRS = (
    ("secteur", "tranche_effectifs", "region"),
    ("secteur", "tranche_effectifs"),
    ("tranche_effectifs",),
    (),
)
# Every group a level can become once unknown criteria are left out: what the beat task keeps.
GROUPES_PAIRS = tuple(
    groupe
    for taille in range(len(NIVEAUX_PAIRS[0]), -1, -1)
    for groupe in combinations(NIVEAUX_PAIRS[0], taille)
)


# Peer averages are shared by every result of a group and barely move with one more result:
# each group's sums per axis live in the shared cache. A Celery beat task
# (`diagnostic.tasks.rafraichir_pairs`, hourly) recomputes every group in one query per
# level; a group missing from the cache (new, or the cache was emptied) is computed by the
# first display that needs it. Entries outlive the task's period so that a late run never
# leaves the page to aggregate.
PAIRS_CACHE_SECONDS = 3 * 60 * 60
# Results pages show the averages in a cached body (croissance.fragments): a refresh bumps it.
VERSION_PAIRS = "pairs"


def _colonne(champ: str) -> str:
    return "region_id" if champ == "region" else champ


def _cle_pairs(questionnaire_id: int, champs: tuple, valeurs: tuple) -> str:
    groupe = ",".join(f"{champ}={valeur}" for champ, valeur in zip(champs, valeurs, strict=True))
    return f"diagnostic:pairs:{questionnaire_id}:{groupe}"


def _scores_termines(questionnaire_id: int) -> QuerySet[ScoreAxe]:
    return ScoreAxe.objects.filter(
        resultat__statut=StatutResultat.TERMINE,
        resultat__version__questionnaire_id=questionnaire_id,
    )


def _agregats(lignes, questionnaire_id: int, champs: tuple, calcule_le) -> dict[str, dict]:
    """Cache entries (key → sums and counts per axis) from rows grouped by `champs`."""
    agregats: dict[str, dict] = {}
    for ligne in lignes:
        valeurs = tuple(ligne[f"resultat__{_colonne(champ)}"] for champ in champs)
        cle = _cle_pairs(questionnaire_id, champs, valeurs)
        agregat = agregats.setdefault(cle, {"calcule_le": calcule_le, "axes": {}})
        agregat["axes"][ligne["axe__slug"]] = (ligne["somme"], ligne["nombre"])
    return agregats


def _requete_pairs(questionnaire_id: int, champs: tuple, valeurs: tuple | None = None):
    """Sums and counts of scores per axis, grouped by `champs` (one group when `valeurs`)."""
    colonnes = [f"resultat__{_colonne(champ)}" for champ in champs]
    lignes = _scores_termines(questionnaire_id)
    if valeurs is not None:
        lignes = lignes.filter(**dict(zip(colonnes, valeurs, strict=True)))
    for colonne in colonnes if valeurs is None else ():
        lignes = lignes.exclude(**{f"{colonne}__isnull": True}).exclude(**{colonne: ""})
    return (
        lignes.values(*colonnes, "axe__slug")
        .annotate(somme=Sum("score"), nombre=Count("pk"))
        .order_by()
    )


def rafraichir_agregats_pairs() -> int:
    """Recompute every peer group of every questionnaire into the cache; the number of groups."""
    total = 0
    for questionnaire_id in Questionnaire.objects.values_list("pk", flat=True):
        for champs in GROUPES_PAIRS:
            calcule_le = timezone.now()
            agregats = _agregats(
                _requete_pairs(questionnaire_id, champs), questionnaire_id, champs, calcule_le
            )
            if not champs and not agregats:  # nobody yet: an empty group, not a miss
                agregats = {
                    _cle_pairs(questionnaire_id, (), ()): {"calcule_le": calcule_le, "axes": {}}
                }
            cache.set_many(agregats, PAIRS_CACHE_SECONDS)
            total += len(agregats)
    fragments.nouvelle_version(VERSION_PAIRS)
    return total


def _niveaux(resultat: Resultat) -> list[tuple[tuple, tuple]]:
    """The result's peer groups, closest first: (criteria, the result's values)."""
    connus = {
        champ: valeur
        for champ in NIVEAUX_PAIRS[0]
        if (valeur := getattr(resultat, _colonne(champ))) not in (None, "")
    }
    niveaux: list[tuple[tuple, tuple]] = []
    for niveau in NIVEAUX_PAIRS:
        champs = tuple(champ for champ in niveau if champ in connus)
        if not niveaux or niveaux[-1][0] != champs:
            niveaux.append((champs, tuple(connus[champ] for champ in champs)))
    return niveaux


def comparaisons_pairs(resultat: Resultat, propres: dict[str, int]) -> list[Comparaison]:
    """The closest peer group with at least `DIAGNOSTIC_PAIRS_MINIMUM` other results (the
    result itself left out; `propres`: its scores per axis slug): same sector, size and
    region; else same sector and size nationally; else same size; else every firm that took
    the questionnaire. One comparison, or none when even that is too small. No query when the
    groups are in the cache (one read of the cache for every level)."""
    questionnaire_id = resultat.version.questionnaire_id
    niveaux = _niveaux(resultat)
    cles = [_cle_pairs(questionnaire_id, champs, valeurs) for champs, valeurs in niveaux]
    agregats = cache.get_many(cles)
    for rang, ((champs, valeurs), cle) in enumerate(zip(niveaux, cles, strict=True)):
        if cle not in agregats:
            calcule_le = timezone.now()
            trouve = _agregats(
                _requete_pairs(questionnaire_id, champs, valeurs),
                questionnaire_id,
                champs,
                calcule_le,
            )
            agregats[cle] = trouve.get(cle, {"calcule_le": calcule_le, "axes": {}})
            cache.set(cle, agregats[cle], PAIRS_CACHE_SECONDS)
        comparaison = _moyennes(resultat, propres, agregats[cle])
        if comparaison.nombre >= pairs_minimum():
            comparaison.groupe = _description(resultat, champs)
            comparaison.elargi = rang > 0
            return [comparaison]
    return []


def _moyennes(resultat: Resultat, propres: dict[str, int], agregat: dict) -> Comparaison:
    # The result counts among its own peers once the aggregate is newer than it.
    inclus = resultat.termine_le is not None and resultat.termine_le <= agregat["calcule_le"]
    moyennes, nombre = {}, 0
    for slug, (somme, effectif) in agregat["axes"].items():
        if inclus and slug in propres:
            somme, effectif = somme - propres[slug], effectif - 1
        nombre = max(nombre, effectif)
        if effectif:
            moyennes[slug] = round(somme / effectif)
    return Comparaison(groupe="", nombre=nombre, moyennes=moyennes)


def _description(resultat: Resultat, champs: tuple) -> str:
    """Which firms the group holds, in words a manager reads (« de la division NAF 10
    (Industries alimentaires), de 3 à 5 salariés, en Bretagne »)."""
    if not champs:
        return "Toutes les entreprises qui ont fait ce diagnostic"
    morceaux = []
    if "secteur" in champs:
        naf = Naf.objects.filter(code=resultat.secteur).values_list("libelle", flat=True).first()
        morceaux.append(f"du même secteur ({naf or 'division ' + resultat.secteur})")
    if "tranche_effectifs" in champs:
        tranche = libelle_tranche(resultat.tranche_effectifs)
        morceaux.append(f"de la même taille ({tranche or resultat.tranche_effectifs})")
    if "region" in champs:
        morceaux.append(f"de la même région ({resultat.region.nom})")
    else:
        morceaux.append("dans toute la France")
    return "Entreprises " + ", ".join(morceaux)
