"""Mission staff and an instructeur read the indicators; a visitor reads the open data."""

import pytest
from allauth.account.models import EmailAddress

from tests.e2e.conftest import login
from tests.factories import DEFAULT_PASSWORD, UserFactory
from tests.indicateurs import donnees

pytestmark = pytest.mark.django_db(transaction=True)


def _compte(**kwargs):
    user = UserFactory(**kwargs)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def test_mission_reads_recalculates_and_filters_the_dashboard(page, audit):
    donnees.jeu(2)
    marc = _compte(mission=True)
    login(page, audit, marc.email, DEFAULT_PASSWORD)
    page.goto("/indicateurs/")
    audit(page)
    assert page.get_by_role("heading", name="Tableau de bord des indicateurs").is_visible()
    assert page.get_by_text("Chiffres calculés à l'instant").is_visible()
    page.get_by_role("button", name="Recalculer les indicateurs").click()
    page.wait_for_load_state()
    audit(page)
    assert page.get_by_text("Les indicateurs ont été recalculés.").is_visible()
    assert page.get_by_text("Chiffres calculés le").is_visible()
    page.locator("#id_region").select_option(label="Occitanie")
    page.locator("#id_pas").select_option("trimestre")
    page.get_by_role("button", name="Afficher").click()
    page.wait_for_load_state()
    audit(page)
    assert page.get_by_text("Région Occitanie").is_visible()
    table = page.get_by_role("table", name="Commerce connecté par région")
    assert "Occitanie" in table.inner_text() and "Bretagne" not in table.inner_text()


def test_instructeur_sees_its_region_and_visitor_the_open_data(page, audit):
    donnees.jeu(1)
    instructeur = _compte(instructeur=True, regions=["53"])
    page.goto("/indicateurs/donnees-ouvertes/")
    audit(page)
    assert page.get_by_role(
        "table", name="Part des PME ayant des éléments de commerce connecté"
    ).is_visible()
    with page.expect_download() as telechargement:
        page.get_by_role("link", name="Télécharger « Dossiers par état » (CSV)").click()
    assert telechargement.value.suggested_filename == "aides-dossiers-par-etat.csv"
    login(page, audit, instructeur.email, DEFAULT_PASSWORD)
    page.goto("/indicateurs/")
    audit(page)
    assert page.get_by_text("Région Bretagne").is_visible()
    assert page.get_by_role("button", name="Recalculer les indicateurs").count() == 0
