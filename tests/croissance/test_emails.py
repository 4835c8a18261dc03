from datetime import timedelta
from unittest import mock

import pytest
from django.core import mail
from django.db import transaction
from django.utils import timezone

from croissance.emails import send_templated_email
from croissance.models import Courriel
from croissance.tasks import deliver_email, drain_outbox
from tests.factories import EntrepriseFactory, UserFactory

pytestmark = pytest.mark.django_db


def _send(user, entreprise):
    send_templated_email(
        to=user.email,
        template="emails/gestionnaire_retire",
        context={"entreprise": entreprise, "par": "Alice", "user": user, "motif": "Départ"},
    )


def test_email_is_sent_after_commit(django_capture_on_commit_callbacks):
    user, entreprise = UserFactory(), EntrepriseFactory(nom="Atelier Dupont")
    with django_capture_on_commit_callbacks(execute=True):
        _send(user, entreprise)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "Vous ne gérez plus Atelier Dupont sur Croissance connectée"
    assert Courriel.objects.get().envoye_le is not None


def test_rolled_back_change_sends_nothing(django_capture_on_commit_callbacks):
    user, entreprise = UserFactory(), EntrepriseFactory()
    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                _send(user, entreprise)
                raise RuntimeError("la suite du traitement échoue")
        except RuntimeError:
            pass
    assert mail.outbox == []
    assert not Courriel.objects.exists()


def test_delivering_twice_sends_once():
    courriel = Courriel.objects.create(destinataires="a@b.test", sujet="Bonjour", corps="…")
    assert deliver_email(courriel.pk) is True
    assert deliver_email(courriel.pk) is False
    assert len(mail.outbox) == 1


def test_broker_down_keeps_email_for_the_periodic_drain(django_capture_on_commit_callbacks):
    user, entreprise = UserFactory(), EntrepriseFactory()
    with (
        mock.patch.object(deliver_email, "apply_async", side_effect=ConnectionError("redis")),
        django_capture_on_commit_callbacks(execute=True),
    ):
        _send(user, entreprise)  # the user's action does not fail
    assert mail.outbox == []
    Courriel.objects.update(cree_le=timezone.now() - timedelta(minutes=10))

    assert drain_outbox() == 1
    assert len(mail.outbox) == 1
    assert drain_outbox() == 0
