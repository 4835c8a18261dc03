"""A manager takes each questionnaire from the home page, forward only: each step is answered
as it is shown, "Étape précédente" is never pressed, no URL is typed. Every question that
applies is asked (follow-ups included), and the best answers reach 100/100 on every axis and
the 12 indicators of the Digital Intensity Index."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diagnostic.enums import TypeQuestion
from diagnostic.models import Question, Resultat
from diagnostic.scoring import calculer
from diagnostic.selectors import bareme_de_version
from tests.parcours import Navigateur

pytestmark = pytest.mark.django_db

BOUTON_SUIVANT = re.compile(r"^(Continuer|Voir mes résultats)$")


def _poids(choix) -> int:
    return sum(points.valeur for points in choix.points.all())


def meilleures_reponses(question) -> list:
    """The answers that give most points: every positive choice of a multiple choice question,
    the best single choice otherwise."""
    choix = list(question.choix.all())
    if question.type == TypeQuestion.CHOIX_MULTIPLE:
        return [c for c in choix if _poids(c) > 0 and not c.exclusif]
    return [max(choix, key=_poids)]


def commencer(navigateur: Navigateur, titre: str):
    navigateur.ouvrir("/")
    navigateur.cliquer("Faire mon autodiagnostic")
    navigateur.cliquer(titre)
    navigateur.envoyer(
        navigateur.formulaire("Commencer le questionnaire"), "Commencer le questionnaire"
    )


def repondre_en_avancant(navigateur: Navigateur, choisir) -> tuple[Resultat, list[str]]:
    """Answer each page of the questionnaire as it comes with `choisir(question)` → choices to
    tick, and press the forward button; returns the result and the step pages seen."""
    etapes_vues = []
    for _ in range(40):
        if "/resultat/" in navigateur.url:
            break
        etapes_vues.append(navigateur.url)
        formulaire = navigateur.formulaire(BOUTON_SUIVANT)
        for nom in navigateur.formulaire(BOUTON_SUIVANT).noms_visibles():
            if not re.fullmatch(r"q\d+", nom):
                continue
            question = Question.objects.prefetch_related("choix__points").get(pk=nom[1:])
            for controle in formulaire.controles:
                if controle.name == nom:
                    controle.checked = False
            for choix in choisir(question):
                formulaire.cocher(choix.pk, name=nom)
        navigateur.envoyer(formulaire, BOUTON_SUIVANT)
    assert "/resultat/" in navigateur.url, navigateur.texte[:1500]
    jeton = re.search(r"/d/([^/]+)/resultat/", navigateur.url).group(1)
    return Resultat.objects.get(jeton=jeton), etapes_vues


def _numeros(etapes_vues):
    return [int(re.search(r"/etape/(\d+)/", url).group(1)) for url in etapes_vues]


@pytest.mark.parametrize(
    ("titre", "dii"),
    [("Maturité numérique de votre entreprise", 12), ("Diagnostic e-export", None)],
)
def test_best_answers_forward_only_reach_every_maximum(client, questionnaires, titre, dii):
    navigateur = Navigateur(client)
    commencer(navigateur, titre)
    resultat, etapes_vues = repondre_en_avancant(navigateur, meilleures_reponses)

    # forward only: the step number never goes down
    numeros = _numeros(etapes_vues)
    assert numeros == sorted(numeros)
    assert resultat.termine and resultat.questions_manquantes == []
    assert set(resultat.scores_par_axe().values()) == {100}
    assert resultat.score_global == 100
    if dii:
        assert resultat.dii == 12 and resultat.indicateurs_dii == list(range(1, 13))
        assert "12 indicateurs sur 12" in navigateur.texte
    # each follow-up of the questionnaire was asked on the way
    suivis = Question.objects.filter(version=resultat.version, conditions__isnull=False).distinct()
    repondues = set(resultat.reponses.values_list("question_id", flat=True))
    applicables = set(bareme_visibles(resultat))
    assert {q.pk for q in suivis} & applicables <= repondues


def bareme_visibles(resultat):
    from diagnostic.scoring import questions_visibles

    bareme = bareme_de_version(resultat.version)
    return questions_visibles(
        bareme.questions, resultat.reponses.values_list("choix_id", flat=True)
    )


def test_follow_ups_of_a_step_are_asked_on_the_same_step_before_moving_on(client, questionnaires):
    navigateur = Navigateur(client)
    commencer(navigateur, "Maturité numérique de votre entreprise")
    formulaire = navigateur.formulaire("Continuer")
    for nom in formulaire.noms_visibles():
        formulaire.cocher(
            Question.objects.get(pk=nom[1:]).choix.order_by("ordre").first().pk, name=nom
        )
    navigateur.envoyer(formulaire, "Continuer")
    assert "/etape/2/" in navigateur.url

    # "Votre entreprise a-t-elle un site internet ?" — the follow-up is not visible yet
    formulaire = navigateur.formulaire("Continuer")
    with pytest.raises(AssertionError, match="masqué"):
        formulaire.cocher(re.compile("^Oui$"))
    formulaire.cocher("Oui, un site vitrine tenu à jour")
    for nom in formulaire.noms_visibles():
        if not any(c.checked for c in formulaire.controles if c.name == nom):
            formulaire.cocher(
                Question.objects.get(pk=nom[1:]).choix.order_by("ordre").last().pk, name=nom
            )
    navigateur.envoyer(formulaire, "Continuer")

    # the same step comes back with the follow-up, marked, and the answers kept
    assert "/etape/2/" in navigateur.url
    assert "Vos réponses appellent 1 question de plus" in navigateur.texte
    assert "Question ajoutée d'après votre réponse" in navigateur.texte
    formulaire = navigateur.formulaire("Continuer")
    assert "Votre site s'affiche-t-il correctement sur un téléphone ?" in navigateur.texte
    assert [c for c in formulaire.controles if c.checked]  # earlier answers still ticked
    mobile = Question.objects.get(code="site-mobile")
    formulaire.cocher(mobile.choix.get(code="oui").pk, name=f"q{mobile.pk}")
    navigateur.envoyer(formulaire, "Continuer")
    assert "/etape/3/" in navigateur.url


def test_a_follow_up_left_unanswered_keeps_the_step(client, questionnaires):
    """A person with the script sees the follow-up at once; if they leave it blank, the step
    asks for it rather than moving on."""
    navigateur = Navigateur(client)
    commencer(navigateur, "Maturité numérique de votre entreprise")
    resultat, _ = None, None
    for etape in (1, 2):
        formulaire = navigateur.formulaire("Continuer")
        for nom in formulaire.noms_visibles():
            question = Question.objects.get(pk=nom[1:])
            code = "marchand" if question.code == "site" else None
            choix = question.choix.get(code=code) if code else question.choix.first()
            formulaire.cocher(choix.pk, name=nom)
        navigateur.envoyer(formulaire, "Continuer")
        if etape == 2:
            assert "/etape/2/" in navigateur.url
            # nothing answered for the follow-up: a French error, still on step 2
            navigateur.envoyer(navigateur.formulaire("Continuer"), "Continuer")
            assert "/etape/2/" in navigateur.url
            assert "Répondez à cette question pour continuer." in navigateur.texte
    resultat = Resultat.objects.get()
    assert resultat.etape == 2


@settings(
    max_examples=8,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(graine=st.randoms(use_true_random=False))
def test_forward_path_scores_as_the_scale_does_for_any_answers(client, questionnaires, graine):
    """Random answers to every question, given forward only through the pages: the stored
    scores are those the scale computes directly from the same answers."""
    voulues: dict[int, list] = {}

    def choisir(question):
        if question.pk not in voulues:
            choix = list(question.choix.all())
            if question.type == TypeQuestion.CHOIX_MULTIPLE:
                exclusifs = [c for c in choix if c.exclusif]
                if exclusifs and graine.random() < 0.2:
                    voulues[question.pk] = [graine.choice(exclusifs)]
                else:
                    autres = [c for c in choix if not c.exclusif]
                    voulues[question.pk] = graine.sample(autres, graine.randint(1, len(autres)))
            else:
                voulues[question.pk] = [graine.choice(choix)]
        return voulues[question.pk]

    navigateur = Navigateur(client)
    titre = graine.choice(["Maturité numérique de votre entreprise", "Diagnostic e-export"])
    commencer(navigateur, titre)
    resultat, etapes_vues = repondre_en_avancant(navigateur, choisir)

    numeros = _numeros(etapes_vues)
    assert numeros == sorted(numeros)
    # every question the person was asked, answered as chosen (hidden ones were never asked)
    attendu = calculer(
        bareme_de_version(resultat.version),
        {choix.pk for liste in voulues.values() for choix in liste},
    )
    assert resultat.questions_manquantes == [] == list(attendu.manquantes)
    assert resultat.scores_par_axe() == attendu.axes
    assert resultat.score_global == attendu.score_global
    assert resultat.indicateurs_dii == (
        list(attendu.indicateurs_dii) if resultat.dii is not None else []
    )
    assert resultat.commerce_connecte == attendu.commerce_connecte
