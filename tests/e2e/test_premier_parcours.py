"""A manager's first visit, on a 360 px phone, forward only, from the home page: the
diagnostic, her results, her account, her firm, a simulation of her aids, a filed aid file
with its acknowledgement of receipt. No address is typed; the only link followed outside the
pages is the one of the confirmation email, as she would."""

import re

import pytest

from aides.models import Dossier
from diagnostic.models import Resultat
from diagnostic.questionnaires import charger_questionnaires
from tests.aides.factories import PDF, AideFactory, connecteur_labellise
from tests.e2e.conftest import repondre_etape, sign_up
from tests.e2e.test_aides import _dans_l_annuaire, deposer, suivante
from tests.factories import UserFactory, valid_siret

pytestmark = pytest.mark.django_db(transaction=True)


def _sans_defilement_horizontal(page):
    largeur = page.evaluate("document.documentElement.scrollWidth")
    assert largeur <= page.viewport_size["width"], f"{page.url} : {largeur} px de large"


def _mon_espace(page, audit):
    """ "Mon espace" from the header: behind the menu button on a phone."""
    lien = page.get_by_role("link", name="Mon espace").first
    if not lien.is_visible():
        page.get_by_role("button", name="Menu").click()
        lien = (
            page.locator("#modal-menu, .fr-header__menu")
            .get_by_role("link", name="Mon espace")
            .first
        )
    lien.click()
    page.wait_for_url("**/mon-espace/")
    audit(page)
    _sans_defilement_horizontal(page)


def test_a_first_time_manager_goes_from_the_home_page_to_a_filed_aid_file(
    mobile_page, audit, tmp_path
):
    page = mobile_page
    charger_questionnaires()
    AideFactory(titre="Pass commerce numérique Bretagne")
    claire = UserFactory(connecteur=True, email="claire@cci.test")
    _dans_l_annuaire(connecteur_labellise(claire, nom="CCI du Finistère"))
    devis = tmp_path / "devis.pdf"
    devis.write_bytes(PDF)

    # the home page, then the diagnostic, answered once, forward only
    page.goto("/")
    audit(page)
    _sans_defilement_horizontal(page)
    page.get_by_role("link", name="Faire mon autodiagnostic").first.click()
    audit(page)
    page.get_by_role("link", name="Maturité numérique de votre entreprise").click()
    audit(page)
    assert page.get_by_text("en 9 étapes").first.is_visible()
    page.get_by_role("button", name="Commencer le questionnaire").click()
    page.wait_for_url("**/etape/1/")
    audit(page)
    assert page.get_by_text("Étape 1 sur 9").is_visible()
    for numero in range(1, 9):
        repondre_etape(page)
        page.get_by_role("button", name="Continuer").click()
        page.wait_for_url(f"**/etape/{numero + 1}/")
        audit(page)
        _sans_defilement_horizontal(page)
    page.get_by_label("Vendre en ligne").check(force=True)
    page.get_by_role("button", name="Voir mes résultats").click()
    page.wait_for_url("**/resultat/")
    audit(page)
    _sans_defilement_horizontal(page)
    resultat = Resultat.objects.get()
    assert page.get_by_text(f"{resultat.score_global}/100").first.is_visible()
    assert not resultat.questions_manquantes

    # her account, from the results page
    page.get_by_role("link", name="Créer un compte").first.click()
    audit(page)
    sign_up(
        page,
        audit,
        prenom="Maëlle",
        nom="Le Bihan-O'Neil",
        email="maelle@librairie.test",
        role="Dirigeant ou dirigeante de PME",
        password="Librairie-des-Mots-2026!",
    )
    # the page she came from offers to keep her result: she has no firm yet
    assert "/rattacher/" in page.url
    assert page.get_by_text("Vous n'avez pas encore d'entreprise").is_visible()
    page.get_by_role("button", name="Enregistrer").click()
    page.wait_for_url("**/resultat/")
    audit(page)
    _mon_espace(page, audit)
    assert page.get_by_text("1 étape faite sur 5").is_visible()

    # her firm, from the first step of her checklist
    page.get_by_role("link", name="Enregistrer mon entreprise").click()
    audit(page)
    page.get_by_label("Numéro SIRET de votre établissement").fill(valid_siret(4242))
    page.get_by_role("button", name="Continuer").click()
    audit(page)
    page.get_by_label("Nom", exact=True).fill("Librairie des Mots & Cie")
    page.get_by_label("Code postal").fill("29000")
    page.get_by_label("Effectif (personnes)").fill("3")
    page.get_by_role("button", name="Enregistrer").click()
    audit(page)
    _sans_defilement_horizontal(page)

    # her diagnostic, attached to the firm: her recommendations follow from it
    _mon_espace(page, audit)
    page.get_by_role("link", name="Mes diagnostics").click()
    audit(page)
    page.get_by_role("link", name=re.compile("Rattacher à une entreprise")).first.click()
    audit(page)
    page.get_by_role("button", name="Enregistrer").click()
    page.wait_for_url("**/resultat/")
    audit(page)
    _mon_espace(page, audit)
    assert page.get_by_text("3 étapes faites sur 5").is_visible()
    assert page.get_by_role("heading", name=re.compile("Nos recommandations pour")).is_visible()

    # her aids, simulated from the checklist, then applied for step by step
    page.get_by_role("link", name="Simuler mes aides").click()
    audit(page)
    page.get_by_label("Création de site internet").fill("12 000")
    page.get_by_role("button", name="Simuler").click()
    audit(page)
    _sans_defilement_horizontal(page)
    page.get_by_role("link", name="Pass commerce numérique Bretagne").click()
    audit(page)
    page.get_by_role("link", name="Demander cette aide").click()
    audit(page)
    page.get_by_label("Titre du projet").fill("Site de la librairie")
    page.get_by_role("button", name="Créer mon dossier").click()
    audit(page)
    page.get_by_label("Description du projet").fill("Un site avec le stock en ligne.")
    suivante(page, audit)
    assert page.get_by_role("cell", name="12 000 €").is_visible()  # from the simulation
    suivante(page, audit)
    page.get_by_label("Nature de la pièce").select_option(label="Devis")
    page.get_by_label("Fichier").set_input_files(str(devis))
    page.get_by_label("SIRET du prestataire").fill("35000000602044")
    suivante(page, audit)
    page.locator("label", has_text="CCI du Finistère").click()
    suivante(page, audit)
    assert page.get_by_text("Projet éligible : 6 000 €").is_visible()
    _sans_defilement_horizontal(page)
    deposer(page, audit, "Déposer mon dossier")
    assert page.get_by_text("Votre dossier est déposé").is_visible()
    assert page.get_by_role(
        "link", name=re.compile("Télécharger l'accusé de réception")
    ).is_visible()
    dossier = Dossier.objects.get()
    assert dossier.etat == "depose" and dossier.entreprise.nom == "Librairie des Mots & Cie"

    # back in her space: four steps done, the file in progress
    _mon_espace(page, audit)
    assert page.get_by_text("4 étapes faites sur 5").is_visible()
    assert page.get_by_text("1 dossier en instruction").is_visible()
