"""An instructeur's region codes, read with the user on every request, follow its regions
whichever side and path changes them (the admin included)."""

import pytest
from django.urls import reverse

from croissance.comptes.models import User
from croissance.referentiels.models import Region
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _codes(user):
    return User.objects.get(pk=user.pk).codes_regions


def test_the_codes_follow_the_users_side(instructeur_bretagne):
    assert _codes(instructeur_bretagne) == ["53"]
    instructeur_bretagne.regions.add("11", "76")
    assert _codes(instructeur_bretagne) == ["11", "53", "76"]
    assert instructeur_bretagne.codes_regions == ["11", "53", "76"]  # in memory too
    instructeur_bretagne.regions.remove("11")
    assert _codes(instructeur_bretagne) == ["53", "76"]
    instructeur_bretagne.regions.set(["28"])
    assert _codes(instructeur_bretagne) == ["28"]
    instructeur_bretagne.regions.clear()
    assert _codes(instructeur_bretagne) == []


def test_the_codes_follow_the_regions_side(instructeur_bretagne):
    autre = UserFactory(instructeur=True, regions=["11"])
    idf = Region.objects.get(code="11")
    idf.instructeurs.add(instructeur_bretagne)
    assert _codes(instructeur_bretagne) == ["11", "53"]
    idf.instructeurs.remove(autre)
    assert _codes(autre) == []
    idf.instructeurs.add(autre)
    idf.instructeurs.clear()
    assert _codes(instructeur_bretagne) == ["53"] and _codes(autre) == []


def test_the_admin_changes_the_codes(client, mission_marc, instructeur_bretagne):
    client.force_login(mission_marc)
    user = instructeur_bretagne
    reponse = client.post(
        reverse("admin:comptes_user_change", args=[user.pk]),
        {
            "email": user.email,
            "prenom": user.prenom,
            "nom": user.nom,
            "role": user.role,
            "regions": ["11", "84"],
            "is_active": "on",
            "date_joined_0": "01/01/2026",
            "date_joined_1": "10:00:00",
        },
    )
    assert reponse.status_code == 302, reponse.content.decode()[:2000]
    assert _codes(user) == ["11", "84"]
