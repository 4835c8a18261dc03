"""Forms that send emails or create requests for someone else answer 429 (in French) past
RATE_LIMIT_POSTS submissions in the window, per user and per address; others are untouched."""

import pytest
from django.conf import settings
from django.urls import reverse

from connecteurs.models import Connecteur, Demande
from tests.connecteurs.factories import ConnecteurFactory
from tests.einter.test_expert import FORMULAIRE
from tests.factories import EntrepriseFactory

pytestmark = pytest.mark.django_db

TROP = "Trop de demandes, réessayez dans quelques minutes"


@pytest.fixture(autouse=True)
def _small_budget(settings):
    settings.RATE_LIMIT_POSTS = 3


@pytest.fixture
def expert(db):
    return ConnecteurFactory(nom="Experts export Bretagne", themes=["e-export"])


def _demander(client, entreprise, ip="203.0.113.7"):
    """The last step of a request: sent to the expert that was shown."""
    expert = Connecteur.objects.get(nom="Experts export Bretagne")
    envoi = {"etape": "envoyer", "proposes": [expert.pk], "gardes": [expert.pk]}
    return client.post(
        reverse("einter:expert"),
        {**FORMULAIRE, **envoi, "entreprise": entreprise.pk},
        REMOTE_ADDR=ip,
    )


def test_the_request_past_the_budget_gets_a_french_429(client, pme_alice, entreprise_alice, expert):
    client.force_login(pme_alice)
    for _ in range(settings.RATE_LIMIT_POSTS):
        assert _demander(client, entreprise_alice).status_code == 302

    response = _demander(client, entreprise_alice)

    assert response.status_code == 429
    assert TROP in response.content.decode()
    assert Demande.objects.count() == settings.RATE_LIMIT_POSTS
    assert client.get(reverse("einter:expert")).status_code == 200  # reading is never limited


def test_the_budget_follows_the_user_across_addresses(client, pme_alice, entreprise_alice, expert):
    client.force_login(pme_alice)
    for numero in range(settings.RATE_LIMIT_POSTS):
        _demander(client, entreprise_alice, ip=f"203.0.113.{numero}")

    assert _demander(client, entreprise_alice, ip="198.51.100.1").status_code == 429


def test_another_user_on_another_address_is_not_affected(
    client, pme_alice, pme_bruno, entreprise_alice, expert
):
    client.force_login(pme_alice)
    for _ in range(settings.RATE_LIMIT_POSTS + 1):
        _demander(client, entreprise_alice)

    client.force_login(pme_bruno)
    response = _demander(client, EntrepriseFactory(gestionnaires=[pme_bruno]), ip="198.51.100.1")

    assert response.status_code == 302


def test_one_address_shared_by_several_users_is_limited(
    client, pme_alice, pme_bruno, entreprise_alice, expert
):
    client.force_login(pme_alice)
    for _ in range(settings.RATE_LIMIT_POSTS):
        _demander(client, entreprise_alice)

    client.force_login(pme_bruno)
    response = _demander(client, EntrepriseFactory(gestionnaires=[pme_bruno]))

    assert response.status_code == 429


def test_the_limit_is_per_form(client, pme_alice, entreprise_alice, expert):
    client.force_login(pme_alice)
    for _ in range(settings.RATE_LIMIT_POSTS + 1):
        _demander(client, entreprise_alice)

    response = client.post(
        reverse("einter:recherche_enregistrer"), {"nom": "Japon"}, REMOTE_ADDR="203.0.113.7"
    )

    assert response.status_code != 429


def test_password_reset_emails_are_limited_per_address_by_allauth(client, pme_alice):
    url = reverse("account_reset_password")
    statuts = [client.post(url, {"email": pme_alice.email}).status_code for _ in range(6)]

    assert statuts == [302] * 5 + [429]
    assert TROP in client.post(url, {"email": pme_alice.email}).content.decode()


def test_allauth_limits_sign_up_and_confirmation_emails():
    limits = settings.ACCOUNT_RATE_LIMITS
    assert {"login_failed", "signup", "confirm_email", "reset_password"} <= set(limits)
