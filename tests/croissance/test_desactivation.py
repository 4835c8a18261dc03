"""A deactivated account loses access at once, on every device where it was signed in, and
what it did stays readable in the histories."""

import pytest
from django.test import Client

from aides import services
from aides.enums import EtatDossier
from tests.aides.factories import AideFactory, dossier_depose
from tests.factories import EntrepriseFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_a_deactivated_instructeur_is_out_at_once_and_her_decisions_stay_signed(
    instructeur_bretagne, pme_alice
):
    instructeur_bretagne.prenom, instructeur_bretagne.nom = "Inès", "Le Floc'h"
    instructeur_bretagne.save()
    librairie = EntrepriseFactory(gestionnaires=[pme_alice], nom="Librairie des Mots")
    dossier = dossier_depose(user=pme_alice, entreprise=librairie, aide=AideFactory())
    services.dossier_instruire(dossier=dossier, instructeur=instructeur_bretagne)
    bureau = Client()
    bureau.force_login(instructeur_bretagne)
    assert bureau.get("/aides/instruction/").status_code == 200

    instructeur_bretagne.is_active = False  # the mission deactivates her account
    instructeur_bretagne.save()

    reponse = bureau.get("/aides/instruction/")
    assert reponse.status_code == 302 and "/compte/login/" in reponse.url
    assert bureau.get(f"/aides/instruction/{dossier.pk}/").status_code == 302
    # her past decision keeps her name, for the firm and for her colleagues
    collegue = UserFactory(instructeur=True, email="yann@bretagne.test", regions=["53"])
    lecteur = Client()
    lecteur.force_login(collegue)
    page = lecteur.get(f"/aides/instruction/{dossier.pk}/").content.decode()
    assert "Inès Le Floc&#x27;h" in page
    dossier.refresh_from_db()
    assert dossier.etat == EtatDossier.EN_INSTRUCTION


def test_a_deactivated_comanager_is_out_at_once_and_stays_named_in_the_firm_history(
    client, pme_alice, pme_bruno, django_capture_on_commit_callbacks
):
    pme_bruno.prenom, pme_bruno.nom = "Bruno", "L'Hénaff"
    pme_bruno.save()
    boulangerie = EntrepriseFactory(gestionnaires=[pme_alice, pme_bruno], nom="Boulangerie")
    dossier = dossier_depose(user=pme_bruno, entreprise=boulangerie, aide=AideFactory())
    bruno = Client()
    bruno.force_login(pme_bruno)
    fiche = f"/entreprises/{boulangerie.pk}/"
    assert bruno.get(fiche).status_code == 200

    pme_bruno.is_active = False  # the mission deactivates his account
    pme_bruno.save()

    for url in (fiche, f"/aides/dossiers/{dossier.pk}/", "/mon-espace/"):
        reponse = bruno.get(url)
        assert reponse.status_code == 302 and "/compte/login/" in reponse.url
    client.force_login(pme_alice)
    page = client.get(fiche).content.decode()
    assert "Bruno L&#x27;Hénaff (bruno@pme.test), compte désactivé" in page
    with django_capture_on_commit_callbacks(execute=True):
        page = client.post(
            f"/entreprises/{boulangerie.pk}/gestionnaires/retirer/",
            {"retrait-personne": pme_bruno.pk, "retrait-motif": "Compte désactivé"},
            follow=True,
        ).content.decode()
    assert "Anciens gestionnaires" in page and "Bruno L&#x27;Hénaff" in page
    # the file he filed still names him for the firm's remaining manager
    assert "Bruno L&#x27;Hénaff" in client.get(f"/aides/dossiers/{dossier.pk}/").content.decode()
