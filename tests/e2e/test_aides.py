"""Aides: a visitor simulates, an SME applies, a labelled connecteur pre-validates, the
region's instructeur asks for a document then accepts; another region never sees the file."""

import re
from decimal import Decimal

import pytest
from django.utils import timezone

from aides.models import Aide, Dossier
from connecteurs.models import Connecteur
from tests.aides.factories import PDF, AideFactory, connecteur_labellise
from tests.e2e.conftest import login
from tests.e2e.test_foundation import _verified
from tests.factories import DEFAULT_PASSWORD, EntrepriseFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_anonymous_visitor_simulates_and_sees_eligible_aids_with_amounts(page, audit):
    AideFactory(titre="Pass commerce numérique Bretagne", surface_vente_max=200)
    AideFactory(titre="Occitanie production", regions=["76"], activites=["artisanat"])
    page.goto("/aides/")
    audit(page)
    page.get_by_role("link", name="Simuler les aides pour mon projet").click()
    audit(page)
    page.get_by_label("Code postal ou commune").fill("29000")
    page.get_by_label("Code NAF").fill("47.61Z")
    page.get_by_label("Effectif").fill("6")
    page.get_by_label("Type d'activité").select_option(label="Commerce")
    page.get_by_label("Surface de vente").fill("120")
    page.get_by_label("Création de site internet").fill("12\u202f000 €")
    page.get_by_role("button", name="Simuler").click()
    audit(page)
    assert page.get_by_role("heading", name="Pass commerce numérique Bretagne").is_visible()
    assert page.get_by_text(
        "50 % de 12 000 € de création de site éligible = 6 000 €"
    ).first.is_visible()
    assert page.get_by_text("Meilleure combinaison : 6 000 €").is_visible()


