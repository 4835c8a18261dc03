"""What an answer means: "Aucun" excludes the other answers, the turnover bands sit wholly on
one side of Eurostat's thresholds, and results stored before every follow-up was asked say so
and can be completed."""

import importlib
import re
from decimal import Decimal

import pytest
from django.apps import apps as registre

from diagnostic import services
from diagnostic.enums import TypeQuestion
from diagnostic.models import Choix, Question, Reponse, Resultat
from diagnostic.scoring import calculer
from diagnostic.selectors import bareme_de_version
from tests.diagnostic.test_parcours import commencer, repondre_en_avancant
from tests.parcours import Navigateur

pytestmark = pytest.mark.django_db

EXCLUSIFS = [
    ("maturite-numerique", "vente-canaux", "aucun"),
    ("maturite-numerique", "contact-clients", "aucun"),
    ("maturite-numerique", "cloud", "aucun"),
    ("e-export", "paiement-moyens", "virement"),
    ("e-export", "pays-cibles", "indecis"),
]
TITRES = {
    "maturite-numerique": "Maturité numérique de votre entreprise",
    "e-export": "Diagnostic e-export",
}


def test_every_none_choice_of_a_multiple_question_is_exclusive(questionnaires):
    for choix in Choix.objects.filter(question__type=TypeQuestion.CHOIX_MULTIPLE):
        if re.match(r"^Aucune?\b", choix.libelle):
            assert choix.exclusif, choix
    marques = set(
        Choix.objects.filter(exclusif=True).values_list(
            "question__version__questionnaire__slug", "question__code", "code"
        )
    )
    assert marques == set(EXCLUSIFS)


@pytest.mark.parametrize(("slug", "code", "exclusif"), EXCLUSIFS)
def test_an_exclusive_answer_ticked_with_another_is_refused_in_french(
    client, questionnaires, slug, code, exclusif
):
    question = Question.objects.get(version__questionnaire__slug=slug, code=code)
    navigateur = Navigateur(client)
    commencer(navigateur, TITRES[slug])

    def choisir(autre):
        if autre.pk == question.pk:
            return list(autre.choix.all())  # "Aucun" and everything else
        return [autre.choix.order_by("-ordre").first()]

    # forward through the steps until the one that holds the question
    for _ in range(10):
        formulaire = navigateur.formulaire(re.compile("Continuer|Voir mes résultats"))
        noms = formulaire.noms_visibles()
        for nom in noms:
            if re.fullmatch(r"q\d+", nom):
                for choix in choisir(Question.objects.get(pk=nom[1:])):
                    formulaire.cocher(choix.pk, name=nom)
        url = navigateur.url
        navigateur.envoyer(formulaire, re.compile("Continuer|Voir mes résultats"))
        if f"q{question.pk}" in noms:
            break
    libelle = question.choix.get(code=exclusif).libelle
    assert navigateur.url == url  # the step is shown again
    assert navigateur.reponse.status_code == 200
    assert f"« {libelle} » exclut les autres réponses" in navigateur.texte
    resultat = Resultat.objects.get()
    assert not Reponse.objects.filter(resultat=resultat, question=question).exists()

    # unticking the others is accepted
    formulaire = navigateur.formulaire(re.compile("Continuer|Voir mes résultats"))
    for controle in formulaire.controles:
        if controle.name == f"q{question.pk}":
            controle.checked = controle.value == str(question.choix.get(code=exclusif).pk)
    navigateur.envoyer(formulaire, re.compile("Continuer|Voir mes résultats"))
    assert navigateur.url != url
    assert list(
        Reponse.objects.filter(resultat=resultat, question=question).values_list(
            "choix__code", flat=True
        )
    ) == [exclusif]


# --- Answer bands and Eurostat's thresholds ---------------------------------------------------

BANDES = [
    (re.compile(r"^Moins de (\d+) %$"), lambda a, b: (None, False, Decimal(a), False)),
    (re.compile(r"^(\d+) % ou moins$"), lambda a, b: (None, False, Decimal(a), True)),
    (re.compile(r"^De (\d+) % à (\d+) %$"), lambda a, b: (Decimal(a), True, Decimal(b), True)),
    (
        re.compile(r"^Plus de (\d+) % et jusqu'à (\d+) %$"),
        lambda a, b: (Decimal(a), False, Decimal(b), True),
    ),
    (re.compile(r"^Plus de (\d+) %$"), lambda a, b: (Decimal(a), False, None, False)),
]


def _bande(libelle):
    """(low, low included, high, high included) of a band's label."""
    for motif, bornes in BANDES:
        trouve = motif.match(libelle)
        if trouve:
            groupes = trouve.groups()
            return bornes(groupes[0], groupes[1] if len(groupes) > 1 else None)
    raise AssertionError(f"Bande illisible : « {libelle} »")


def _contient(bande, valeur):
    bas, bas_inclus, haut, haut_inclus = bande
    if bas is not None and (valeur < bas or (valeur == bas and not bas_inclus)):
        return False
    return haut is None or valeur < haut or (valeur == haut and haut_inclus)


def _choix_pour(question, valeur):
    """The one band a person whose figure is `valeur` % ticks."""
    bandes = [c for c in question.choix.all() if _contient(_bande(c.libelle), valeur)]
    assert len(bandes) == 1, (question.code, valeur, [c.libelle for c in bandes])
    return bandes[0]


