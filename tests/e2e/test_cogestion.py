"""A manager invites a colleague by email; the colleague follows the link, signs in and
accepts; later the manager removes her and the firm leaves her space."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail

from tests.e2e.conftest import login
from tests.factories import DEFAULT_PASSWORD, EntrepriseFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def _compte(email, prenom, nom):
    user = UserFactory(email=email, prenom=prenom, nom=nom)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def test_invite_accept_then_remove_a_comanager(page, browser, live_server, audit):
    gerante = _compte("helene@creperie.bzh", "Hélène", "Le Goff")
    collegue = _compte("maiwenn@creperie.bzh", "Maïwenn", "Kerjean")
    creperie = EntrepriseFactory(gestionnaires=[gerante], nom="Crêperie de l'Odet")

    login(page, audit, gerante.email, DEFAULT_PASSWORD)
    page.goto(f"/entreprises/{creperie.pk}/")
    audit(page)
    page.get_by_label("Adresse électronique de la personne à inviter").fill(collegue.email)
    page.get_by_role("button", name="Envoyer l'invitation").click()
    page.wait_for_load_state("load")
    audit(page)
    assert page.get_by_text("L'invitation est envoyée à maiwenn@creperie.bzh").is_visible()
    assert page.get_by_role("heading", name="Invitations en attente").is_visible()
    lien = re.search(r"https?://\S+/entreprises/invitations/\S+/", mail.outbox[-1].body).group(0)
    chemin = lien.split("://", 1)[1].split("/", 1)[1]

    contexte = browser.new_context(base_url=live_server.url, locale="fr-FR")
    onglet = contexte.new_page()
    onglet.set_default_timeout(15_000)
    try:
        onglet.goto(f"/{chemin}")  # the link from the email: sign in first
        onglet.wait_for_url("**/compte/login/**")
        audit(onglet)
        onglet.get_by_label("Adresse électronique").fill(collegue.email)
        onglet.get_by_label("Mot de passe").fill(DEFAULT_PASSWORD)
        onglet.get_by_role("button", name="Connexion").click()
        onglet.wait_for_url("**/entreprises/invitations/**")
        audit(onglet)
        assert onglet.get_by_role("heading", name="Invitation à gérer Crêperie de l'Odet")
        onglet.get_by_role("button", name="Accepter l'invitation").click()
        onglet.wait_for_url(f"**/entreprises/{creperie.pk}/")
        audit(onglet)
        assert onglet.get_by_text("Vous gérez désormais Crêperie de l'Odet").is_visible()
        onglet.goto("/mon-espace/")
        audit(onglet)
        assert onglet.get_by_text("Nos recommandations pour Crêperie de l'Odet").is_visible()

        page.goto(f"/entreprises/{creperie.pk}/")
        audit(page)
        page.get_by_label("Personne à retirer").select_option(label="Maïwenn Kerjean")
        page.get_by_label("Motif du retrait").fill("Elle a rejoint l'équipe d'un autre site.")
        page.get_by_role("button", name="Retirer cette personne").click()
        page.wait_for_load_state("load")
        audit(page)
        assert page.get_by_text("Maïwenn Kerjean ne gère plus l'entreprise").is_visible()
        assert page.get_by_role("heading", name="Anciens gestionnaires").is_visible()

        onglet.goto("/mon-espace/")
        audit(onglet)
        assert onglet.get_by_text("Crêperie de l'Odet").count() == 0
        onglet.goto("/entreprises/")
        audit(onglet)
        assert onglet.get_by_text("Crêperie de l'Odet").count() == 0
        reponse = onglet.goto(f"/entreprises/{creperie.pk}/")
        audit(onglet)
        assert reponse.status == 404
    finally:
        contexte.close()
