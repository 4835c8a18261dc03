"""Journeys of the formations app: enrol, attend, rate; exchange hours in the time bank."""

import datetime
import re
from decimal import Decimal

import pytest
from allauth.account.models import EmailAddress
from django.utils import timezone

from formations import bourse, services
from formations.models import Annonce, AppelFormations, Avis, Inscription
from tests.e2e.conftest import login
from tests.factories import DEFAULT_PASSWORD, EntrepriseFactory, UserFactory, theme
from tests.formations.factories import FormationFactory, SessionFactory, organisme_avec_membre

pytestmark = pytest.mark.django_db(transaction=True)


def _verified(user):
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def test_manager_finds_a_hybrid_training_in_its_region_enrols_and_rates_it(page, audit):
    alice = _verified(UserFactory(email="alice@fournil.test", prenom="Alice", nom="Le Goff"))
    EntrepriseFactory(gestionnaires=[alice], nom="Boulangerie Le Fournil Breton")
    organisme, membre = organisme_avec_membre(nom="Université de Bretagne Occidentale")
    hybride = FormationFactory(
        organisme=organisme,
        titre="Créer et animer sa boutique en ligne",
        modalite="hybride",
        region_id="53",
        type_lieu="fablab",
        lieu_immersion="Fablab Les Fabriques, Quimper",
    )
    hybride.themes.set([theme("vente-en-ligne")])
    FormationFactory(titre="Boutique en ligne à Toulouse", modalite="hybride", region_id="76")
    FormationFactory(titre="Boutique en ligne en présentiel", modalite="presentiel")
    session = SessionFactory(formation=hybride, places=8)

    login(page, audit, alice.email, DEFAULT_PASSWORD)
    page.goto("/formations/catalogue/")
    audit(page)
    page.get_by_label("Région (Optionnel)").select_option(label="Bretagne")
    page.get_by_label("Format (Optionnel)").select_option(label="Hybride")
    page.get_by_role("button", name="Filtrer").click()
    page.wait_for_url("**/catalogue/?*")
    audit(page)
    assert page.get_by_text("1 formation trouvée").is_visible()
    page.get_by_role("link", name="Créer et animer sa boutique en ligne").click()
    audit(page)
    assert page.get_by_text("8 sur 8").is_visible()
    page.get_by_role("link", name="S'inscrire").click()
    audit(page)
    page.get_by_role("button", name="Envoyer la demande").click()
    page.wait_for_url("**/mes-inscriptions/")
    audit(page)
    assert page.get_by_role("cell", name="Demandée").is_visible()

    inscription = Inscription.objects.get()
    services.inscription_confirmer(inscription=inscription, auteur=membre)
    # The session takes place and ends.
    debut = timezone.localdate() - datetime.timedelta(days=3)
    session.date_debut, session.date_fin = debut, debut + datetime.timedelta(days=1)
    session.save()

    page.reload()
    audit(page)
    page.get_by_role("link", name="Créer et animer sa boutique en ligne").click()
    audit(page)
    page.get_by_role("link", name="Noter cette formation").click()
    audit(page)
    page.get_by_text("4 – Utile").click()
    page.get_by_label("Commentaire").fill("Le passage au fablab nous a fait gagner un mois.")
    page.get_by_role("button", name="Publier mon avis").click()
    page.wait_for_url(f"**/catalogue/{hybride.pk}/")
    audit(page)
    assert page.get_by_text("4,0 / 5").is_visible()
    assert page.get_by_text("(1 avis)").is_visible()
    assert page.get_by_text("Le passage au fablab nous a fait gagner un mois.").is_visible()


