"""Versions: published ones are frozen, a new version is a deep copy, results keep theirs."""

import pytest
from django.core.exceptions import ValidationError

from diagnostic import services
from diagnostic.demo import repondre
from diagnostic.enums import StatutVersion
from diagnostic.models import Choix, Points, Version
from diagnostic.scoring import calculer
from diagnostic.selectors import bareme_de_version, version_courante


def test_shipped_questionnaires_have_realistic_content(maturite, e_export):
    assert 25 <= maturite.questions.count() <= 35
    assert sorted(maturite.indicateurs_dii.values_list("numero", flat=True)) == list(range(1, 13))
    assert all(i.choix.exists() for i in maturite.indicateurs_dii.all())
    assert maturite.choix_commerce_connecte.exists()
    assert maturite.niveaux.count() == 4
    assert e_export.questions.count() >= 10
    assert {a.slug for a in e_export.axes.all()} >= {"offre", "paiement", "logistique"}


def test_new_version_is_a_draft_deep_copy(maturite):
    copie = services.creer_nouvelle_version(version=maturite)
    assert copie.statut == StatutVersion.BROUILLON
    assert copie.numero == maturite.numero + 1
    assert copie.questions.count() == maturite.questions.count()
    assert copie.indicateurs_dii.count() == 12
    assert not Choix.objects.filter(
        question__version=copie, pk__in=maturite.questions.values("choix")
    )
    # the copy scores the same answers the same way
    assert (
        bareme_de_version(copie).indicateurs.keys()
        == bareme_de_version(maturite).indicateurs.keys()
    )
    condition = copie.questions.get(code="site-mobile").conditions.first()
    assert condition.question.version == copie


def test_publishing_archives_the_previous_version_and_results_keep_theirs(maturite, pme_alice):
    resultat = services.commencer_diagnostic(version=maturite, user=pme_alice)
    repondre(resultat, 1)
    resultat = services.terminer_diagnostic(resultat=resultat)
    avant = resultat.scores_par_axe()

    copie = services.creer_nouvelle_version(version=maturite)
    # the new version no longer scores cybersecurity
    for points in Points.objects.filter(choix__question__version=copie, axe__slug="cyber"):
        points.valeur = 0
        points.save()
    copie = services.publier_version(version=copie)

    maturite.refresh_from_db()
    assert maturite.statut == StatutVersion.ARCHIVEE
    assert version_courante(maturite.questionnaire) == copie
    resultat.refresh_from_db()
    assert resultat.version == maturite
    assert resultat.scores_par_axe() == avant
    assert "cyber" in avant
    nouveau = services.commencer_diagnostic(version=copie, user=pme_alice)
    repondre(nouveau, 1)
    assert "cyber" not in services.terminer_diagnostic(resultat=nouveau).scores_par_axe()


def test_only_drafts_can_be_published(maturite):
    with pytest.raises(ValidationError):
        services.publier_version(version=maturite)
    vide = Version.objects.create(questionnaire=maturite.questionnaire, numero=9)
    with pytest.raises(ValidationError):
        services.publier_version(version=vide)


def test_bareme_of_shipped_questionnaire_scores_all_best_answers_100(maturite):
    bareme = bareme_de_version(maturite)
    meilleurs = set()
    for question in bareme.questions:
        if question.type == "choix_multiple":
            meilleurs |= {c.id for c in question.choix if sum(c.points.values()) > 0}
        else:
            meilleurs.add(max(question.choix, key=lambda c: sum(c.points.values())).id)
    score = calculer(bareme, meilleurs)
    assert set(score.axes.values()) == {100}
    assert score.niveau.nom == "Moteur du numérique"
    assert score.commerce_connecte
