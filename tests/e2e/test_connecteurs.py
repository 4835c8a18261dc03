"""Connecteurs journeys: a structure joins the network, a label application is evaluated, an
SME's request is handled and rated."""

import re

import pytest

from connecteurs.models import Avis, CharteVersion, Connecteur, Critere
from tests.connecteurs.factories import ConnecteurFactory, PrestationFactory
from tests.e2e.conftest import login, sign_up
from tests.factories import DEFAULT_PASSWORD, EntrepriseFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def _verified(*users):
    from allauth.account.models import EmailAddress

    for user in users:
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)


@pytest.fixture
def charte_et_grille():
    # Transactional tests empty the tables the data migration filled: start from a known grid.
    CharteVersion.objects.all().delete()
    Critere.objects.all().delete()
    version = CharteVersion.objects.create(
        numero=1, texte="1. Sensibiliser sans contrepartie.\n2. Répondre aux entreprises."
    )
    for ordre, libelle in enumerate(["Expérience auprès de PME", "Méthode", "Offre"]):
        Critere.objects.create(libelle=libelle, ordre=ordre, note_max=5, plancher=2)
    return version


def _logout(page):
    page.context.clear_cookies()


def test_structure_signs_up_fills_profile_signs_charter_and_is_listed(
    page, audit, charte_et_grille
):
    page.goto("/compte/signup/")
    audit(page)
    sign_up(
        page,
        audit,
        prenom="Gwen",
        nom="Le Floch",
        email="gwen@mediatheque-lorient.bzh",
        role="Connecteur du numérique",
        password="Lorient-Numerique-2026!",
    )

    page.get_by_role("link", name="Ma structure de connecteur").click()
    page.wait_for_url("**/connecteurs/espace/profil/")
    audit(page)
    page.get_by_label("Nom de la structure").fill("Médiathèque numérique de Lorient")
    page.get_by_label("Type d'acteur").select_option("mediateur")
    page.get_by_label("SIRET").fill("")
    page.get_by_role("checkbox", name="Bretagne").check(force=True)
    page.get_by_role("checkbox", name="Compétences numériques").check(force=True)
    page.get_by_role("checkbox", name="Cybersécurité").check(force=True)
    page.get_by_role("checkbox", name="Breton").check(force=True)
    page.get_by_label("Adresse de contact").fill("contact@mediatheque-lorient.bzh")
    page.get_by_role("button", name="Enregistrer le profil").click()
    page.wait_for_url("**/connecteurs/espace/charte/")
    audit(page)
    assert page.get_by_text("Sensibiliser sans contrepartie").is_visible()
    page.get_by_label("J'ai lu la charte et je l'accepte").check(force=True)
    page.get_by_role("button", name="Signer la charte").click()
    page.wait_for_url("**/connecteurs/espace/")
    audit(page)
    assert page.get_by_text("figure maintenant dans l'annuaire").is_visible()

    _logout(page)
    page.goto("/connecteurs/annuaire/?region=53&theme=competences")
    audit(page)
    page.get_by_role("link", name="Médiathèque numérique de Lorient").click()
    page.wait_for_url("**/connecteurs/*/")
    audit(page)
    assert page.get_by_text("Connecteur signataire de la charte").is_visible()
    assert Connecteur.objects.get().signatures.get().signataire.email == (
        "gwen@mediatheque-lorient.bzh"
    )


