"""Taking a diagnostic with the Django client: steps, bad input, results, claim, PDF."""

import re

import pytest
from django.urls import reverse
from django.utils.html import escape

from croissance import espace
from croissance.indicateurs.references import INTENSITE_NUMERIQUE
from diagnostic.enums import StatutResultat
from diagnostic.models import Reponse, Resultat
from tests.factories import EntrepriseFactory
from tests.pdf import verifier_accessible

pytestmark = pytest.mark.django_db


def reponses(axe, rang=1):
    data = {"action": "suivant"}
    for question in axe.questions.prefetch_related("choix"):
        choix = list(question.choix.all())
        data[f"q{question.pk}"] = [str(choix[min(rang, len(choix) - 1)].pk)]
    return data


def commencer(client, version, **data):
    response = client.post(reverse("diagnostic:commencer", args=[version.questionnaire.slug]), data)
    assert response.status_code == 302
    return Resultat.objects.latest("pk")


def url_etape(resultat, numero):
    return reverse("diagnostic:etape", args=[resultat.jeton, numero])


def terminer(client, resultat, rang=1):
    axes = list(resultat.version.axes.all())
    for numero, axe in enumerate(axes, start=1):
        response = client.post(url_etape(resultat, numero), reponses(axe, rang))
        assert response.status_code == 302, response.content.decode()[:2000]
    response = client.post(url_etape(resultat, len(axes) + 1), {"action": "suivant"})
    assert response.status_code == 302
    resultat.refresh_from_db()
    return resultat


def test_home_lists_both_questionnaires(client, questionnaires):
    response = client.get(reverse("diagnostic:accueil"))
    assert "Maturité numérique de votre entreprise" in response.content.decode()
    assert "Diagnostic e-export" in response.content.decode()


def test_anonymous_takes_it_step_by_step_and_sees_results(client, maturite):
    assert (
        client.get(reverse("diagnostic:commencer", args=["maturite-numerique"])).status_code == 200
    )
    resultat = commencer(client, maturite)
    assert resultat.user is None
    page = client.get(url_etape(resultat, 1)).content.decode()
    assert "fr-stepper" in page and "Étape 1 sur 9" in page
    assert url_etape(resultat, 1) in page  # private link to resume
    # the home page offers to resume in the same browser
    assert url_etape(resultat, 1) in client.get(reverse("diagnostic:accueil")).content.decode()

    resultat = terminer(client, resultat)
    assert resultat.statut == StatutResultat.TERMINE
    assert resultat.scores.count() == 8
    page = client.get(reverse("diagnostic:resultat", args=[resultat.jeton])).content.decode()
    assert f"Score global : <strong>{resultat.score_global}</strong>/100" in page
    assert "Indice d'intensité numérique européen" in page
    dii = INTENSITE_NUMERIQUE  # the EU average beside the firm's own index, with its year
    assert f"En {dii.annee}, {dii.ue:.0f} % des PME de l'Union européenne" in page
    assert "Que faire ensuite ?" in page
    assert "Créer un compte" in page
    assert "Votre rapport PDF est en préparation" in page  # the task runs once committed


def test_answers_are_kept_when_going_back_and_forth(client, maturite):
    resultat = commencer(client, maturite)
    axe = maturite.axes.first()
    client.post(url_etape(resultat, 1), reponses(axe, 2))
    page = client.get(url_etape(resultat, 1)).content.decode()
    choix = axe.questions.first().choix.all()[2]
    assert f'value="{choix.pk}" checked' in page
    # going back from step 2 saves what was given there without requiring the rest
    axe2 = maturite.axes.all()[1]
    question = axe2.questions.first()
    response = client.post(
        url_etape(resultat, 2),
        {"action": "precedent", f"q{question.pk}": [question.choix.first().pk]},
    )
    assert response.url == url_etape(resultat, 1)
    assert Reponse.objects.filter(resultat=resultat, question=question).exists()


def test_cannot_skip_ahead(client, maturite):
    resultat = commencer(client, maturite)
    response = client.get(url_etape(resultat, 5))
    assert response.url == url_etape(resultat, 1)
    assert client.get(url_etape(resultat, 42)).status_code == 404


