"""Scoring of a diagnostic: a pure function of the retained choices and the version's scale.

Nothing here touches the database; `selectors.bareme_de_version()` builds the `Bareme` of a
version from its rows. Rules:

* A question is *visible* when it has no condition, or when at least one of its condition
  choices is retained in a visible question before it (questions are read in the version's
  order, conditions only point backwards). Answers to hidden questions are ignored.
* A visible mandatory question without any retained choice is *missing*: the result says so
  (`Score.manquantes`), since its axis was scored as if the answer were the worst one.
* Axis score (0–100) = points obtained on the axis / points obtainable on the axis × 100,
  rounded half up. Obtainable points of a visible question for an axis: the best choice for
  single choice, yes/no and scale questions; the sum of positive points for multiple choice.
  An axis with nothing obtainable has no score (it is left out).
* Overall score = mean of the axis scores, rounded half up; the maturity level is the level
  with the highest `score_min` not above the overall score.
* Digital Intensity Index (Eurostat, version 3, 2023): one point per indicator met, 0–12. An
  indicator lists choices grouped by question; it is met when, for every question of the
  list, one of its listed choices is retained (AND between questions, OR within a question).
  Levels: very low 0–3, low 4–6, high 7–9, very high 10–12; "basic" means at least 4.
* Commerce connecté: at least one of the version's commerce choices is retained.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from .enums import NiveauDII, TypeQuestion

DII_SEUIL_BASIQUE = 4


@dataclass(frozen=True)
class ChoixBareme:
    id: int
    points: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class QuestionBareme:
    id: int
    axe: str
    type: str
    choix: tuple[ChoixBareme, ...]
    conditions: frozenset[int] = frozenset()
    obligatoire: bool = True

    @property
    def ids_choix(self) -> frozenset[int]:
        return frozenset(choix.id for choix in self.choix)


@dataclass(frozen=True)
class Affichage:
    """What decides whether a question is shown: its conditions and its own choices."""

    id: int
    conditions: frozenset[int]
    ids_choix: frozenset[int]


@dataclass(frozen=True)
class NiveauBareme:
    id: int
    nom: str
    score_min: int


@dataclass(frozen=True)
class Bareme:
    axes: tuple[str, ...]
    questions: tuple[QuestionBareme, ...]
    niveaux: tuple[NiveauBareme, ...] = ()
    # numero -> groups of choice ids, one group per question
    indicateurs: dict[int, tuple[frozenset[int], ...]] = field(default_factory=dict)
    commerce_connecte: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Score:
    axes: dict[str, int]
    score_global: int | None
    niveau: NiveauBareme | None
    dii: int
    niveau_dii: str
    indicateurs_dii: tuple[int, ...]
    commerce_connecte: bool
    manquantes: tuple[int, ...] = ()

    @property
    def dii_basique(self) -> bool:
        return self.dii >= DII_SEUIL_BASIQUE


def arrondi(valeur: Decimal) -> int:
    return int(valeur.quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def questions_visibles(questions: Iterable[Affichage | QuestionBareme], retenus) -> set[int]:
    """Ids of the visible questions among `questions` (in the version's order) when the
    choices `retenus` are retained: a condition is met by a choice of a visible question."""
    retenus = set(retenus)
    visibles: set[int] = set()
    valides: set[int] = set()
    for question in questions:
        if not question.conditions or question.conditions & valides:
            visibles.add(question.id)
            valides |= question.ids_choix & retenus
    return visibles


def niveau_dii(dii: int) -> str:
    if dii <= 3:
        return NiveauDII.TRES_FAIBLE
    if dii <= 6:
        return NiveauDII.FAIBLE
    if dii <= 9:
        return NiveauDII.ELEVE
    return NiveauDII.TRES_ELEVE


def niveau_pour(score_global: int | None, niveaux: Iterable[NiveauBareme]) -> NiveauBareme | None:
    if score_global is None:
        return None
    atteints = [niveau for niveau in niveaux if niveau.score_min <= score_global]
    return max(atteints, key=lambda niveau: niveau.score_min, default=None)


def _obtenables(question: QuestionBareme, axe: str) -> int:
    valeurs = [choix.points.get(axe, 0) for choix in question.choix]
    if question.type == TypeQuestion.CHOIX_MULTIPLE:
        return sum(valeur for valeur in valeurs if valeur > 0)
    return max([0, *valeurs])


def calculer(bareme: Bareme, retenus: Iterable[int]) -> Score:
    """Scores of a set of retained choice ids under `bareme` (see the module's rules)."""
    retenus = set(retenus)
    obtenus = dict.fromkeys(bareme.axes, 0)
    obtenables = dict.fromkeys(bareme.axes, 0)
    valides: set[int] = set()
    manquantes: list[int] = []
    visibles = questions_visibles(bareme.questions, retenus)
    for question in bareme.questions:
        if question.id not in visibles:
            continue
        repondue = False
        for choix in question.choix:
            if choix.id in retenus:
                valides.add(choix.id)
                repondue = True
                for axe, valeur in choix.points.items():
                    if axe in obtenus:
                        obtenus[axe] += valeur
        if question.obligatoire and not repondue:
            manquantes.append(question.id)
        for axe in bareme.axes:
            obtenables[axe] += _obtenables(question, axe)

    axes = {
        axe: max(0, min(100, arrondi(Decimal(obtenus[axe] * 100) / obtenables[axe])))
        for axe in bareme.axes
        if obtenables[axe] > 0
    }
    score_global = arrondi(Decimal(sum(axes.values())) / len(axes)) if axes else None
    indicateurs = tuple(
        sorted(
            numero
            for numero, groupes in bareme.indicateurs.items()
            if groupes and all(groupe & valides for groupe in groupes)
        )
    )
    return Score(
        axes=axes,
        score_global=score_global,
        niveau=niveau_pour(score_global, bareme.niveaux),
        dii=len(indicateurs),
        niveau_dii=niveau_dii(len(indicateurs)),
        indicateurs_dii=indicateurs,
        commerce_connecte=bool(bareme.commerce_connecte & valides),
        manquantes=tuple(manquantes),
    )
