"""The sampled audit after decision, in a browser: instructeur A accepts a file drawn for
an audit; B, of the same region, finds it in the audit queue and records « non conforme »
with a reason; A never finds it in their own audit queue."""

import pytest

from aides.models import ControleAPosteriori
from tests.aides.factories import AideFactory, dossier_depose
from tests.e2e.conftest import login
from tests.e2e.test_foundation import _verified
from tests.factories import DEFAULT_PASSWORD, EntrepriseFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

MOTIF = "La facture d'« Agence Web d'Armor » ne correspond pas au devis accepté."


def test_a_second_instructeur_records_a_non_conforming_audit(page, audit, settings):
    settings.AIDES_PART_CONTROLE_A_POSTERIORI = 1
    alice = UserFactory(email="alice@librairie.test", prenom="Alice")
    librairie = EntrepriseFactory(gestionnaires=[alice], nom="Librairie des Mots", naf_id="47.61Z")
    dossier = dossier_depose(
        user=alice, entreprise=librairie, aide=AideFactory(titre="Pass commerce numérique")
    )
    ines = UserFactory(instructeur=True, email="ines@bretagne.test", prenom="Inès", regions=["53"])
    yann = UserFactory(instructeur=True, email="yann@bretagne.test", prenom="Yann", regions=["53"])
    for user in (ines, yann):
        _verified(user)

    # A accepts the file: it is drawn for an audit, and not for her to do
    login(page, audit, ines.email, DEFAULT_PASSWORD)
    page.get_by_role("link", name="Dossiers d'aide à instruire").click()
    audit(page)
    page.get_by_role("link", name=dossier.titre, exact=True).click()
    audit(page)
    page.get_by_role("button", name="Commencer l'instruction").click()
    audit(page)
    page.locator("#id_motif").fill("Projet conforme à l'aide.")
    page.locator("#id_note_interne").fill("Vérifier la facture au versement.")
    page.get_by_role("button", name="Accepter le dossier").click()
    audit(page)
    assert page.get_by_text("Le dossier est accepté").first.is_visible()
    page.get_by_role("link", name="Dossiers à instruire").first.click()
    audit(page)
    page.get_by_role("link", name="Contrôles a posteriori").click()
    audit(page)
    assert page.get_by_text("Aucun dossier à contrôler").is_visible()
    assert page.get_by_role("link", name=f"Dossier n° {dossier.pk} : {dossier.titre}").count() == 0
    page.context.clear_cookies()

    # B finds it and records « non conforme », which needs a reason
    login(page, audit, yann.email, DEFAULT_PASSWORD)
    page.get_by_role("link", name="Contrôles a posteriori").click()
    audit(page)
    page.get_by_role("link", name=f"Dossier n° {dossier.pk} : {dossier.titre}").click()
    audit(page)
    page.locator("label[for=id_conclusion_1]").click()
    page.get_by_role("button", name="Enregistrer le contrôle").click()
    audit(page)
    assert page.get_by_text("Indiquez en quoi le dossier n'est pas conforme.").first.is_visible()
    page.locator("label[for=id_conclusion_1]").click()
    page.get_by_label("Motif (obligatoire si non conforme)").fill(MOTIF)
    page.get_by_role("button", name="Enregistrer le contrôle").click()
    audit(page)
    assert page.get_by_text("Le contrôle a posteriori est enregistré.").is_visible()
    assert page.get_by_text("Aucun dossier à contrôler").is_visible()
    controle = ControleAPosteriori.objects.get()
    assert (controle.conclusion, controle.motif, controle.controle_par) == (
        "non_conforme",
        MOTIF,
        yann,
    )
