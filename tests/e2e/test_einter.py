"""E-export journeys in a browser, every page audited by axe."""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command

from croissance.referentiels.models import Naf
from diagnostic.questionnaires import charger_questionnaires
from einter import tasks
from einter.services import diagnostic_publier_pays
from tests.e2e.conftest import login, repondre_etape, sign_up
from tests.einter.factories import (
    LeadFactory,
    MarcheFactory,
    OffreFactory,
    PlaceFactory,
    QuestionFactory,
    TemoignageFactory,
    secteur,
)
from tests.factories import DEFAULT_PASSWORD, EntrepriseFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _resultats_sans_cache():
    cache.clear()  # cached search results: leads are written with factories here


CSV = (
    "reference;titre;description;pays;source;statut\n"
    "NEW-1;Épicerie fine cherche fromages de chèvre;Commande mensuelle;JP;CCI International;"
    "ouvert\n"
    "NEW-2;Importateur cherche vins;Contrat annuel;JP;CCI International;ouvert\n"
)


def test_visitor_searches_leads_signs_up_saves_the_search_and_gets_new_leads_by_email(
    page, audit, tmp_path
):
    LeadFactory(titre="Importateur cherche fromages affinés", pays="JP", reference="OLD-1")
    LeadFactory(titre="Grossiste cherche chaussures", pays="JP")

    page.goto("/e-export/")
    audit(page)
    page.get_by_label("Rechercher un lead par produit").fill("fromages")
    page.get_by_role("button", name="Rechercher").click()
    page.wait_for_url("**/e-export/leads/**")
    audit(page)
    page.get_by_label("Pays").select_option("JP")
    page.get_by_role("button", name="Filtrer").click()
    page.wait_for_url("**pays=JP**")
    audit(page)
    assert page.get_by_role("heading", name="1 lead trouvé").is_visible()
    recherche_url = page.url

    page.get_by_role("link", name="Importateur cherche fromages affinés").click()
    audit(page)
    assert page.get_by_text("achats@acheteur.example").count() == 0
    page.go_back()
    audit(page)

    page.get_by_role("link", name="Créer un compte").last.click()
    audit(page)
    sign_up(
        page,
        audit,
        prenom="Maël",
        nom="Le Gall",
        email="mael@fromagerie.bzh",
        role="Dirigeant ou dirigeante de PME",
        password="Fromages-Japon-2026!",
    )

    page.goto(recherche_url)
    audit(page)
    page.get_by_label("Nom de la recherche").fill("Fromages au Japon")
    page.get_by_role("button", name="Enregistrer la recherche et activer l'alerte").click()
    page.wait_for_url("**/e-export/recherches/")
    audit(page)
    assert page.get_by_role("link", name="Fromages au Japon").is_visible()

    fichier = tmp_path / "leads.csv"
    fichier.write_text(CSV, encoding="utf-8")
    call_command("importer_leads", str(fichier))
    mail.outbox.clear()
    tasks.envoyer_digests_leads()
    assert len(mail.outbox) == 1
    corps = mail.outbox[0].body
    assert mail.outbox[0].to == ["mael@fromagerie.bzh"]
    assert "Épicerie fine cherche fromages de chèvre" in corps
    assert "vins" not in corps and "affinés" not in corps

    page.get_by_role("link", name="Se déconnecter").click()
    audit(page)
    page.get_by_role("button", name="Se déconnecter").click()
    page.wait_for_load_state()
    audit(page)
    desabonnement = re.search(r"https?://\S+/alertes/desabonnement/\S+/", corps).group(0)
    page.goto("/e-export/alertes/" + desabonnement.split("/alertes/", 1)[1])
    audit(page)
    page.get_by_role("button", name="Me désabonner").click()
    page.wait_for_load_state()
    audit(page)
    assert page.get_by_role("heading", name="Désabonnement confirmé").is_visible()


def test_visitor_browses_markets_marketplaces_stories_schemes_and_faq(page, audit):
    japon = MarcheFactory(code_pays="JP", nom="Japon", accroche="Un marché exigeant.")
    place = PlaceFactory(nom="Rakuten Ichiba", marches=[japon], secteurs=[secteur("mode")])
    OffreFactory(place=place, titre="Boutique traduite à moitié prix")
    TemoignageFactory(marche=japon, titre="Nos fromages à Tokyo", places=[place])
    QuestionFactory()

    page.goto("/e-export/")
    audit(page)
    page.get_by_role("link", name="Fiches marchés").first.click()
    audit(page)
    page.get_by_role("link", name="Japon").click()
    audit(page)
    assert page.get_by_role("heading", name="Vendre en ligne : Japon").is_visible()
    page.get_by_role("link", name="Rakuten Ichiba").click()
    audit(page)
    assert page.get_by_text("Boutique traduite à moitié prix").is_visible()
    page.get_by_role("link", name="Nos fromages à Tokyo").click()
    audit(page)
    page.goto("/e-export/places-de-marche/")
    audit(page)
    page.get_by_label("Secteur").select_option("mode")
    page.get_by_role("button", name="Filtrer").click()
    page.wait_for_url("**secteur=mode**")
    audit(page)
    page.goto("/e-export/temoignages/")
    audit(page)
    page.goto("/e-export/dispositifs/")
    audit(page)
    page.goto("/e-export/questions/")
    audit(page)
    page.get_by_role("link", name="Douanes et fiscalité").click()
    audit(page)
    page.get_by_role("link", name="Dois-je payer la TVA du pays de mon client ?").click()
    audit(page)
    assert page.get_by_text("guichet OSS").is_visible()