def test_two_smes_exchange_three_hours_and_both_statements_show_it(
    page, audit, browser, live_server
):
    alice = _verified(UserFactory(email="alice@fournil.test", prenom="Alice"))
    bruno = _verified(UserFactory(email="bruno@causses.test", prenom="Bruno"))
    fournil = EntrepriseFactory(gestionnaires=[alice], nom="Boulangerie Le Fournil Breton")
    fromagerie = EntrepriseFactory(
        gestionnaires=[bruno], nom="Fromagerie Des Causses", code_postal="31000"
    )
    bourse.bourse_adherer(entreprise=fournil, auteur=alice, charte_acceptee=True)
    donneur = bourse.bourse_adherer(entreprise=fromagerie, auteur=bruno, charte_acceptee=True)
    bourse.annonce_publier(
        annonce=Annonce(
            sens="offre",
            titre="Paramétrage d'une boutique en ligne",
            description="Catalogue, paiement, livraison.",
            salarie="Léa Cassagne",
            heures=Decimal("6"),
            modalite="distance",
            region_id="76",
        ),
        membre=donneur,
        auteur=bruno,
    )

    # Alice asks for 3 hours.
    login(page, audit, alice.email, DEFAULT_PASSWORD)
    page.goto("/formations/bourse/")
    audit(page)
    page.get_by_role("link", name="Paramétrage d'une boutique en ligne").click()
    audit(page)
    page.get_by_label("Nombre d'heures").fill("3")
    page.get_by_role("button", name="Proposer l'échange").click()
    page.wait_for_url("**/bourse/echanges/*/")
    audit(page)
    echange_url = page.url

    # Bruno accepts, then confirms the hours once done.
    context = browser.new_context(base_url=live_server.url, locale="fr-FR")
    other = context.new_page()
    login(other, audit, bruno.email, DEFAULT_PASSWORD)
    other.goto(echange_url)
    audit(other)
    other.get_by_role("button", name="Accepter l'échange").click()
    audit(other)
    other.get_by_role("button", name="Confirmer les heures effectuées").click()
    audit(other)
    assert other.get_by_text("quand l'autre entreprise les aura confirmées").is_visible()

    page.reload()
    audit(page)
    page.get_by_role("button", name="Confirmer les heures effectuées").click()
    audit(page)
    assert page.get_by_text("Heures confirmées", exact=True).first.is_visible()

    page.goto(f"/formations/bourse/entreprises/{fournil.pk}/")
    audit(page)
    assert page.get_by_role("heading", name="Solde : 2 h").is_visible()
    assert page.get_by_role("cell", name="-3 h").is_visible()

    other.goto(f"/formations/bourse/entreprises/{fromagerie.pk}/")
    audit(other)
    assert other.get_by_role("heading", name="Solde : 8 h").is_visible()
    assert other.get_by_role("cell", name="+3 h").is_visible()
    other.get_by_role("link", name="Rapport annuel des heures données").click()
    audit(other)
    assert other.get_by_role("cell", name="Léa Cassagne").is_visible()
    context.close()


def test_provider_schedules_a_session_confirms_an_enrolment_and_answers_a_rating(page, audit):
    organisme, membre = organisme_avec_membre(nom="Université de Bretagne Occidentale")
    _verified(membre)
    formation = FormationFactory(organisme=organisme, titre="Exploiter ses données de vente")
    passee = SessionFactory(formation=formation, passee=True)
    participant = UserFactory()
    inscription = Inscription.objects.create(
        session=passee,
        entreprise=EntrepriseFactory(gestionnaires=[participant]),
        demandeur=participant,
        participant_nom="Yann Kerjean",
        participant_email="yann@fournil.test",
        etat="confirmee",
    )
    Avis.objects.create(inscription=inscription, formation=formation, note=3, commentaire="Dense")

    login(page, audit, membre.email, DEFAULT_PASSWORD)
    page.goto("/mon-espace/")
    audit(page)
    page.get_by_role("link", name="Gestion des formations").click()
    audit(page)
    page.get_by_role("link", name="Exploiter ses données de vente").click()
    audit(page)
    page.get_by_label("Réponse publique").fill("Merci : nous ajoutons une demi-journée.")
    page.get_by_role("button", name="Répondre").click()
    audit(page)
    assert page.get_by_text("Votre réponse est publiée sous l'avis.").is_visible()

    page.get_by_role("link", name="Programmer une session").click()
    audit(page)
    debut = timezone.localdate() + datetime.timedelta(days=30)
    page.get_by_label("Date de début").fill(debut.isoformat())
    page.get_by_label("Date de fin").fill((debut + datetime.timedelta(days=1)).isoformat())
    page.get_by_label(re.compile(r"^\s*Lieu\b")).fill("Fablab Les Fabriques, Quimper")
    page.get_by_label("Nombre de places").fill("1")
    page.get_by_role("button", name="Enregistrer").click()
    page.wait_for_url("**/gestion/sessions/*/")
    audit(page)
    session = formation.sessions.get(date_debut=debut)
    services.inscription_demander(
        session=session,
        entreprise=inscription.entreprise,
        demandeur=participant,
        participant_nom="Morgane Le Bihan",
        participant_email="morgane@fournil.test",
    )
    page.reload()
    audit(page)
    page.get_by_role("button", name="Confirmer l'inscription de Morgane Le Bihan").click()
    audit(page)
    assert page.get_by_text("L'inscription de Morgane Le Bihan est confirmée.").is_visible()
    assert page.get_by_text("0 place restante sur 1").is_visible()

    page.goto(f"/formations/catalogue/{formation.pk}/")
    audit(page)
    assert page.get_by_text("Merci : nous ajoutons une demi-journée.").is_visible()
    assert page.get_by_text("Complet").is_visible()


