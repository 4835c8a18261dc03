"""A manager downloads their data, then deletes their account, in the browser."""

import json
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress

from tests.e2e.conftest import login
from tests.factories import DEFAULT_PASSWORD, EntrepriseFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_download_my_data_then_delete_my_account(page, audit):
    user = UserFactory(email="helene@pme.test", prenom="Hélène")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    EntrepriseFactory(gestionnaires=[user], nom="Crêperie de l'Odet")
    login(page, audit, user.email, DEFAULT_PASSWORD)

    page.goto("/mon-espace/")
    audit(page)
    page.get_by_role("link", name="Télécharger mes données").click()
    page.wait_for_url("**/mes-donnees/")
    audit(page)
    with page.expect_download() as telechargement:
        page.get_by_role("link", name="Télécharger mes données (JSON)").click()
    fichier = telechargement.value
    assert fichier.suggested_filename.endswith(".json")
    donnees = json.loads(Path(fichier.path()).read_text(encoding="utf-8"))
    assert donnees["entreprises"]["donnees"]["entreprises_gerees"][0]["nom"] == (
        "Crêperie de l'Odet"
    )

    page.goto("/mon-espace/")
    page.get_by_role("link", name="Supprimer mon compte").click()
    page.wait_for_url("**/supprimer-mon-compte/")
    audit(page)
    page.get_by_label("Votre mot de passe").fill("pas le bon")
    page.get_by_role("button", name="Supprimer définitivement mon compte").click()
    audit(page)
    assert page.get_by_text("Mot de passe incorrect.", exact=True).is_visible()  # by the field
    assert page.get_by_role(
        "link", name="Votre mot de passe : Mot de passe incorrect."
    ).is_visible()

    page.get_by_label("Votre mot de passe").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Supprimer définitivement mon compte").click()
    audit(page)
    assert page.get_by_role("heading", name="Votre compte a été supprimé").is_visible()

    page.goto("/pages/donnees-personnelles/")
    audit(page)
    assert page.get_by_text("aucun traceur tiers").is_visible()

    page.goto("/compte/login/")
    page.get_by_label("Adresse électronique").fill("helene@pme.test")
    page.get_by_label("Mot de passe").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Connexion").click()
    audit(page)
    assert page.url.endswith("/compte/login/")
