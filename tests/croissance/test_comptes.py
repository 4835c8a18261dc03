import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from croissance.comptes.models import User

pytestmark = pytest.mark.django_db


def test_signup_records_role_and_requires_email_confirmation(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("account_signup"),
            {
                "prenom": "Awa",
                "nom": "Diallo",
                "email": "Awa.Diallo@Exemple.fr",
                "role": "connecteur",
                "password1": "Un-mot-de-passe-solide-2026",
                "password2": "Un-mot-de-passe-solide-2026",
            },
        )
    assert response.status_code == 302
    user = User.objects.get(email="awa.diallo@exemple.fr")
    assert (user.prenom, user.nom, user.role) == ("Awa", "Diallo", "connecteur")
    assert not EmailAddress.objects.get(user=user).verified
    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+/compte/confirm-email/\S+/", mail.outbox[0].body).group(0)

    client.post(link.split("testserver", 1)[-1])
    assert EmailAddress.objects.get(user=user).verified


def test_signup_cannot_claim_staff_roles(client):
    response = client.post(
        reverse("account_signup"),
        {
            "prenom": "Eve",
            "nom": "Malice",
            "email": "eve@exemple.fr",
            "role": "mission",
            "password1": "Un-mot-de-passe-solide-2026",
            "password2": "Un-mot-de-passe-solide-2026",
        },
    )
    assert response.status_code == 200
    assert not User.objects.filter(email="eve@exemple.fr").exists()
    assert "Sélectionnez un choix valide" in response.content.decode()


def test_unverified_user_cannot_log_in(client):
    user = User.objects.create_user("jean@exemple.fr", "Un-mot-de-passe-solide-2026")
    EmailAddress.objects.create(user=user, email=user.email, verified=False, primary=True)
    response = client.post(
        reverse("account_login"),
        {"login": "jean@exemple.fr", "password": "Un-mot-de-passe-solide-2026"},
    )
    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")


def test_login_is_locked_after_repeated_failures(client):
    User.objects.create_user("cible@exemple.fr", "Un-mot-de-passe-solide-2026")
    for _ in range(5):
        client.post(reverse("account_login"), {"login": "cible@exemple.fr", "password": "faux"})
    response = client.post(
        reverse("account_login"),
        {"login": "cible@exemple.fr", "password": "Un-mot-de-passe-solide-2026"},
    )
    assert response.status_code == 200
    assert "Trop de tentatives" in response.content.decode()


def test_health_check(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(1):
        response = client.get(reverse("sante"))
    assert response.json() == {"statut": "ok"}
