"""Journeys of the formations app: enrol, attend, rate; exchange hours in the time bank."""

import datetime
from decimal import Decimal

import pytest
from allauth.account.models import EmailAddress
from django.utils import timezone

from formations import bourse, services
from formations.models import Annonce, Inscription
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