VALEURS = [Decimal(v) for v in ("0", "0.5", "1", "1.5", "9.9", "10", "10.1", "60")]


@pytest.mark.parametrize("valeur", VALEURS)
def test_e_commerce_of_at_least_one_percent_meets_indicator_3(maturite, valeur):
    bareme = bareme_de_version(maturite)
    canaux = Question.objects.get(version=maturite, code="vente-canaux")
    part = Question.objects.get(version=maturite, code="part-ca-en-ligne")
    retenus = {canaux.choix.get(code="edi").pk, _choix_pour(part, valeur).pk}
    assert (3 in calculer(bareme, retenus).indicateurs_dii) == (valeur >= 1)


@pytest.mark.parametrize("web", VALEURS)
@pytest.mark.parametrize("particuliers", VALEURS)
def test_web_sales_over_one_percent_with_over_ten_percent_to_consumers_meet_indicator_4(
    maturite, web, particuliers
):
    bareme = bareme_de_version(maturite)
    canaux = Question.objects.get(version=maturite, code="vente-canaux")
    retenus = {
        canaux.choix.get(code="site").pk,
        _choix_pour(Question.objects.get(version=maturite, code="part-ca-web"), web).pk,
        _choix_pour(Question.objects.get(version=maturite, code="clients-web"), particuliers).pk,
    }
    atteint = 4 in calculer(bareme, retenus).indicateurs_dii
    assert atteint == (web > 1 and particuliers > 10)


# --- Results stored before the follow-ups were asked ----------------------------------------


def _ancien_resultat(version, **kwargs):
    """A result finished the old way: each step answered once, the follow-ups of a step never
    shown (they appeared only after going back)."""
    resultat = services.commencer_diagnostic(version=version, **kwargs)
    for question in version.questions.prefetch_related("choix", "conditions__question"):
        if any(c.question.axe_id == question.axe_id for c in question.conditions.all()):
            continue
        codes = {"site": "vitrine-a-jour", "vente-canaux": "site"}
        choix = question.choix.get(code=codes[question.code]) if question.code in codes else None
        Reponse.objects.create(
            resultat=resultat, question=question, choix=choix or question.choix.last()
        )
    resultat = services.terminer_diagnostic(resultat=resultat)
    Resultat.objects.filter(pk=resultat.pk).update(questions_manquantes=[])  # as stored then
    return resultat


def test_the_migration_marks_results_that_missed_follow_ups_without_rescoring(maturite):
    ancien = _ancien_resultat(maturite)
    complet = services.commencer_diagnostic(version=maturite)
    for question in maturite.questions.prefetch_related("choix"):
        Reponse.objects.create(resultat=complet, question=question, choix=question.choix.first())
    complet = services.terminer_diagnostic(resultat=complet)
    scores_avant = ancien.scores_par_axe()

    migration = importlib.import_module(
        "diagnostic.migrations.0002_exclusifs_et_questions_manquantes"
    )
    migration.marquer_resultats(registre, None)

    ancien.refresh_from_db()
    complet.refresh_from_db()
    codes = set(
        Question.objects.filter(pk__in=ancien.questions_manquantes).values_list("code", flat=True)
    )
    # site-langues follows the site in an earlier step: it was asked, and answered
    assert codes == {"site-mobile", "part-ca-en-ligne", "part-ca-web", "clients-web"}
    assert complet.questions_manquantes == []
    assert ancien.scores_par_axe() == scores_avant  # not recomputed


def test_a_result_that_missed_questions_says_so_and_is_completed_forward(
    client, maturite, pme_alice, entreprise_alice
):
    ancien = _ancien_resultat(maturite, user=pme_alice, entreprise=entreprise_alice)
    migration = importlib.import_module(
        "diagnostic.migrations.0002_exclusifs_et_questions_manquantes"
    )
    migration.marquer_resultats(registre, None)
    client.force_login(pme_alice)

    navigateur = Navigateur(client)
    navigateur.ouvrir("/mon-espace/")
    navigateur.cliquer("Mes diagnostics")
    assert "Question manquante : à compléter" in navigateur.texte
    navigateur.cliquer("Maturité numérique de votre entreprise")
    assert "4 questions ne vous ont pas été posées" in navigateur.texte
    assert "« Votre site s'affiche-t-il correctement sur un téléphone ? » (Présence" in (
        navigateur.texte
    )
    navigateur.envoyer(
        navigateur.formulaire("Compléter mon diagnostic"), "Compléter mon diagnostic"
    )
    # the first step with a missing question, the other answers kept
    assert "/etape/2/" in navigateur.url
    assert "Votre site s'affiche-t-il correctement sur un téléphone ?" in navigateur.texte

    def meilleure(question):
        return [max(question.choix.all(), key=lambda c: sum(p.valeur for p in c.points.all()))]

    nouveau, _ = repondre_en_avancant(navigateur, meilleure)
    assert nouveau.pk != ancien.pk and nouveau.questions_manquantes == []
    assert nouveau.entreprise == entreprise_alice and nouveau.user == pme_alice
    assert "ne vous ont pas été posées" not in navigateur.texte
    ancien.refresh_from_db()
    assert len(ancien.questions_manquantes) == 4  # the old result is kept as it was
