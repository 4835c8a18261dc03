"""Scoring is a pure function: these tests build scales by hand, no database."""

import pytest

from diagnostic.enums import NiveauDII, TypeQuestion
from diagnostic.scoring import (
    Bareme,
    ChoixBareme,
    NiveauBareme,
    QuestionBareme,
    calculer,
    niveau_dii,
)

NIVEAUX = (
    NiveauBareme(1, "Premiers pas", 0),
    NiveauBareme(2, "En chemin", 30),
    NiveauBareme(3, "Bien connecté", 55),
    NiveauBareme(4, "Moteur du numérique", 80),
)


def unique(id, axe, *points, conditions=()):
    return QuestionBareme(
        id=id,
        axe=axe,
        type=TypeQuestion.CHOIX_UNIQUE,
        choix=tuple(ChoixBareme(id * 10 + i, {axe: p}) for i, p in enumerate(points)),
        conditions=frozenset(conditions),
    )


BAREME = Bareme(
    axes=("presence", "vente"),
    questions=(
        unique(1, "presence", 0, 1, 3),  # choices 10, 11, 12
        QuestionBareme(
            id=2,
            axe="vente",
            type=TypeQuestion.CHOIX_MULTIPLE,
            choix=(ChoixBareme(20, {"vente": 2}), ChoixBareme(21, {"vente": 2}), ChoixBareme(22)),
        ),
        unique(3, "vente", 0, 4, conditions=[20]),  # choices 30, 31, shown if 20 retained
    ),
    niveaux=NIVEAUX,
    commerce_connecte=frozenset({20, 21}),
)


def test_axis_scores_are_points_over_obtainable_points_of_visible_questions():
    score = calculer(BAREME, {11, 21})
    # question 3 is hidden (choice 20 not retained): vente = 2 / 4
    assert score.axes == {"presence": 33, "vente": 50}
    assert score.score_global == 42  # (33 + 50) / 2 = 41.5, rounded half up
    assert score.niveau.nom == "En chemin"


def test_conditional_question_counts_once_shown_and_hidden_answers_are_ignored():
    assert calculer(BAREME, {12, 20, 21, 31}).axes == {"presence": 100, "vente": 100}
    # 31 answers question 3, which is hidden without choice 20: ignored
    assert calculer(BAREME, {12, 21, 31}).axes["vente"] == 50


def test_no_answer_scores_zero_and_lowest_level():
    score = calculer(BAREME, set())
    assert score.axes == {"presence": 0, "vente": 0}
    assert score.niveau.nom == "Premiers pas"
    assert not score.commerce_connecte


@pytest.mark.parametrize(
    ("retenus", "niveau"),
    [
        ({10}, "Premiers pas"),
        ({12, 20, 21, 31}, "Moteur du numérique"),
        ({12, 20}, "Bien connecté"),
    ],
)
def test_levels_follow_the_overall_score(retenus, niveau):
    assert calculer(BAREME, retenus).niveau.nom == niveau


def test_commerce_connecte_when_any_commerce_choice_is_retained():
    assert calculer(BAREME, {21}).commerce_connecte
    assert not calculer(BAREME, {22}).commerce_connecte


def test_unknown_choice_ids_change_nothing():
    assert calculer(BAREME, {11, 21, 999}) == calculer(BAREME, {11, 21})


def _bareme_dii():
    """12 yes/no questions, indicator n established by the "yes" of question n (choice n*10);
    indicator 4 also needs choice 131 of a second question (AND between questions)."""
    questions = [unique(n, "gestion", 1, 0) for n in range(1, 13)]
    questions.append(unique(13, "gestion", 0, 0))  # choices 130, 131
    indicateurs = {n: (frozenset({n * 10}),) for n in range(1, 13)}
    indicateurs[4] = (frozenset({40}), frozenset({131}))
    return Bareme(axes=("gestion",), questions=tuple(questions), indicateurs=indicateurs)


@pytest.mark.parametrize(
    ("nombre", "niveau", "basique"),
    [
        (0, NiveauDII.TRES_FAIBLE, False),
        (3, NiveauDII.TRES_FAIBLE, False),
        (4, NiveauDII.FAIBLE, True),
        (6, NiveauDII.FAIBLE, True),
        (7, NiveauDII.ELEVE, True),
        (9, NiveauDII.ELEVE, True),
        (10, NiveauDII.TRES_ELEVE, True),
        (12, NiveauDII.TRES_ELEVE, True),
    ],
)
def test_dii_thresholds(nombre, niveau, basique):
    retenus = {n * 10 for n in range(1, nombre + 1)} | {131}
    score = calculer(_bareme_dii(), retenus)
    assert score.dii == nombre
    assert score.niveau_dii == niveau
    assert score.dii_basique is basique
    assert score.indicateurs_dii == tuple(range(1, nombre + 1))


def test_dii_indicator_needs_every_question_of_its_mapping():
    score = calculer(_bareme_dii(), {40})
    assert 4 not in score.indicateurs_dii
    assert calculer(_bareme_dii(), {40, 131}).indicateurs_dii == (4,)


def test_niveau_dii_boundaries():
    assert [niveau_dii(n) for n in (3, 4, 6, 7, 9, 10)] == [
        NiveauDII.TRES_FAIBLE,
        NiveauDII.FAIBLE,
        NiveauDII.FAIBLE,
        NiveauDII.ELEVE,
        NiveauDII.ELEVE,
        NiveauDII.TRES_ELEVE,
    ]


def test_same_answers_score_differently_under_a_new_version():
    nouvelle = Bareme(
        axes=BAREME.axes,
        questions=(unique(1, "presence", 0, 3, 3), *BAREME.questions[1:]),
        niveaux=NIVEAUX,
    )
    assert calculer(BAREME, {11}).axes["presence"] == 33
    assert calculer(nouvelle, {11}).axes["presence"] == 100
