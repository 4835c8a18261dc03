"""A visitor takes the diagnostic without an account, resumes it by its private link, finishes,
logs in and finds the result attached to the entreprise; and the same on a phone."""

import re

import pytest

from diagnostic import services
from diagnostic.demo import repondre
from diagnostic.models import Questionnaire, Resultat
from diagnostic.questionnaires import charger_questionnaires
from diagnostic.selectors import version_courante
from tests.e2e.conftest import login, repondre_etape, sign_up
from tests.factories import DEFAULT_PASSWORD, EntrepriseFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def _verified(user):
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)


def test_anonymous_journey_resume_finish_login_and_attach(page, audit):
    charger_questionnaires()
    manager = UserFactory(email="morgane@fournil.test")
    _verified(manager)
    EntrepriseFactory(gestionnaires=[manager], nom="Le Fournil de Morgane")

    page.goto("/diagnostic/")
    audit(page)
    page.get_by_role("link", name="Maturité numérique de votre entreprise").click()
    audit(page)
    page.get_by_role("button", name="Commencer le questionnaire").click()
    page.wait_for_url("**/etape/1/")
    audit(page)
    assert page.get_by_text("Étape 1 sur 9").is_visible()

    # nothing answered: a French error next to each question
    page.get_by_role("button", name="Continuer").click()
    audit(page)
    assert page.get_by_text("Répondez à cette question pour continuer.").first.is_visible()

    repondre_etape(page)
    page.get_by_role("button", name="Continuer").click()
    page.wait_for_url("**/etape/2/")
    audit(page)
    lien_prive = page.locator(".cc-lien-prive a").get_attribute("href")

    # leave, then come back with the private link: the answers are still there
    page.goto("/")
    audit(page)
    page.goto(lien_prive)
    audit(page)
    assert page.get_by_text("Étape 2 sur 9").is_visible()
    page.get_by_role("button", name="Étape précédente").click()
    page.wait_for_url("**/etape/1/")
    audit(page)
    assert page.locator("form input:checked").count() == 3

    page.get_by_role("button", name="Continuer").click()
    page.wait_for_url("**/etape/2/")
    audit(page)
    for numero in range(2, 9):
        repondre_etape(page)
        page.get_by_role("button", name=re.compile("Continuer|Voir mes résultats")).click()
        page.wait_for_url(f"**/etape/{numero + 1}/")
        audit(page)
    page.get_by_label("Vendre en ligne").check(force=True)
    page.get_by_role("button", name="Voir mes résultats").click()
    page.wait_for_url("**/resultat/")
    audit(page)
    assert page.get_by_role("heading", name="Vos résultats").is_visible()
    assert not page.get_by_role("table").first.is_visible()  # the scores' table is folded
    page.get_by_text("Voir les scores sous forme de tableau").click()
    assert page.get_by_role("table").first.is_visible()

    page.get_by_role("link", name="Se connecter et enregistrer").click()
    audit(page)
    page.get_by_label("Adresse électronique").fill("morgane@fournil.test")
    page.get_by_label("Mot de passe").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_url("**/rattacher/")
    audit(page)
    page.get_by_label("Entreprise concernée").select_option(label="Le Fournil de Morgane")
    page.get_by_role("button", name="Enregistrer").click()
    page.wait_for_url("**/resultat/")
    audit(page)
    assert page.get_by_text("Le diagnostic est enregistré dans votre espace.").is_visible()
    assert page.get_by_text("pour Le Fournil de Morgane").is_visible()
    resultat = Resultat.objects.get()
    assert resultat.user == manager and resultat.entreprise.nom == "Le Fournil de Morgane"

    page.get_by_role("link", name="Mes diagnostics").first.click()
    audit(page)
    page.get_by_role("link", name="Le Fournil de Morgane").click()
    audit(page)
    assert page.get_by_role("heading", name="Progression de Le Fournil de Morgane").is_visible()


def test_diagnostic_on_a_phone(mobile_page, audit):
    charger_questionnaires()
    version = version_courante(Questionnaire.objects.get(slug="maturite-numerique"))
    fini = services.commencer_diagnostic(version=version)
    repondre(fini, 1)
    services.terminer_diagnostic(resultat=fini)

    def largeur():
        return mobile_page.evaluate("document.documentElement.scrollWidth")

    mobile_page.goto("/diagnostic/maturite-numerique/commencer/")
    audit(mobile_page)
    mobile_page.get_by_role("button", name="Commencer le questionnaire").click()
    mobile_page.wait_for_url("**/etape/1/")
    audit(mobile_page)
    assert largeur() <= 360, "l'étape déborde sur un écran de 360 px"
    mobile_page.get_by_role("button", name="Continuer").click()
    audit(mobile_page)
    assert largeur() <= 360
    mobile_page.goto(f"/diagnostic/d/{fini.jeton}/resultat/")
    audit(mobile_page)
    assert largeur() <= 360, "les résultats débordent sur un écran de 360 px"

    manager = UserFactory()
    _verified(manager)
    entreprise = EntrepriseFactory(gestionnaires=[manager])
    for rang in (0, 2):
        resultat = services.commencer_diagnostic(
            version=version, user=manager, entreprise=entreprise
        )
        repondre(resultat, rang)
        services.terminer_diagnostic(resultat=resultat)
    login(mobile_page, audit, manager.email, DEFAULT_PASSWORD)
    mobile_page.goto(f"/diagnostic/entreprises/{entreprise.pk}/historique/")
    audit(mobile_page)
    assert mobile_page.get_by_role("img", name=re.compile("premier et au dernier")).is_visible()
    assert largeur() <= 360, "la progression déborde sur un écran de 360 px"


