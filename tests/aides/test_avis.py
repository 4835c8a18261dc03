from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from aides import services, tasks
from aides.models import DemandeAvis
from tests.factories import UserFactory

from .factories import dossier_en_instruction

pytestmark = pytest.mark.django_db


@pytest.fixture
def dossier(pme_alice, librairie, aide_bretagne):
    return dossier_en_instruction(user=pme_alice, entreprise=librairie, aide=aide_bretagne)


def test_instructeur_asks_a_labelled_connecteur_who_answers_confidentially(
    client,
    dossier,
    instructeur_bretagne,
    cci,
    connecteur_claire,
    pme_alice,
    django_capture_on_commit_callbacks,
):
    client.force_login(instructeur_bretagne)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("aides:instruction_action", args=[dossier.pk, "avis"]),
            {"avis-connecteur": cci.pk, "avis-question": "Le devis est-il au prix du marché ?"},
        )
    demande = DemandeAvis.objects.get()
    assert mail.outbox[-1].to == ["claire@connecteur.test"]
    client.force_login(connecteur_claire)
    assert "au prix du marché" in client.get(reverse("aides:avis_liste")).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("aides:avis", args=[demande.pk]), {"reponse": "Oui, prix habituel."})
    demande.refresh_from_db()
    assert demande.reponse == "Oui, prix habituel."
    assert mail.outbox[-1].to == [instructeur_bretagne.email]
    client.force_login(instructeur_bretagne)
    assert (
        "Oui, prix habituel."
        in client.get(reverse("aides:instruction_dossier", args=[dossier.pk])).content.decode()
    )
    client.force_login(pme_alice)
    page = client.get(reverse("aides:dossier", args=[dossier.pk])).content.decode()
    assert "prix du marché" not in page and "prix habituel" not in page


def test_expert_must_be_of_the_region(dossier, instructeur_bretagne, instructeur_occitanie):
    with pytest.raises(ValidationError):
        services.avis_demander(
            dossier=dossier,
            instructeur=instructeur_bretagne,
            expert=instructeur_occitanie,
            question="Avis ?",
        )
    expert = UserFactory(instructeur=True, regions=["53"])
    services.avis_demander(
        dossier=dossier, instructeur=instructeur_bretagne, expert=expert, question="Avis ?"
    )


def test_only_the_consulted_sees_the_request(client, dossier, instructeur_bretagne, cci):
    demande = services.avis_demander(
        dossier=dossier, instructeur=instructeur_bretagne, connecteur=cci, question="Avis ?"
    )
    autre = UserFactory(connecteur=True)
    client.force_login(autre)
    assert client.get(reverse("aides:avis", args=[demande.pk])).status_code == 404
    client.force_login(UserFactory())
    assert client.get(reverse("aides:avis", args=[demande.pk])).status_code == 403


def test_late_opinions_are_reminded_once_per_delay(
    dossier, instructeur_bretagne, cci, django_capture_on_commit_callbacks
):
    demande = services.avis_demander(
        dossier=dossier, instructeur=instructeur_bretagne, connecteur=cci, question="Avis ?"
    )
    DemandeAvis.objects.filter(pk=demande.pk).update(cree_le=timezone.now() - timedelta(days=8))
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.relancer_avis_en_retard() == 1
    assert mail.outbox[-1].subject.startswith("Relance")
    assert tasks.relancer_avis_en_retard() == 0  # not twice within the delay
    demande.refresh_from_db()
    assert demande.relances == 1


def test_periodic_tasks_point_at_real_tasks():
    from croissance.celery import app

    app.loader.import_default_modules()
    for entry in settings.CELERY_BEAT_SCHEDULE.values():
        if entry["task"].startswith("aides."):
            assert entry["task"] in app.tasks