def test_pme_finds_saved_searches_in_mon_espace(page, audit):
    from allauth.account.models import EmailAddress

    user = UserFactory(email="lea@pme.test")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    login(page, audit, user.email, DEFAULT_PASSWORD)
    page.goto("/mon-espace/")
    audit(page)
    page.get_by_role("link", name="Mes recherches de leads").click()
    audit(page)
    assert page.get_by_role("heading", name="Aucune recherche enregistrée").is_visible()


def test_leads_and_market_pages_fit_a_phone(mobile_page, audit):
    MarcheFactory(code_pays="DE", nom="Allemagne")
    LeadFactory(titre="Importateur cherche biscuits au beurre", pays="DE")
    for url in ["/e-export/leads/?q=biscuits", "/e-export/marches/de/", "/e-export/"]:
        mobile_page.goto(url)
        audit(mobile_page)
        width = mobile_page.evaluate("document.documentElement.scrollWidth")
        assert width <= 360, f"{url} déborde horizontalement sur un écran de 360 px"


def test_manager_takes_the_e_export_diagnostic_and_is_sent_to_the_fiche_of_her_country(page, audit):
    from allauth.account.models import EmailAddress

    allemagne = MarcheFactory(code_pays="DE", nom="Allemagne", accroche="Le premier marché.")
    MarcheFactory(code_pays="JP", nom="Japon")
    biscuits = secteur("agroalimentaire")
    biscuits.divisions_naf.add(Naf.objects.get(code="10"))
    otto = PlaceFactory(nom="Otto", marches=[allemagne])
    OffreFactory(place=otto, titre="Commission réduite de moitié")
    TemoignageFactory(marche=allemagne, titre="Nos biscuits à Munich", secteur=biscuits)
    charger_questionnaires()
    diagnostic_publier_pays()
    manager = UserFactory(email="anne@biscuiterie.test")
    EmailAddress.objects.create(user=manager, email=manager.email, verified=True, primary=True)
    EntrepriseFactory(gestionnaires=[manager], nom="Biscuiterie d'Anne", naf_id="10.71C")

    login(page, audit, manager.email, DEFAULT_PASSWORD)
    page.goto("/diagnostic/")
    audit(page)
    page.get_by_role("link", name="Diagnostic e-export").click()
    audit(page)
    page.get_by_role("button", name="Commencer le questionnaire").click()
    page.wait_for_url("**/etape/1/")
    audit(page)

    def choisir(question):
        if "Quels pays visez-vous" in question.inner_text():
            question.get_by_text("Allemagne", exact=True).click()
        elif not question.locator("input:checked").count():
            question.locator("label.fr-label").first.click()

    while page.get_by_role("button", name="Continuer").count():
        repondre_etape(page, choisir)
        numero = int(re.search(r"/etape/(\d+)/", page.url).group(1))
        page.get_by_role("button", name="Continuer").click()
        page.wait_for_url(f"**/etape/{numero + 1}/")
        audit(page)
    page.get_by_role("button", name="Voir mes résultats").click()
    page.wait_for_url("**/resultat/")
    audit(page)

    fiche = page.get_by_role("listitem").filter(
        has=page.get_by_role("link", name="Vendre en ligne : Allemagne")
    )
    assert fiche.get_by_text(
        "Vous visez l'Allemagne : fiche marché, habitudes d'achat en ligne et bonnes pratiques"
    ).is_visible()
    assert page.get_by_role("link", name="Otto").is_visible()
    assert page.get_by_text("Commission réduite de moitié").first.is_visible()
    assert page.get_by_role("link", name="Nos biscuits à Munich").is_visible()
    assert page.get_by_role("link", name="Vendre en ligne : Japon").count() == 0
    page.get_by_text("Pourquoi ces recommandations ?").click()
    assert page.get_by_text("des pays que vous visez", exact=False).is_visible()

    page.get_by_role("link", name="Vendre en ligne : Allemagne").click()
    page.wait_for_url("**/e-export/marches/de/")
    audit(page)
    assert page.get_by_role("heading", name="Vendre en ligne : Allemagne").is_visible()