def test_provider_answers_a_call_and_the_mission_publishes_the_training(
    page, audit, browser, live_server
):
    organisme, membre = organisme_avec_membre(nom="IMT Atlantique")
    _verified(membre)
    mission = _verified(UserFactory(mission=True))
    appel = AppelFormations.objects.create(
        titre="Former les dirigeants au commerce connecté",
        description="Appel national.",
        criteres="Immersion en tiers-lieu ; prix ; régions couvertes.",
        date_limite=timezone.now() + datetime.timedelta(days=20),
        publie=True,
    )

    login(page, audit, membre.email, DEFAULT_PASSWORD)
    page.goto("/formations/appels/")
    audit(page)
    page.get_by_role("link", name=appel.titre).click()
    audit(page)
    page.get_by_role("link", name="Déposer une proposition").click()
    audit(page)
    page.get_by_label("Titre de la formation").fill("Vendre en ligne depuis un tiers-lieu")
    page.get_by_label(re.compile(r"^\s*Type d'établissement")).select_option(label="Grande école")
    page.get_by_label(re.compile(r"^\s*Type de formation")).select_option(label="Certificat")
    page.get_by_label(re.compile(r"^\s*Public")).select_option(label="Dirigeants")
    page.get_by_label(re.compile(r"^\s*Format\s*$")).select_option(label="Hybride")
    page.get_by_label(re.compile(r"^\s*Lieux d'immersion")).fill("Le Solilab, Nantes")
    page.get_by_text("Pays de la Loire", exact=True).click()
    page.get_by_label(re.compile(r"^\s*Niveau")).select_option(label="Découverte")
    page.get_by_label("Durée (heures)").fill("28")
    page.get_by_label("Prix par participant (€ HT)").fill("1100")
    page.get_by_label("Description").fill("Quatre jours, un projet de vente en ligne.")
    page.get_by_label("Programme").fill("Stratégie ; boutique ; marketing ; logistique.")
    page.get_by_role("button", name="Déposer la proposition").click()
    page.wait_for_url("**/propositions/*/")
    audit(page)
    proposition_url = page.url

    context = browser.new_context(base_url=live_server.url, locale="fr-FR")
    other = context.new_page()
    login(other, audit, mission.email, DEFAULT_PASSWORD)
    other.goto(proposition_url)
    audit(other)
    other.get_by_text("Accepter et publier au catalogue").click()
    other.get_by_role("button", name="Enregistrer la décision").click()
    audit(other)
    assert other.get_by_text("Proposition : acceptée.").is_visible()
    other.get_by_role("link", name="Vendre en ligne depuis un tiers-lieu").click()
    audit(other)
    assert other.get_by_role("heading", name="Vendre en ligne depuis un tiers-lieu").is_visible()
    context.close()

    page.reload()
    audit(page)
    assert page.get_by_text("Acceptée").first.is_visible()


def test_catalogue_on_a_phone(mobile_page, audit):
    formation = FormationFactory(titre="Référencement naturel pour commerçants")
    SessionFactory(formation=formation)
    mobile_page.goto("/formations/catalogue/")
    audit(mobile_page)
    mobile_page.get_by_role("link", name="Référencement naturel pour commerçants").click()
    audit(mobile_page)
    assert mobile_page.get_by_role("link", name="S'inscrire").is_visible()
    mobile_page.goto("/formations/appels/")
    audit(mobile_page)
