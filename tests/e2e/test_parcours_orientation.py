"""A manager takes the maturity diagnostic, reads recommendations of every kind with their
reasons and why they were chosen, contacts a recommended connecteur (who then sees the
request) and starts a file for a recommended aid; « Mon espace » follows the new diagnostic."""

import re

import pytest

from aides.enums import EtatDossier
from aides.models import Dossier
from diagnostic.questionnaires import charger_questionnaires
from tests.aides.factories import AideFactory
from tests.connecteurs.factories import ConnecteurFactory
from tests.e2e.conftest import login, repondre_etape
from tests.e2e.test_connecteurs import _logout
from tests.e2e.test_foundation import _verified
from tests.factories import DEFAULT_PASSWORD, EntrepriseFactory, UserFactory
from tests.formations.factories import FormationFactory, SessionFactory
from tests.ressources.factories import PrestataireFactory, RessourceFactory, TemoignageFactory

pytestmark = pytest.mark.django_db(transaction=True)

SECTIONS = {
    "Connecteurs du numérique": "Médiathèque numérique de Brest",
    "Aides financières": "Pass commerce numérique Bretagne",
    "Formations": "Vendre en ligne en deux jours",
    "Ressources utiles": "Ouvrir sa boutique en ligne pas à pas",
    "Témoignages de PME": "Notre click & collect",
    "Prestataires référencés": "Agence Breizh Web",
}


def _offres():
    claire = UserFactory(connecteur=True, email="claire@mediatheque-brest.test", prenom="Claire")
    ConnecteurFactory(nom=SECTIONS["Connecteurs du numérique"], membres=[claire])
    AideFactory(titre=SECTIONS["Aides financières"], financeur="Région Bretagne")
    formation = FormationFactory(titre=SECTIONS["Formations"])
    formation.themes.set(["vente-en-ligne"])
    SessionFactory(formation=formation)
    RessourceFactory(titre=SECTIONS["Ressources utiles"])
    TemoignageFactory(titre=SECTIONS["Témoignages de PME"])
    PrestataireFactory(nom=SECTIONS["Prestataires référencés"])
    return claire


def _section(page, libelle):
    """The list of cards under a recommendation heading."""
    return page.get_by_role("heading", name=libelle).locator("xpath=following-sibling::ul[1]")


def test_diagnostic_recommendations_request_and_aid_file(page, audit):
    charger_questionnaires()
    alice = UserFactory(email="alice@fournil.test", prenom="Alice")
    EntrepriseFactory(
        gestionnaires=[alice],
        nom="Le Fournil Breton",
        naf_id="47.61Z",
        effectif=4,
        surface_vente_m2=120,
    )
    claire = _offres()
    for user in (alice, claire):
        _verified(user)

    # Before any diagnostic, nothing tells what the bakery wants to do.
    login(page, audit, alice.email, DEFAULT_PASSWORD)
    page.goto("/mon-espace/")
    audit(page)
    assert not page.get_by_role("link", name=SECTIONS["Connecteurs du numérique"]).count()

    page.goto("/diagnostic/")
    audit(page)
    page.get_by_role("link", name="Maturité numérique de votre entreprise").click()
    audit(page)
    page.get_by_role("button", name="Commencer le questionnaire").click()
    page.wait_for_url("**/etape/1/")
    audit(page)
    for numero in range(1, 9):
        repondre_etape(page)
        page.get_by_role("button", name=re.compile("Continuer|Voir mes résultats")).click()
        page.wait_for_url(f"**/etape/{numero + 1}/")
        audit(page)
    page.get_by_label("Vendre en ligne").check(force=True)
    page.get_by_role("button", name="Voir mes résultats").click()
    page.wait_for_url("**/resultat/")
    audit(page)
    url_resultat = page.url

    for libelle, titre in SECTIONS.items():
        cartes = _section(page, libelle)
        assert cartes.get_by_role("link", name=titre).is_visible(), libelle
        if libelle != "Aides financières":  # an aid is recommended for its amount
            assert cartes.get_by_text("Répond à votre souhait : vente en ligne").first.is_visible()
    aides = _section(page, "Aides financières")
    assert aides.get_by_text(
        re.compile(r"Aide éligible .* 5\s000\s€ de subvention \(50\s%\sde 10\s000\s€ = 5\s000\s€\)")
    ).is_visible()
    assert aides.get_by_text(re.compile(r"^5\s000\s€ de subvention$")).is_visible()
    assert (
        _section(page, "Connecteurs du numérique")
        .get_by_text("Signataire de la charte, intervient en Bretagne")
        .is_visible()
    )

    pourquoi = page.get_by_text("Pourquoi ces recommandations ?")
    pourquoi.click()
    assert page.get_by_text("Seules les offres ouvertes, publiées").is_visible()
    audit(page)

    # The recommended connecteur, contacted from its card.
    page.get_by_role("link", name=SECTIONS["Connecteurs du numérique"]).click()
    audit(page)
    page.get_by_role("link", name="Contacter ce connecteur").click()
    audit(page)
    page.get_by_label("Votre besoin").select_option("vente-en-ligne")
    page.get_by_label("Votre message").fill("Nous voulons vendre nos pains en ligne.")
    page.get_by_label("J'accepte de partager").check(force=True)
    page.get_by_role("button", name="Vérifier avant l'envoi").click()
    audit(page)
    page.get_by_role("button", name="Envoyer ma demande").click()
    page.wait_for_url("**/mes-demandes/*/")
    audit(page)
    assert page.get_by_text("En attente d'un connecteur").is_visible()

    # The recommended aid: a file started in draft.
    page.goto(url_resultat)
    audit(page)
    page.get_by_role("link", name=SECTIONS["Aides financières"]).click()
    audit(page)
    page.get_by_role("link", name="Demander cette aide").click()
    audit(page)
    page.get_by_label("Titre du projet").fill("Boutique en ligne du fournil")
    page.get_by_role("button", name="Créer mon dossier").click()
    audit(page)
    dossier = Dossier.objects.get()
    assert dossier.aide.titre == SECTIONS["Aides financières"]
    assert dossier.etat == EtatDossier.BROUILLON
    assert dossier.entreprise.nom == "Le Fournil Breton"

    # « Mon espace » now follows the diagnostic.
    page.goto("/mon-espace/")
    audit(page)
    for titre in SECTIONS.values():
        assert page.get_by_role("link", name=titre).first.is_visible(), titre

    # The connecteur finds the request in its space.
    _logout(page)
    login(page, audit, claire.email, DEFAULT_PASSWORD)
    page.goto("/connecteurs/espace/demandes/")
    audit(page)
    assert page.get_by_role("link", name="Le Fournil Breton").is_visible()