def test_label_application_completed_then_evaluated_to_labelled(page, audit, charte_et_grille):
    claire = UserFactory(connecteur=True, email="claire@cci-finistere.fr", prenom="Claire")
    mission = UserFactory(mission=True, email="marc@mission.gouv.fr", prenom="Marc")
    ines = UserFactory(instructeur=True, email="ines@bretagne.bzh", prenom="Inès", regions=["53"])
    _verified(claire, mission, ines)
    cci = ConnecteurFactory(nom="CCI du Finistère", membres=[claire])
    PrestationFactory(connecteur=cci, titre="Ouverture d'une boutique en ligne")

    login(page, audit, claire.email, DEFAULT_PASSWORD)
    page.goto("/connecteurs/espace/label/")
    audit(page)
    page.get_by_role("button", name="Demander le label").click()
    page.wait_for_url("**/espace/label/")
    audit(page)
    page.get_by_label("Références").fill("Boulangerie du Port (Brest) : commande en ligne, 2025.")
    page.get_by_role("button", name="Enregistrer le dossier").click()
    page.wait_for_url("**/espace/label/")
    audit(page)
    page.get_by_role("button", name="Soumettre ma candidature").click()
    page.wait_for_url("**/espace/label/")
    audit(page)
    assert page.get_by_text("transmise à la mission").is_visible()

    _logout(page)
    login(page, audit, mission.email, DEFAULT_PASSWORD)
    page.goto("/connecteurs/label/candidatures/")
    audit(page)
    page.get_by_role("link", name="CCI du Finistère").click()
    audit(page)
    page.get_by_label("Évaluateur ou évaluatrice").select_option(
        label=f"{ines.get_full_name()} ({ines.get_role_display()})"
    )
    page.get_by_role("button", name="Désigner").click()
    page.wait_for_url("**/label/candidatures/*/")
    audit(page)
    page.get_by_label("Demander des compléments").check(force=True)
    page.get_by_label("Motif").fill("Joignez les CV de l'équipe.")
    page.get_by_role("button", name="Enregistrer la décision").click()
    page.wait_for_url("**/label/candidatures/*/")
    audit(page)
    assert page.get_by_text("Joignez les CV de l'équipe.").first.is_visible()

    _logout(page)
    login(page, audit, claire.email, DEFAULT_PASSWORD)
    page.goto("/connecteurs/espace/label/")
    audit(page)
    assert page.get_by_text("Votre dossier est à compléter").is_visible()
    page.get_by_label("Type de pièce").select_option("cv")
    page.get_by_label("Titre").fill("CV de Claire")
    page.get_by_label("Fichier").set_input_files(
        files=[{"name": "cv.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4\n%%EOF\n"}]
    )
    page.get_by_role("button", name="Ajouter la pièce").click()
    page.wait_for_url("**/espace/label/")
    audit(page)
    page.get_by_role("button", name="Soumettre ma candidature").click()
    page.wait_for_url("**/espace/label/")
    audit(page)

    _logout(page)
    login(page, audit, ines.email, DEFAULT_PASSWORD)
    page.goto("/connecteurs/label/candidatures/")
    audit(page)
    page.get_by_role("link", name="CCI du Finistère").click()
    audit(page)
    page.get_by_role("link", name="Évaluer ce dossier").click()
    audit(page)
    for critere in Critere.objects.all():
        page.get_by_label(f"{critere.libelle} : note sur 5").fill("4")
    page.get_by_role("button", name="Rendre mon évaluation").click()
    page.wait_for_url("**/label/candidatures/*/")
    audit(page)
    assert page.get_by_text("Grille réussie").is_visible()
    page.get_by_label("Accorder le label").check(force=True)
    page.get_by_role("button", name="Enregistrer la décision").click()
    page.wait_for_url("**/label/candidatures/*/")
    audit(page)
    assert page.get_by_text("Labellisée").first.is_visible()

    page.goto(f"/connecteurs/{cci.pk}/")
    audit(page)
    assert page.get_by_text("Connecteur labellisé").is_visible()
    assert page.get_by_role("cell", name="1 250 €").first.is_visible()


def test_sme_request_is_taken_on_completed_rated_and_moderated(page, audit, charte_et_grille):
    alice = UserFactory(email="alice@fournil.bzh", prenom="Alice")
    claire = UserFactory(connecteur=True, email="claire@cci-finistere.fr", prenom="Claire")
    mission = UserFactory(mission=True, email="marc@mission.gouv.fr", prenom="Marc")
    _verified(alice, claire, mission)
    EntrepriseFactory(gestionnaires=[alice], nom="Le Fournil Breton", code_postal="29200")
    cci = ConnecteurFactory(nom="CCI du Finistère", membres=[claire], labellise=True)

    login(page, audit, alice.email, DEFAULT_PASSWORD)
    page.goto("/connecteurs/annuaire/")
    audit(page)
    page.get_by_role("link", name="CCI du Finistère").click()
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

    _logout(page)
    login(page, audit, claire.email, DEFAULT_PASSWORD)
    page.goto("/connecteurs/espace/demandes/")
    audit(page)
    page.get_by_role("link", name="Le Fournil Breton").click()
    audit(page)
    page.get_by_label("Prise en charge").check(force=True)
    page.get_by_role("button", name="Enregistrer ma réponse").click()
    page.wait_for_url("**/espace/demandes/*/")
    audit(page)
    page.get_by_label("Terminée – entreprise aidée").check(force=True)
    page.get_by_role("button", name="Enregistrer ma réponse").click()
    page.wait_for_url("**/espace/demandes/*/")
    audit(page)

    _logout(page)
    login(page, audit, alice.email, DEFAULT_PASSWORD)
    page.goto("/connecteurs/mes-demandes/")
    audit(page)
    page.get_by_role("link", name=re.compile(r"\d{4}")).first.click()
    audit(page)
    assert page.get_by_text("Terminée", exact=True).is_visible()
    page.get_by_role("link", name="Donner mon avis sur CCI du Finistère").click()
    audit(page)
    page.get_by_role("group", name="Le connecteur vous a-t-il contacté ?").get_by_label(
        "Oui"
    ).check(force=True)
    page.get_by_role("group", name="L'échange vous a-t-il été utile ?").get_by_label("Oui").check(
        force=True
    )
    page.get_by_label("5 sur 5").check(force=True)
    page.get_by_label("Votre avis").fill("Boutique en ligne ouverte en un mois, merci !")
    page.get_by_role("button", name="Envoyer mon avis").click()
    page.wait_for_url("**/mes-demandes/*/")
    audit(page)

    _logout(page)
    login(page, audit, mission.email, DEFAULT_PASSWORD)
    page.goto("/admin/connecteurs/avis/")
    audit(page)
    page.get_by_role("checkbox", name=re.compile("CCI du Finistère")).check(force=True)
    page.locator("select[name=action]").select_option("publier")
    page.get_by_role("button", name="Envoyer").click()
    audit(page)
    assert Avis.objects.get().statut == "publie"

    page.goto(f"/connecteurs/{cci.pk}/")
    audit(page)
    assert page.get_by_text("Boutique en ligne ouverte en un mois").is_visible()
    assert page.get_by_text("5,0/5").first.is_visible()


