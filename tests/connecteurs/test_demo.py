"""The demo's local events: at the times such events are held, in the weeks to come."""

import io
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from connecteurs.demo import charger
from connecteurs.models import Evenement
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def evenements(connecteur_claire, pme_alice, pme_bruno):
    comptes = {
        "connecteur_claire": connecteur_claire,
        "connecteur_david": UserFactory(connecteur=True, email="david@connecteur.test"),
        "pme_alice": pme_alice,
        "pme_bruno": pme_bruno,
    }
    charger(comptes, io.StringIO())
    charger(comptes, io.StringIO())
    return list(Evenement.objects.select_related("connecteur"))


def test_events_start_on_the_hour_or_quarter_in_the_coming_weeks(evenements):
    assert len(evenements) >= 10
    assert len({(e.connecteur_id, e.titre) for e in evenements}) == len(evenements)
    today = timezone.localdate()
    for evenement in evenements:
        debut = timezone.localtime(evenement.debut)
        assert debut.minute in (0, 15, 30, 45), (evenement.titre, debut)
        assert 8 <= debut.hour <= 19, (evenement.titre, debut)
        assert today < debut.date() <= today + timedelta(days=60), evenement.titre
        assert evenement.description, evenement.titre
        assert bool(evenement.lieu) != bool(evenement.lien), evenement.titre


def test_the_agenda_shows_the_demo_events_with_their_time(client, evenements):
    content = client.get(reverse("connecteurs:agenda")).content.decode()
    premier = min(evenements, key=lambda e: e.debut)
    assert premier.titre.replace("'", "&#x27;") in content
    assert f"{timezone.localtime(premier.debut):%H:%M}" in content