def test_missing_required_answer_shows_french_error_next_to_question(client, maturite):
    resultat = commencer(client, maturite)
    data = reponses(maturite.axes.first())
    question = maturite.axes.first().questions.first()
    del data[f"q{question.pk}"]
    response = client.post(url_etape(resultat, 1), data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Répondez à cette question pour continuer." in page
    assert (
        f'id="q{question.pk}" aria-labelledby="q{question.pk}-legende q{question.pk}-messages"'
        in page
    )
    resultat.refresh_from_db()
    assert resultat.etape == 1


@pytest.mark.parametrize("valeur", ["999999", "abc", ""])
def test_tampered_choice_is_a_400_in_french(client, maturite, valeur):
    resultat = commencer(client, maturite)
    data = reponses(maturite.axes.first())
    question = maturite.axes.first().questions.first()
    data[f"q{question.pk}"] = [valeur] if valeur else ["999998", "999999"]
    response = client.post(url_etape(resultat, 1), data)
    assert response.status_code == 400
    assert "Réponse non reconnue" in response.content.decode()


def test_choice_of_another_version_is_rejected(client, maturite, e_export):
    resultat = commencer(client, maturite)
    data = reponses(maturite.axes.first())
    question = maturite.axes.first().questions.first()
    data[f"q{question.pk}"] = [str(e_export.questions.first().choix.first().pk)]
    assert client.post(url_etape(resultat, 1), data).status_code == 400


def test_tampered_need_is_a_400(client, maturite):
    resultat = commencer(client, maturite)
    resultat.etape = 9
    resultat.save()
    response = client.post(url_etape(resultat, 9), {"action": "suivant", "besoins": ["999999"]})
    assert response.status_code == 400


def test_unknown_link_is_404(client, questionnaires):
    assert client.get(url_etape(Resultat(jeton="inconnu"), 1)).status_code == 404
    assert client.get(reverse("diagnostic:resultat", args=["inconnu"])).status_code == 404


def test_conditional_question_appears_only_after_its_condition(client, maturite):
    resultat = commencer(client, maturite)
    presence = maturite.axes.get(slug="presence")
    client.post(url_etape(resultat, 1), reponses(maturite.axes.first()))
    site = presence.questions.get(code="site")
    mobile = presence.questions.get(code="site-mobile")
    data = reponses(presence)
    data[f"q{site.pk}"] = [str(site.choix.get(code="non").pk)]
    del data[f"q{mobile.pk}"]
    client.post(url_etape(resultat, 2), data)
    # drawn hidden (the page's script reveals it when "a site" is ticked)
    assert f'id="q{mobile.pk}" aria-labelledby="q{mobile.pk}-legende" data-revele-par' in (
        page := client.get(url_etape(resultat, 2)).content.decode()
    )
    assert re.search(rf'<fieldset[^>]*id="q{mobile.pk}"[^>]*hidden>', page)
    data[f"q{site.pk}"] = [str(site.choix.get(code="vitrine").pk)]
    client.post(url_etape(resultat, 2), data)
    # the condition is on the same step: shown once the answer is saved
    page = client.get(url_etape(resultat, 2)).content.decode()
    assert escape(mobile.texte) in page
    assert not re.search(rf'<fieldset[^>]*id="q{mobile.pk}"[^>]*hidden>', page)


def test_logged_in_manager_picks_entreprise_up_front(client, maturite, pme_alice, entreprise_alice):
    client.force_login(pme_alice)
    page = client.get(reverse("diagnostic:commencer", args=["maturite-numerique"])).content.decode()
    assert "Entreprise concernée" in page
    resultat = commencer(client, maturite, entreprise=entreprise_alice.pk)
    assert resultat.user == pme_alice
    assert resultat.entreprise == entreprise_alice
    assert resultat.region_id == entreprise_alice.region_id


def test_manager_cannot_start_for_someone_elses_entreprise(client, maturite, pme_alice, pme_bruno):
    autre = EntrepriseFactory(gestionnaires=[pme_bruno])
    EntrepriseFactory(gestionnaires=[pme_alice])
    client.force_login(pme_alice)
    response = client.post(
        reverse("diagnostic:commencer", args=["maturite-numerique"]), {"entreprise": autre.pk}
    )
    assert response.status_code == 200
    assert not Resultat.objects.exists()


def test_anonymous_result_is_attached_after_login(
    client, maturite, pme_alice, entreprise_alice, django_capture_on_commit_callbacks, mailoutbox
):
    resultat = terminer(client, commencer(client, maturite))
    client.force_login(pme_alice)
    url = reverse("diagnostic:rattacher", args=[resultat.jeton])
    assert client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"entreprise": entreprise_alice.pk})
    assert len(mailoutbox) == 1
    assert "Votre diagnostic : niveau" in mailoutbox[0].subject
    assert resultat.jeton in mailoutbox[0].body
    assert response.url == reverse("diagnostic:resultat", args=[resultat.jeton])
    resultat.refresh_from_db()
    assert resultat.user == pme_alice and resultat.entreprise == entreprise_alice
    page = client.get(reverse("diagnostic:mes_diagnostics")).content.decode()
    assert reverse("diagnostic:resultat", args=[resultat.jeton]) in page


def test_claiming_needs_an_account(client, maturite):
    resultat = terminer(client, commencer(client, maturite))
    response = client.get(reverse("diagnostic:rattacher", args=[resultat.jeton]))
    assert response.status_code == 302 and "/compte/login/" in response.url