def test_connecteur_publishes_service_and_event_seen_in_agenda_and_regions(
    page, audit, charte_et_grille
):
    claire = UserFactory(connecteur=True, email="claire@cci-finistere.fr", prenom="Claire")
    _verified(claire)
    ConnecteurFactory(nom="CCI du Finistère", membres=[claire])

    login(page, audit, claire.email, DEFAULT_PASSWORD)
    page.goto("/connecteurs/espace/")
    audit(page)
    page.get_by_role("link", name="Prestations et prix").click()
    audit(page)
    page.get_by_label("Intitulé").fill("Diagnostic et feuille de route numérique")
    page.get_by_label("Thème").select_option("strategie-numerique")
    page.get_by_label("Durée").fill("2 demi-journées")
    page.get_by_label("Prix hors taxes (€)").fill("1200")
    page.get_by_role("button", name="Enregistrer la prestation").click()
    page.wait_for_url("**/espace/prestations/")
    audit(page)
    assert page.get_by_role("cell", name="600 €").first.is_visible()

    page.goto("/connecteurs/espace/evenements/")
    audit(page)
    page.get_by_label("Titre").fill("Atelier : vendre sur les places de marché")
    page.get_by_label("Type").select_option("atelier")
    page.get_by_label("Date et heure").fill("2031-03-12T14:00")
    page.get_by_label("Lieu").fill("CCI, Quimper")
    page.get_by_label("Région").select_option("53")
    page.get_by_label("Thème").select_option("vente-en-ligne")
    page.get_by_role("button", name="Publier l'événement").click()
    page.wait_for_url("**/espace/evenements/")
    audit(page)

    _logout(page)
    page.goto("/connecteurs/agenda/?region=53&theme=vente-en-ligne")
    audit(page)
    assert page.get_by_text("Atelier : vendre sur les places de marché").is_visible()
    page.goto("/connecteurs/regions/")
    audit(page)
    assert page.get_by_role("row", name=re.compile("Bretagne 1 1")).is_visible()


def test_sme_reaches_matching_connecteurs_from_a_diagnostic_link(page, audit, charte_et_grille):
    alice = UserFactory(email="alice@fournil.bzh", prenom="Alice")
    _verified(alice)
    entreprise = EntrepriseFactory(gestionnaires=[alice], nom="Le Fournil Breton")
    for nom in ("CCI du Finistère", "Cabinet Kerbrat", "Médiathèque de Quimper"):
        ConnecteurFactory(nom=nom, membres=[UserFactory(connecteur=True)])
    ConnecteurFactory(nom="Connecteur d'Occitanie", regions=["76"])

    login(page, audit, alice.email, DEFAULT_PASSWORD)
    page.goto(f"/connecteurs/mise-en-relation/?theme=cybersecurite&entreprise={entreprise.pk}")
    audit(page)
    page.get_by_label("Votre message").fill("Nous avons subi un rançongiciel, que faire ?")
    page.get_by_role("button", name="Vérifier avant l'envoi").click()
    audit(page)
    assert page.get_by_label("Envoyer à Cabinet Kerbrat").is_checked()
    assert page.get_by_label("Envoyer à Connecteur d'Occitanie").count() == 0
    page.get_by_label("Envoyer à Cabinet Kerbrat").uncheck(force=True)
    page.get_by_role("button", name="Envoyer ma demande").click()
    page.wait_for_url("**/mes-demandes/*/")
    audit(page)
    assert page.get_by_role("link", name="Médiathèque de Quimper").is_visible()
    assert page.get_by_role("link", name="Cabinet Kerbrat").count() == 0
    page.goto("/mon-espace/")
    audit(page)
    page.get_by_role("link", name="Mes demandes aux connecteurs").click()
    audit(page)
    assert page.get_by_text("Cybersécurité").is_visible()


def test_directory_and_profile_on_a_phone(mobile_page, audit):
    cci = ConnecteurFactory(nom="CCI du Finistère", labellise=True)
    PrestationFactory(connecteur=cci, titre="Ouverture d'une boutique en ligne")
    for url in ("/connecteurs/annuaire/", f"/connecteurs/{cci.pk}/"):
        mobile_page.goto(url)
        audit(mobile_page)
        width = mobile_page.evaluate("document.documentElement.scrollWidth")
        assert width <= 360, f"{url} déborde horizontalement sur un écran de 360 px"
