"""Asking to manage a firm that others registered: its managers answer; silence or a disputed
refusal sends the request to the mission, which decides with a reason."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from croissance.entreprises.enums import EtatRevendication, OrigineGestionnaire
from croissance.entreprises.models import Gestionnaire, Revendication
from tests.connecteurs.factories import PDF
from tests.factories import EntrepriseFactory, UserFactory

pytestmark = pytest.mark.django_db

MESSAGE = "J'ai repris la boulangerie « du Port » & ses deux boutiques en mars."


def demander(client, user, entreprise, capture, **fichiers):
    client.force_login(user)
    with capture(execute=True):
        return client.post(
            reverse("entreprises:revendiquer", args=[entreprise.siret]),
            {"message": MESSAGE, **fichiers},
            follow=True,
        )


def test_the_claimant_asks_and_the_managers_accept_from_the_firm_page(
    client, pme_alice, pme_bruno, entreprise_alice, django_capture_on_commit_callbacks
):
    page = demander(client, pme_bruno, entreprise_alice, django_capture_on_commit_callbacks)
    assert "Votre demande est envoyée" in page.content.decode()
    assert "en attente des gestionnaires" in page.content.decode()
    assert mail.outbox[-1].to == [pme_alice.email]
    assert MESSAGE in mail.outbox[-1].body
    revendication = Revendication.objects.get()

    alice = Client()
    alice.force_login(pme_alice)
    fiche = alice.get(reverse("entreprises:detail", args=[entreprise_alice.pk])).content.decode()
    assert "Bruno Martin (bruno@pme.test)" in fiche
    assert "1 demande pour gérer une entreprise" in alice.get("/mon-espace/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        page = alice.post(
            reverse(
                "entreprises:repondre_revendication",
                args=[entreprise_alice.pk, revendication.pk],
            ),
            {f"revendication-{revendication.pk}-decision": "accepter"},
            follow=True,
        )

    assert "Votre réponse est enregistrée" in page.content.decode()
    lien = Gestionnaire.objects.get(entreprise=entreprise_alice, user=pme_bruno)
    assert (lien.origine, lien.ajoute_par) == (OrigineGestionnaire.REVENDICATION, pme_alice)
    assert mail.outbox[-1].to == [pme_bruno.email]
    assert "acceptée" in mail.outbox[-1].subject
    assert client.get(reverse("entreprises:detail", args=[entreprise_alice.pk])).status_code == 200


def test_a_refusal_needs_a_reason_and_the_claimant_may_dispute_it_to_the_mission(
    client, pme_alice, pme_bruno, entreprise_alice, mission_marc, django_capture_on_commit_callbacks
):
    kbis = SimpleUploadedFile("kbis.pdf", PDF, content_type="application/pdf")
    demander(
        client, pme_bruno, entreprise_alice, django_capture_on_commit_callbacks, justificatif=kbis
    )
    revendication = Revendication.objects.get()
    alice = Client()
    alice.force_login(pme_alice)
    url = reverse(
        "entreprises:repondre_revendication", args=[entreprise_alice.pk, revendication.pk]
    )
    prefixe = f"revendication-{revendication.pk}"
    page = alice.post(url, {f"{prefixe}-decision": "refuser"}, follow=True).content.decode()
    assert "Indiquez le motif du refus" in page
    with django_capture_on_commit_callbacks(execute=True):
        alice.post(url, {f"{prefixe}-decision": "refuser", f"{prefixe}-motif": "Inconnu d'ici."})
    assert "Motif : Inconnu d'ici." in mail.outbox[-1].body

    page = client.post(
        reverse("entreprises:contester", args=[revendication.pk]),
        {"motif": "Je suis le nouveau gérant : voyez le Kbis."},
        follow=True,
    )
    assert "transmise à l&#x27;équipe de la mission" in page.content.decode()

    mission = Client()
    mission.force_login(mission_marc)
    file = mission.get(reverse("entreprises:file_mission")).content.decode()
    assert "Boulangerie du Port" in file
    fiche = reverse("entreprises:decider", args=[revendication.pk])
    page = mission.get(fiche).content.decode()
    assert "Je suis le nouveau gérant : voyez le Kbis." in page  # in the history
    assert "Inconnu d&#x27;ici." in page
    justificatif = mission.get(reverse("entreprises:justificatif", args=[revendication.pk]))
    assert justificatif.status_code == 200
    assert b"".join(justificatif.streaming_content).startswith(b"%PDF")
    page = mission.post(fiche, {"decision": "accepter"}).content.decode()
    assert "Indiquez le motif de la décision" in page
    with django_capture_on_commit_callbacks(execute=True):
        mission.post(fiche, {"decision": "accepter", "motif": "Kbis du 2 mars à son nom."})

    lien = Gestionnaire.objects.get(entreprise=entreprise_alice, user=pme_bruno)
    assert (lien.origine, lien.ajoute_par) == (OrigineGestionnaire.MISSION, mission_marc)
    assert "Kbis du 2 mars à son nom." in mail.outbox[-1].body
    revendication.refresh_from_db()
    assert [h.etat_apres for h in revendication.historique.all()] == [
        EtatRevendication.EN_ATTENTE,
        EtatRevendication.REFUSEE,
        EtatRevendication.MISSION,
        EtatRevendication.ACCEPTEE,
    ]
    assert mission.get(fiche).status_code == 404  # out of the queue


def test_unanswered_requests_reach_the_mission_when_it_opens_its_queue(
    client, pme_bruno, entreprise_alice, mission_marc, django_capture_on_commit_callbacks
):
    demander(client, pme_bruno, entreprise_alice, django_capture_on_commit_callbacks)
    mission = Client()
    mission.force_login(mission_marc)
    assert "Aucune demande n" in mission.get(reverse("entreprises:file_mission")).content.decode()

    Revendication.objects.update(reponse_avant=timezone.now() - timedelta(minutes=1))
    page = mission.get(reverse("entreprises:file_mission")).content.decode()

    assert "Boulangerie du Port" in page
    revendication = Revendication.objects.get()
    assert revendication.etat == EtatRevendication.MISSION
    derniere = revendication.historique.last()
    assert derniere.auteur is None and "délai de 15 jours" in derniere.motif
    page = mission.post(
        reverse("entreprises:decider", args=[revendication.pk]),
        {"decision": "refuser", "motif": "Aucun justificatif."},
        follow=True,
    )
    assert "La décision est enregistrée" in page.content.decode()
    revendication.refresh_from_db()
    assert revendication.etat == EtatRevendication.REJETEE
    assert pme_bruno not in entreprise_alice.gestionnaires.all()


def test_a_claim_is_refused_twice_and_a_wrong_file_too(
    client, pme_bruno, entreprise_alice, django_capture_on_commit_callbacks
):
    demander(client, pme_bruno, entreprise_alice, django_capture_on_commit_callbacks)
    page = demander(client, pme_bruno, entreprise_alice, django_capture_on_commit_callbacks)
    assert "Vous avez déjà une demande en cours pour cette entreprise" in page.content.decode()
    Revendication.objects.all().delete()
    faux = SimpleUploadedFile("kbis.pdf", b"MZ pas un PDF", content_type="application/pdf")
    page = demander(
        client, pme_bruno, entreprise_alice, django_capture_on_commit_callbacks, justificatif=faux
    )
    assert "n&#x27;est pas un document accepté" in page.content.decode()
    assert not Revendication.objects.exists()


def test_only_managers_answer_and_only_the_mission_decides(
    client, pme_alice, pme_bruno, connecteur_claire, entreprise_alice
):
    revendication = Revendication.objects.create(
        entreprise=entreprise_alice,
        demandeur=pme_bruno,
        message=MESSAGE,
        reponse_avant=timezone.now() + timedelta(days=15),
        etat=EtatRevendication.MISSION,
    )
    client.force_login(pme_bruno)
    url = reverse(
        "entreprises:repondre_revendication", args=[entreprise_alice.pk, revendication.pk]
    )
    assert client.post(url, {}).status_code == 404
    for user in (pme_alice, connecteur_claire):
        client.force_login(user)
        assert (
            client.get(reverse("entreprises:decider", args=[revendication.pk])).status_code == 403
        )


@pytest.mark.parametrize("nombre", [1, 15])
def test_queue_and_claimant_list_query_counts_do_not_grow(
    client, mission_marc, pme_bruno, nombre, django_assert_max_num_queries
):
    for _ in range(nombre):
        Revendication.objects.create(
            entreprise=EntrepriseFactory(gestionnaires=[UserFactory()]),
            demandeur=pme_bruno,
            message=MESSAGE,
            reponse_avant=timezone.now() + timedelta(days=15),
            etat=EtatRevendication.MISSION,
        )
    client.force_login(mission_marc)
    with django_assert_max_num_queries(8):
        reponse = client.get(reverse("entreprises:file_mission"))
    assert len(reponse.context["revendications"]) == nombre
    client.force_login(pme_bruno)
    with django_assert_max_num_queries(8):
        reponse = client.get(reverse("entreprises:liste"))
    assert len(reponse.context["demandes"]) == nombre
