"""A newcomer's first steps: home, sign up, confirm, log in, register an entreprise."""

import pytest
from django.core.management import call_command

from tests.croissance.test_sirene_import import SAMPLE
from tests.e2e.conftest import login, sign_up
from tests.factories import DEFAULT_PASSWORD, EntrepriseFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_new_manager_signs_up_confirms_and_registers_entreprise_by_siret(page, audit):
    call_command("importer_sirene", str(SAMPLE), "--sans-progression")

    page.goto("/")
    audit(page)
    page.get_by_role("link", name="Créer un compte").first.click()
    audit(page)
    sign_up(
        page,
        audit,
        prenom="Morgane",
        nom="Le Bihan",
        email="morgane@fournil.bzh",
        role="Dirigeant ou dirigeante de PME",
        password="Fournil-Breton-2026!",
    )
    assert page.url.endswith("/mon-espace/")  # confirming the address logs the manager in

    page.get_by_role("link", name="Se déconnecter").click()
    audit(page)
    page.get_by_role("button", name="Se déconnecter").click()
    page.wait_for_url("**/")
    audit(page)
    login(page, audit, "morgane@fournil.bzh", "Fournil-Breton-2026!")
    page.wait_for_url("**/mon-espace/")
    audit(page)

    page.get_by_role("link", name="Mes entreprises").click()
    audit(page)
    page.get_by_role("link", name="Ajouter une entreprise").click()
    audit(page)
    page.get_by_label("Numéro SIRET").fill("350 000 006 020 44")
    page.get_by_role("button", name="Continuer").click()
    audit(page)
    assert page.get_by_label("Nom", exact=True).input_value() == "BOULANGERIE LE FOURNIL BRETON"
    assert page.get_by_label("Code postal").input_value() == "29200"
    page.get_by_label("Nom", exact=True).fill("Boulangerie Le Fournil Breton")
    page.get_by_label("Effectif (personnes)").fill("6")
    page.get_by_role("button", name="Enregistrer").click()
    page.wait_for_url("**/entreprises/*/")
    audit(page)
    assert page.get_by_text("Brest").is_visible()
    assert page.get_by_text("Bretagne").first.is_visible()


@pytest.mark.parametrize("traits", [{}, {"connecteur": True}, {"instructeur": True}])
def test_mon_espace_of_each_role_is_accessible(page, audit, traits):
    user = UserFactory(**traits)
    EntrepriseFactory(gestionnaires=[user])
    _verified(user)
    login(page, audit, user.email, DEFAULT_PASSWORD)
    page.wait_for_url("**/mon-espace/")
    audit(page)
    assert page.get_by_role("heading", name="Mon espace").is_visible()


def test_mission_staff_use_the_admin(page, audit):
    user = UserFactory(mission=True)
    _verified(user)
    login(page, audit, user.email, DEFAULT_PASSWORD)
    page.goto("/admin/")
    audit(page)
    assert page.get_by_text("Pilotage du portail").is_visible()


def test_home_on_a_phone(mobile_page, audit):
    mobile_page.goto("/")
    audit(mobile_page)
    width = mobile_page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, "la page déborde horizontalement sur un écran de 360 px"


def _verified(user):
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