def test_application_prevalidation_documents_request_and_acceptance(page, audit, tmp_path):
    aide = AideFactory(titre="Pass commerce numérique Bretagne", enveloppe_montant="50000")
    alice = UserFactory(email="alice@librairie.test", prenom="Alice")
    EntrepriseFactory(
        gestionnaires=[alice],
        nom="Librairie des Mots",
        naf_id="47.61Z",
        effectif=4,
        surface_vente_m2=120,
    )
    claire = UserFactory(connecteur=True, email="claire@cci.test", prenom="Claire")
    _dans_l_annuaire(connecteur_labellise(claire, nom="CCI du Finistère", siret=""))
    ines = UserFactory(instructeur=True, email="ines@bretagne.test", regions=["53"])
    olivier = UserFactory(instructeur=True, email="olivier@occitanie.test", regions=["76"])
    for user in (alice, claire, ines, olivier):
        _verified(user)
    devis = tmp_path / "devis-agence.pdf"
    devis.write_bytes(PDF)

    # The SME applies with a PDF quote.
    login(page, audit, alice.email, DEFAULT_PASSWORD)
    page.get_by_role("link", name="Mes demandes d'aide").click()
    audit(page)
    page.get_by_role("link", name="Trouver une aide").click()
    audit(page)
    page.get_by_role("link", name="Pass commerce numérique Bretagne").click()
    audit(page)
    page.get_by_role("link", name="Demander cette aide").click()
    audit(page)
    page.get_by_label("Titre du projet").fill("Site vitrine de la librairie")
    page.get_by_role("button", name="Créer mon dossier").click()
    audit(page)
    suivante(page, audit)  # the project: its title is enough
    page.get_by_label("Type de dépense").select_option(label="Création de site internet")
    page.get_by_label("Libellé").fill("Création du site")
    page.get_by_label("Montant HT").fill("12000")
    page.get_by_role("button", name="Ajouter la dépense").click()
    audit(page)
    suivante(page, audit)
    page.get_by_label("Nature de la pièce").select_option(label="Devis")
    page.get_by_label("Fichier").set_input_files(str(devis))
    page.get_by_label("SIRET du prestataire").fill("35000000602044")
    page.get_by_role("button", name="Joindre la pièce").click()
    audit(page)
    suivante(page, audit)
    page.locator("label", has_text="CCI du Finistère").click()
    suivante(page, audit)
    assert page.get_by_text("Projet éligible : 6 000 €").is_visible()
    deposer(page, audit, "Déposer mon dossier")
    assert page.get_by_text("Votre dossier est déposé").is_visible()
    dossier = Dossier.objects.get()
    page.context.clear_cookies()

    # The labelled connecteur pre-validates it as trusted third party.
    login(page, audit, claire.email, DEFAULT_PASSWORD)
    page.get_by_role("link", name="Dossiers d'aide accompagnés").click()
    audit(page)
    page.get_by_role("link", name="Site vitrine de la librairie").click()
    audit(page)
    page.locator("label[for=id_declaration_sans_interet]").click()
    page.get_by_role("button", name="Pré-valider le dossier").click()
    audit(page)
    assert page.get_by_text("Le dossier est pré-validé").is_visible()
    page.context.clear_cookies()

    # Another region's instructeur does not see it.
    login(page, audit, olivier.email, DEFAULT_PASSWORD)
    page.get_by_role("link", name="Dossiers d'aide à instruire").click()
    audit(page)
    assert page.get_by_text("Site vitrine de la librairie").count() == 0
    page.goto(f"/aides/instruction/{dossier.pk}/")
    audit(page)
    assert page.get_by_text("Site vitrine de la librairie").count() == 0
    page.context.clear_cookies()

    # The region's instructeur asks for a document.
    login(page, audit, ines.email, DEFAULT_PASSWORD)
    page.get_by_role("link", name="Dossiers d'aide à instruire").click()
    audit(page)
    page.get_by_role("link", name="Site vitrine de la librairie").click()
    audit(page)
    assert page.get_by_role(
        "heading", name=re.compile("Pré-validé par CCI du Finistère")
    ).is_visible()
    page.locator("#id_pieces-motif").fill("Merci de joindre un extrait Kbis de moins de 3 mois.")
    page.get_by_role("button", name="Demander les pièces").click()
    audit(page)
    page.context.clear_cookies()

    # The SME completes and re-submits.
    login(page, audit, alice.email, DEFAULT_PASSWORD)
    page.goto(f"/aides/dossiers/{dossier.pk}/")
    audit(page)
    assert page.get_by_text("Merci de joindre un extrait Kbis").first.is_visible()
    page.get_by_role("link", name="Compléter et déposer à nouveau").click()
    audit(page)
    page.get_by_role("link", name="Modifier les pièces").click()
    audit(page)
    page.get_by_label("Nature de la pièce").select_option(label="Extrait Kbis ou avis de situation")
    page.get_by_label("Fichier").set_input_files(str(devis))
    page.get_by_label("SIRET du prestataire").fill("")
    suivante(page, audit)  # the chosen file goes with the step's button
    suivante(page, audit)
    deposer(page, audit, "Déposer à nouveau mon dossier")
    page.context.clear_cookies()

    # The instructeur accepts; the envelope drops.
    login(page, audit, ines.email, DEFAULT_PASSWORD)
    page.goto(f"/aides/instruction/{dossier.pk}/")
    audit(page)
    page.get_by_role("button", name="Commencer l'instruction").click()
    audit(page)
    assert page.get_by_label("Montant accordé").input_value() in ("6000,00", "6000.00", "6000")
    page.locator("#id_motif").fill("Projet conforme, devis cohérent.")  # the acceptance's
    page.get_by_role("button", name="Accepter le dossier").click()
    audit(page)
    assert page.get_by_text("Le dossier est accepté").first.is_visible()
    assert page.get_by_text("44 000 € disponibles sur 50 000 €").is_visible()
    assert Aide.objects.get(pk=aide.pk).montant_engage == Decimal("6000")


def _dans_l_annuaire(connecteur):
    """A labelled structure of the directory that helps with financing projects."""
    connecteur.themes.add("financement")
    Connecteur.objects.filter(pk=connecteur.pk).update(charte_signee_le=timezone.now())
    return connecteur


def suivante(page, audit):
    page.get_by_role("button", name="Enregistrer et continuer").click()
    audit(page)


def deposer(page, audit, bouton):
    page.locator("label", has_text="Je certifie que les informations").click()
    page.get_by_role("button", name=bouton).click()
    audit(page)


