"""A structure is never created twice: a newcomer who presents an existing structure is
offered to join it, and its referent accepts from the Membres page."""

import pytest

from connecteurs.models import Membre
from tests.connecteurs.factories import ConnecteurFactory
from tests.e2e.conftest import login, sign_up
from tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

SIRET = "73282932000074"


def test_a_newcomer_asks_to_join_an_existing_structure_and_the_referent_accepts(page, audit):
    from allauth.account.models import EmailAddress

    claire = UserFactory(
        connecteur=True, prenom="Claire", nom="Le Goff", email="claire@cci-finistere.fr"
    )
    EmailAddress.objects.create(user=claire, email=claire.email, verified=True, primary=True)
    cci = ConnecteurFactory(nom="CCI du Finistère", siret=SIRET, membres=[claire])

    page.goto("/compte/signup/")
    audit(page)
    sign_up(
        page,
        audit,
        prenom="Nolwenn",
        nom="Kerjean",
        email="nolwenn@cci-finistere.fr",
        role="Connecteur du numérique",
        password="Quimper-Numerique-2026!",
    )
    page.get_by_role("link", name="Ma structure de connecteur").click()
    page.wait_for_url("**/connecteurs/espace/profil/")
    audit(page)
    page.get_by_label("Nom de la structure").fill("CCI Finistère")
    page.get_by_label("Type d'acteur").select_option("cci")
    page.get_by_label("SIRET").fill(SIRET)
    page.get_by_role("checkbox", name="Bretagne").check(force=True)
    page.get_by_role("checkbox", name="Compétences numériques").check(force=True)
    page.get_by_role("button", name="Enregistrer le profil").click()
    page.get_by_role("heading", name="Cette structure existe déjà").wait_for()
    audit(page)
    assert page.get_by_role("heading", name="CCI du Finistère").is_visible()
    page.get_by_label("Message pour le référent de la structure").fill(
        "Conseillère « numérique » à l'antenne de Quimper"
    )
    page.get_by_role("button", name="Demander à rejoindre").click()
    page.wait_for_url("**/connecteurs/espace/profil/")
    audit(page)
    assert page.get_by_text(
        "Votre demande est envoyée au référent de CCI du Finistère"
    ).is_visible()
    assert page.get_by_text("Demande pour rejoindre CCI du Finistère : en attente").is_visible()

    page.context.clear_cookies()
    login(page, audit, claire.email, DEFAULT_PASSWORD)
    page.goto("/connecteurs/espace/")
    audit(page)
    page.get_by_role("link", name="Membres").click()
    page.wait_for_url("**/connecteurs/espace/membres/")
    audit(page)
    page.get_by_role("link", name="Nolwenn Kerjean").click()
    page.wait_for_url("**/connecteurs/espace/membres/adhesions/*/")
    audit(page)
    assert page.get_by_text("Conseillère « numérique » à l'antenne de Quimper").is_visible()
    page.get_by_label("Accepter ce nouveau membre").check(force=True)
    page.get_by_role("button", name="Enregistrer ma décision").click()
    page.wait_for_url("**/connecteurs/espace/membres/")
    audit(page)
    assert page.get_by_text("Nolwenn Kerjean est maintenant membre de la structure.").is_visible()
    assert Membre.objects.filter(connecteur=cci, user__email="nolwenn@cci-finistere.fr").exists()
