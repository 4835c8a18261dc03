"""Mission staff edit questionnaires in the admin; published versions are read-only."""

import pytest
from django.urls import reverse

from diagnostic.enums import StatutVersion
from diagnostic.models import Choix, Question, Version

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, mission_marc):
    client.force_login(mission_marc)
    return client


@pytest.mark.parametrize("modele", ["questionnaire", "version", "question", "choix", "resultat"])
def test_changelists_render(admin_client, maturite, modele):
    assert admin_client.get(reverse(f"admin:diagnostic_{modele}_changelist")).status_code == 200


def test_version_page_explains_how_each_level_is_reached(admin_client, maturite):
    page = admin_client.get(reverse("admin:diagnostic_version_change", args=[maturite.pk]))
    contenu = page.content.decode()
    assert "Premiers pas : score global de 0 à 29/100" in contenu
    assert "Moteur du numérique : score global de 80 à 100/100" in contenu


def test_published_version_cannot_be_changed(admin_client, maturite):
    question = maturite.questions.first()
    url = reverse("admin:diagnostic_question_change", args=[question.pk])
    response = admin_client.post(url, {"texte": "Modifiée ?"})
    assert response.status_code == 403
    question.refresh_from_db()
    assert question.texte != "Modifiée ?"


def test_action_creates_an_editable_draft(admin_client, maturite):
    response = admin_client.post(
        reverse("admin:diagnostic_version_changelist"),
        {"action": "creer_nouvelle_version", "_selected_action": [maturite.pk]},
    )
    assert response.status_code == 302
    brouillon = Version.objects.get(questionnaire=maturite.questionnaire, numero=2)
    assert brouillon.statut == StatutVersion.BROUILLON
    question = brouillon.questions.get(code="site")
    page = admin_client.get(reverse("admin:diagnostic_question_change", args=[question.pk]))
    assert page.status_code == 200
    assert 'name="texte"' in page.content.decode()
    choix = Choix.objects.filter(question=question).first()
    assert (
        admin_client.get(reverse("admin:diagnostic_choix_change", args=[choix.pk])).status_code
        == 200
    )

    admin_client.post(
        reverse("admin:diagnostic_version_changelist"),
        {"action": "publier", "_selected_action": [brouillon.pk]},
    )
    brouillon.refresh_from_db()
    maturite.refresh_from_db()
    assert brouillon.statut == StatutVersion.PUBLIEE
    assert maturite.statut == StatutVersion.ARCHIVEE
    assert Question.objects.filter(version=maturite).count() == brouillon.questions.count()


def test_condition_must_be_on_an_earlier_question(maturite):
    from diagnostic import services
    from diagnostic.admin import QuestionForm

    brouillon = services.creer_nouvelle_version(version=maturite)
    question = brouillon.questions.get(code="site")
    plus_tard = brouillon.questions.get(code="crm").choix.first()
    plus_tot = brouillon.questions.get(code="strat-budget").choix.first()

    def formulaire(condition):
        data = {
            "version": brouillon.pk,
            "axe": question.axe.pk,
            "code": question.code,
            "ordre": question.ordre,
            "texte": question.texte,
            "type": question.type,
            "obligatoire": "on",
            "conditions": [condition.pk],
        }
        return QuestionForm(data, instance=question)

    form = formulaire(plus_tard)
    assert not form.is_valid()
    assert "question précédente" in str(form.errors["conditions"])
    assert formulaire(plus_tot).is_valid(), formulaire(plus_tot).errors
