"""The Content-Security-Policy header: present on every kind of page, no 'unsafe-inline', and
the inline scripts the page carries hold the nonce the header announces."""

import re

import pytest

pytestmark = pytest.mark.django_db


def _policy(response):
    header = response["Content-Security-Policy"]
    return {name: values for name, *values in (part.split() for part in header.split(";"))}


@pytest.mark.parametrize(
    "path", ["/", "/aides/", "/compte/login/", "/admin/login/", "/nulle-part/"]
)
def test_pages_carry_a_policy_without_unsafe_inline(client, path):
    response = client.get(path)

    policy = _policy(response)
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]


def test_dsfr_scripts_carry_the_nonce_of_the_header(client):
    response = client.get("/")

    nonce = re.search(r"'nonce-([^']+)'", _policy(response)["script-src"][1]).group(1)
    scripts = re.findall(r"<script[^>]*>", response.content.decode())
    assert scripts and all(f'nonce="{nonce}"' in tag for tag in scripts)


def test_a_style_attribute_appears_nowhere_in_a_diagnostic_step(client):
    from diagnostic.questionnaires import charger_questionnaires

    charger_questionnaires()
    response = client.post("/diagnostic/maturite-numerique/commencer/", follow=True)

    html = response.content.decode()
    assert "Étape 1 sur" in html
    assert " style=" not in html
    nonce = re.search(r"'nonce-([^']+)'", _policy(response)["style-src"][1]).group(1)
    assert f'<style nonce="{nonce}">.fr-stepper__steps' in html


def test_the_api_documentation_alone_allows_inline_styles_never_inline_scripts(client):
    policy = _policy(client.get("/api/docs/"))

    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["worker-src"] == ["'self'", "blob:"]
    assert "'unsafe-inline'" not in policy["script-src"]


def test_every_response_forbids_camera_microphone_location_and_payment(client):
    for reponse in (client.get("/"), client.get("/page-inexistante/"), client.get("/api/")):
        politique = reponse["Permissions-Policy"]
        for fonction in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
            assert fonction in politique


def test_error_pages_speak_french():
    from django.contrib.auth.models import AnonymousUser
    from django.test import RequestFactory

    from croissance import views

    requete = RequestFactory().get("/")
    requete.user = AnonymousUser()
    for vue, statut, titre in (
        (views.erreur_400, 400, "Demande incorrecte"),
        (views.erreur_403, 403, "Accès refusé"),
        (views.erreur_404, 404, "Page non trouvée"),
        (views.erreur_500, 500, "Erreur"),
    ):
        reponse = vue(requete)
        assert reponse.status_code == statut
        assert titre in reponse.content.decode()
