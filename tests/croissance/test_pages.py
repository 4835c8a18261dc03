import re

import pytest
from django.shortcuts import render as django_render
from django.urls import reverse

from croissance import views
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = [
    reverse("accueil"),
    reverse("page", args=["charte"]),
    reverse("page", args=["mentions-legales"]),
    reverse("page", args=["donnees-personnelles"]),
    reverse("page", args=["accessibilite"]),
    reverse("diagnostic:accueil"),
    reverse("connecteurs:accueil"),
    reverse("aides:accueil"),
    reverse("einter:accueil"),
    reverse("formations:accueil"),
    reverse("account_login"),
    reverse("account_signup"),
    reverse("account_reset_password"),
]


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_public_pages_open_without_account(client, url, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):
        response = client.get(url)
    assert response.status_code == 200
    assert 'lang="fr"' in response.content.decode()


def test_home_presents_the_brand_and_four_paths(client):
    content = client.get(reverse("accueil")).content.decode()
    assert "#CroissanceConnectée" in content
    for path in ("être accompagné", "montrer ce qu", "accompagne des entreprises", "professionnel"):
        assert path in content


def test_home_for_a_first_visit_is_rendered_once_then_served_from_the_cache(client, monkeypatch):
    rendus = []

    def render(*args, **kwargs):
        rendus.append(args[1])
        return django_render(*args, **kwargs)

    monkeypatch.setattr(views, "render", render)
    premiere = client.get(reverse("accueil")).content.decode()
    seconde = client.get(reverse("accueil")).content.decode()
    assert rendus == ["pages/accueil.html"]
    nonces = [re.search(r'nonce="([^"]+)"', page).group(1) for page in (premiere, seconde)]
    assert nonces[0] != nonces[1], "un nonce CSP ne doit jamais resservir"
    assert seconde.replace(nonces[1], "") == premiere.replace(nonces[0], "")
    assert "Se connecter" in seconde


def test_home_after_login_and_logout_is_personal_not_the_cached_page(client):
    client.get(reverse("accueil"))  # a first visit fills the cache
    user = UserFactory()
    client.force_login(user)
    connecte = client.get(reverse("accueil")).content.decode()
    assert "Se déconnecter" in connecte and "Se connecter" not in connecte
    client.post(reverse("account_logout"))
    apres = client.get(reverse("accueil")).content.decode()
    assert "Se connecter" in apres
    assert "Vous êtes déconnecté" in apres


def test_unknown_page_is_a_french_404(client):
    response = client.get("/nulle-part/")
    assert response.status_code == 404
    assert "Page non trouvée" in response.content.decode()


def test_mon_espace_needs_login(client):
    response = client.get(reverse("espace"))
    assert response.status_code == 302 and response.url.startswith(reverse("account_login"))


@pytest.mark.parametrize(
    ("traits", "expected"),
    [
        ({}, "Mes entreprises"),
        ({"connecteur": True}, "Mon compte"),
        ({"instructeur": True}, "Mon compte"),
        ({"mission": True}, "Administration"),
    ],
)
def test_mon_espace_adapts_to_role(client, traits, expected):
    client.force_login(UserFactory(**traits))
    response = client.get(reverse("espace"))
    assert response.status_code == 200
    assert expected in response.content.decode()


def test_only_mission_staff_reach_the_admin(client):
    client.force_login(UserFactory(connecteur=True))
    assert client.get("/admin/").status_code == 302
    client.force_login(UserFactory(mission=True))
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/entreprises/entreprise/").status_code == 200


@pytest.mark.parametrize("url", ["aides:liste", "connecteurs:annuaire", "formations:catalogue"])
def test_public_lists_are_served_from_the_cache_to_first_visits_only(
    client, url, django_assert_num_queries
):
    url = reverse(url) + "?page=1"
    client.get(url)
    with django_assert_num_queries(0):
        anonyme = client.get(url)
    assert anonyme.status_code == 200
    client.force_login(UserFactory())
    connecte = client.get(url).content.decode()
    assert "Se déconnecter" in connecte
    assert "Se déconnecter" not in anonyme.content.decode()


def test_a_cached_page_carries_the_csp_nonce_of_each_request(rf):
    from django.contrib.auth.models import AnonymousUser
    from django.http import HttpResponse

    from croissance.pages_anonymes import cache_anonyme

    @cache_anonyme
    def vue(request):
        return HttpResponse(f'<script nonce="{request.csp_nonce}"></script>')

    reponses = []
    for nonce in ("premier", "second"):
        request = rf.get("/essai-nonce/")
        request.user, request.csp_nonce = AnonymousUser(), nonce
        reponses.append(vue(request).content.decode())
    assert reponses == ['<script nonce="premier"></script>', '<script nonce="second"></script>']


def test_home_quotes_the_latest_eurostat_figures_with_their_year_and_source(client):
    from croissance.indicateurs.references import INTENSITE_NUMERIQUE, SITE_WEB, VENTE_EN_LIGNE

    content = client.get(reverse("accueil")).content.decode()
    for chiffre in (SITE_WEB, INTENSITE_NUMERIQUE, VENTE_EN_LIGNE):
        assert f"{chiffre.ue:.0f} %" in content
        assert f"en {chiffre.annee}" in content
        assert chiffre.source.replace("'", "&#x27;") in content
    assert f"{SITE_WEB.france:.0f} % contre {SITE_WEB.ue:.0f} %" in content
    # The report's 2015 figures are only quoted as its starting point, never as today's.
    depart = content.index("Point de départ du rapport « Croissance connectée » de 2017")
    for historique in ("2 PME sur 3", "1 PME sur 8", "en 2015"):
        assert content.index(historique) > depart