def test_visitor_signs_up_after_the_diagnostic_and_finds_it_in_her_space(page, audit):

    charger_questionnaires()
    page.goto("/diagnostic/maturite-numerique/commencer/")
    audit(page)
    page.get_by_role("button", name="Commencer le questionnaire").click()
    page.wait_for_url("**/etape/1/")
    audit(page)
    # answered elsewhere in the journey test: finish it directly
    resultat = Resultat.objects.get()
    repondre(resultat, 2)
    services.terminer_diagnostic(resultat=resultat)
    page.goto(f"/diagnostic/d/{resultat.jeton}/resultat/")
    audit(page)

    page.get_by_role("link", name="Créer un compte").first.click()
    audit(page)
    sign_up(
        page,
        audit,
        prenom="Yannick",
        nom="Le Goff",
        email="yannick@crepes.test",
        role="Dirigeant ou dirigeante de PME",
        password="Crepes-Bigoudenes-2026!",
    )

    page.goto("/diagnostic/mes-diagnostics/")
    audit(page)
    page.get_by_role("link", name=re.compile("Enregistrer « Maturité numérique")).click()
    audit(page)
    page.get_by_role("button", name="Enregistrer").click()
    page.wait_for_url("**/resultat/")
    audit(page)
    assert page.get_by_text("Le diagnostic est enregistré dans votre espace.").is_visible()
    resultat.refresh_from_db()
    assert resultat.user.email == "yannick@crepes.test"
    page.goto("/diagnostic/mes-diagnostics/")
    audit(page)
    assert page.get_by_role(
        "link", name="Maturité numérique de votre entreprise", exact=True
    ).is_visible()


def _sans_defilement_lateral(page):
    return page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]


def test_follow_ups_appear_in_place_and_none_unticks_the_others(mobile_page, audit):
    """With the page's script, on a phone: the follow-up question appears as soon as the
    answer that calls for it is ticked, and "Aucun de ces moyens" unticks the others."""
    charger_questionnaires()
    mobile_page.goto("/")
    audit(mobile_page)
    mobile_page.get_by_role("link", name="Faire mon autodiagnostic").first.click()
    audit(mobile_page)
    mobile_page.get_by_role("link", name="Maturité numérique de votre entreprise").click()
    audit(mobile_page)
    mobile_page.get_by_role("button", name="Commencer le questionnaire").click()
    mobile_page.wait_for_url("**/etape/1/")
    audit(mobile_page)
    repondre_etape(mobile_page)
    mobile_page.get_by_role("button", name="Continuer").click()
    mobile_page.wait_for_url("**/etape/2/")
    audit(mobile_page)

    telephone = mobile_page.get_by_text("Votre site s'affiche-t-il correctement sur un téléphone ?")
    assert not telephone.is_visible()
    mobile_page.get_by_label("Oui, un site vitrine tenu à jour").check(force=True)
    assert telephone.is_visible()
    mobile_page.get_by_label("Non", exact=True).first.check(force=True)
    assert not telephone.is_visible()
    mobile_page.get_by_label("Oui, un site où l'on peut commander ou réserver").check(force=True)
    assert telephone.is_visible()
    audit(mobile_page)
    repondre_etape(mobile_page)
    mobile_page.get_by_role("button", name="Continuer").click()
    mobile_page.wait_for_url("**/etape/3/")  # everything answered in one pass
    audit(mobile_page)

    site = mobile_page.get_by_label("Sur notre propre site ou boutique en ligne")
    aucun = mobile_page.get_by_label("Aucun de ces moyens")
    site.check(force=True)
    assert mobile_page.get_by_text("Quelle part de votre chiffre d'affaires").is_visible()
    aucun.check(force=True)
    assert not site.is_checked()
    assert not mobile_page.get_by_text("Quelle part de votre chiffre d'affaires").is_visible()
    site.check(force=True)
    assert not aucun.is_checked()
    assert _sans_defilement_lateral(mobile_page)


def test_without_javascript_a_forward_only_manager_is_asked_every_follow_up(
    browser, live_server, settings
):
    """The script switched off: the step comes back with the follow-ups before moving on.
    (axe runs in the page's JavaScript: these pages are audited with it on by the test above.)"""
    settings.ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
    charger_questionnaires()
    context = browser.new_context(
        base_url=live_server.url, locale="fr-FR", java_script_enabled=False
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        page.goto("/")
        page.get_by_role("link", name="Faire mon autodiagnostic").first.click()
        page.get_by_role("link", name="Maturité numérique de votre entreprise").click()
        page.get_by_role("button", name="Commencer le questionnaire").click()
        page.wait_for_url("**/etape/1/")
        repondre_etape(page)
        page.get_by_role("button", name="Continuer").click()
        page.wait_for_url("**/etape/2/")
        page.get_by_label("Oui, un site vitrine tenu à jour").check(force=True)
        repondre_etape(page)  # the follow-up is not shown yet: not answered
        page.get_by_role("button", name="Continuer").click()
        page.wait_for_url(re.compile(r"/etape/2/\?ajoutees="))
        assert page.get_by_text("Vos réponses appellent 1 question de plus").is_visible()
        assert page.get_by_text("Question ajoutée d'après votre réponse").is_visible()
        page.locator("fieldset.cc-question-ajoutee").get_by_label("Oui").check(force=True)
        page.get_by_role("button", name="Continuer").click()
        page.wait_for_url("**/etape/3/")
        resultat = Resultat.objects.get()
        codes = set(resultat.reponses.values_list("question__code", flat=True))
        assert "site-mobile" in codes
    finally:
        context.close()