def test_pdf_report_is_prepared_then_downloadable(
    client, maturite, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        resultat = terminer(client, commencer(client, maturite))
    resultat.refresh_from_db()
    assert resultat.pdf
    response = client.get(reverse("diagnostic:rapport_pdf", args=[resultat.jeton]))
    assert response.status_code == 200
    contenu = b"".join(response.streaming_content)
    lu = verifier_accessible(contenu, titre=f"Diagnostic – {maturite.questionnaire.titre}")
    assert f"Score global : {resultat.score_global}/100" in lu
    assert f"niveau « {resultat.niveau.nom} »" in lu
    for score in resultat.scores.select_related("axe"):
        assert f"{score.axe.nom} {score.score}/100" in lu
        if score.axe.conseil:
            assert f"votre score sur cet axe est de {score.score}/100" in lu
            assert " ".join(score.axe.conseil.split()[:6]) in lu
    assert f"{resultat.dii}/12" in lu


def test_pdf_report_lists_the_recommendations_with_their_reasons(
    client, maturite, pme_alice, entreprise_alice, django_capture_on_commit_callbacks
):
    from tests.aides.factories import AideFactory

    AideFactory(titre="Pass commerce numérique d'Armor & Co")
    client.force_login(pme_alice)
    with django_capture_on_commit_callbacks(execute=True):
        resultat = terminer(client, commencer(client, maturite, entreprise=entreprise_alice.pk))
    assert resultat.entreprise == entreprise_alice
    page = client.get(reverse("diagnostic:resultat", args=[resultat.jeton])).content.decode()
    assert "Pass commerce numérique d&#x27;Armor &amp; Co" in page  # the page recommends it
    response = client.get(reverse("diagnostic:rapport_pdf", args=[resultat.jeton]))
    lu = verifier_accessible(
        b"".join(response.streaming_content), titre=f"Diagnostic – {maturite.questionnaire.titre}"
    )
    assert "Nos recommandations" in lu
    assert "Pass commerce numérique d'Armor & Co" in lu  # as typed, no HTML entity
    assert "Aide éligible pour un projet de" in lu  # with its reason
    assert "http" in lu.split("Pass commerce numérique d'Armor & Co", 1)[1][:400]


def test_pdf_shows_in_preparation_until_the_task_ran(
    client, maturite, django_capture_on_commit_callbacks
):
    resultat = terminer(client, commencer(client, maturite))
    Resultat.objects.filter(pk=resultat.pk).update(pdf="")
    url = reverse("diagnostic:resultat", args=[resultat.jeton])
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        client.post(reverse("diagnostic:rapport_pdf", args=[resultat.jeton]))
    assert "en préparation" in client.get(url).content.decode()
    assert client.get(reverse("diagnostic:rapport_pdf", args=[resultat.jeton])).status_code == 404
    for callback in callbacks:
        callback()
    assert "Télécharger le rapport" in client.get(url).content.decode()


def test_history_shows_progress_of_each_axis(client, maturite, pme_alice, entreprise_alice):
    client.force_login(pme_alice)
    premier = terminer(client, commencer(client, maturite, entreprise=entreprise_alice.pk), rang=0)
    second = terminer(client, commencer(client, maturite, entreprise=entreprise_alice.pk), rang=2)
    page = client.get(reverse("diagnostic:historique", args=[entreprise_alice.pk])).content.decode()
    assert "Évolution depuis le premier diagnostic" in page
    debut, fin = premier.scores_par_axe()["export"], second.scores_par_axe()["export"]
    assert debut < fin
    assert f"E-export : {debut} → {fin} (+{fin - debut} points)" in page
    assert page.count("<tr>") == 3  # header + two results


def test_history_empty_state(client, maturite, pme_alice, entreprise_alice):
    client.force_login(pme_alice)
    page = client.get(reverse("diagnostic:historique", args=[entreprise_alice.pk])).content.decode()
    assert "Pas encore de diagnostic terminé" in page


def test_mon_espace_links_for_pme(pme_alice):
    titres = [lien.titre for lien in espace.liens_pour(pme_alice)]
    assert "Faire un diagnostic" in titres and "Mes diagnostics" in titres


def test_submitting_a_step_of_a_diagnostic_finished_in_another_tab(client, maturite):
    resultat = commencer(client, maturite)
    data = reponses(maturite.axes.first())
    Resultat.objects.filter(pk=resultat.pk).update(statut=StatutResultat.TERMINE)
    # the view loaded it before: simulate the race with the service directly
    from django.core.exceptions import ValidationError

    from diagnostic import services

    with pytest.raises(ValidationError):
        services.enregistrer_etape(resultat=resultat, questions=[], reponses={}, etape=2)
    response = client.post(url_etape(resultat, 1), data)
    assert response.url == reverse("diagnostic:resultat", args=[resultat.jeton])


def test_e_export_result_has_no_digital_intensity(client, e_export):
    resultat = terminer(client, commencer(client, e_export))
    assert resultat.dii is None and resultat.niveau_dii == ""
    page = client.get(reverse("diagnostic:resultat", args=[resultat.jeton])).content.decode()
    assert "Indice d'intensité numérique" not in page
    assert "Logistique" in page