def test_on_a_phone_an_sme_goes_from_the_simulator_to_filing(mobile_page, audit, tmp_path):
    """At 360 px, without typing an address: the simulator, the aid, the five steps."""
    page = mobile_page
    AideFactory(titre="Pass commerce numérique Bretagne")
    alice = UserFactory(email="alice@librairie.test", prenom="Alice")
    EntrepriseFactory(gestionnaires=[alice], nom="Librairie des Mots", naf_id="47.61Z")
    claire = UserFactory(connecteur=True, email="claire@cci.test")
    _dans_l_annuaire(connecteur_labellise(claire, nom="CCI du Finistère"))
    _verified(alice)
    devis = tmp_path / "devis.pdf"
    devis.write_bytes(PDF)

    def sans_defilement_horizontal():
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")

    login(page, audit, alice.email, DEFAULT_PASSWORD)
    page.goto("/")
    audit(page)
    page.get_by_role("link", name="Trouver une aide").click()
    audit(page)
    page.get_by_role("link", name="Simuler les aides pour mon projet").click()
    audit(page)
    page.get_by_label("Création de site internet").fill("12 000")
    page.get_by_role("button", name="Simuler").click()
    audit(page)
    page.get_by_role("link", name="Pass commerce numérique Bretagne").click()
    audit(page)
    page.get_by_role("link", name="Demander cette aide").click()
    audit(page)
    assert page.get_by_text("Les dépenses de votre simulation seront reprises").is_visible()
    page.get_by_label("Titre du projet").fill("Site vitrine")
    page.get_by_role("button", name="Créer mon dossier").click()
    audit(page)
    assert page.get_by_text("Étape 1 sur 5").is_visible()
    sans_defilement_horizontal()
    page.get_by_label("Description du projet").fill("Un site pour la librairie.")
    suivante(page, audit)
    assert page.get_by_text("Étape 2 sur 5").is_visible()
    assert page.get_by_role("cell", name="12 000 €").is_visible()
    sans_defilement_horizontal()
    page.get_by_role("button", name="Étape précédente").click()
    audit(page)
    assert page.get_by_label("Description du projet").input_value() == "Un site pour la librairie."
    suivante(page, audit)
    suivante(page, audit)
    assert page.get_by_text("Étape 3 sur 5").is_visible()
    page.get_by_label("Nature de la pièce").select_option(label="Devis")
    page.get_by_label("Fichier").set_input_files(str(devis))
    page.get_by_label("SIRET du prestataire").fill("35000000602044")
    suivante(page, audit)
    assert page.get_by_text("Étape 4 sur 5").is_visible()
    sans_defilement_horizontal()
    page.locator("label", has_text="CCI du Finistère").click()
    suivante(page, audit)
    assert page.get_by_text("Étape 5 sur 5").is_visible()
    assert page.get_by_text("Projet éligible : 6 000 €").is_visible()
    sans_defilement_horizontal()
    deposer(page, audit, "Déposer mon dossier")
    assert page.get_by_text("Votre dossier est déposé").is_visible()
    assert page.get_by_role(
        "link", name=re.compile("Télécharger l'accusé de réception")
    ).is_visible()
    assert Dossier.objects.get().etat == "depose"


def test_regional_staff_create_an_aid_from_the_programme_template(page, audit):
    ines = UserFactory(instructeur=True, email="ines@bretagne.test", regions=["53"])
    _verified(ines)
    login(page, audit, ines.email, DEFAULT_PASSWORD)
    page.get_by_role("link", name="Aides de mes régions").click()
    audit(page)
    page.get_by_role("link", name="Créer une aide à partir du modèle du programme").click()
    audit(page)
    page.get_by_label("Titre", exact=True).fill("Pass numérique Finistère")
    page.get_by_label("Financeur", exact=True).fill("Région Bretagne")
    page.get_by_label("Type de financeur").select_option(label="Région")
    page.get_by_role("button", name="Enregistrer l'aide").click()
    audit(page)
    assert page.get_by_text("Elle n'est pas encore publiée").is_visible()
    assert not Aide.objects.get(titre="Pass numérique Finistère").publiee
    page.get_by_role("button", name="Publier l'aide").click()
    audit(page)
    assert page.get_by_text("est publiée : elle est au catalogue").is_visible()
    aide = Aide.objects.get(titre="Pass numérique Finistère", publiee=True)
    assert aide.publication_par == ines
    assert aide.investissement_max == Decimal("30000")
    assert [r.code for r in aide.regions.all()] == ["53"]
