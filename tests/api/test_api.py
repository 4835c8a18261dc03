import pytest
import yaml
from django.urls import reverse

from tests.ressources.factories import PrestataireFactory, RessourceFactory, TemoignageFactory

pytestmark = pytest.mark.django_db


def test_schema_is_openapi_3_and_lists_the_endpoints(client):
    response = client.get(reverse("api-schema"))
    assert response.status_code == 200
    schema = yaml.safe_load(response.content)
    assert schema["openapi"].startswith("3.")
    for path in ("/api/ressources/", "/api/temoignages/", "/api/prestataires/"):
        assert path in schema["paths"]


def test_interactive_docs_use_bundled_assets(client):
    content = client.get(reverse("api-docs")).content.decode()
    assert "redoc" in content
    assert "cdn." not in content and "unpkg" not in content


@pytest.mark.parametrize("count", [2, 60])
def test_resources_are_paginated_filtered_and_query_bounded(
    client, count, django_assert_max_num_queries
):
    RessourceFactory.create_batch(count, themes=["vente-en-ligne"])
    RessourceFactory(titre="Cybersécurité pour tous", themes=["cybersecurite"])
    with django_assert_max_num_queries(4):
        data = client.get("/api/ressources/").json()
    assert data["count"] == count + 1
    assert len(data["results"]) == min(50, count + 1)
    filtered = client.get("/api/ressources/", {"theme": "cybersecurite"}).json()
    assert [r["titre"] for r in filtered["results"]] == ["Cybersécurité pour tous"]


def test_no_private_data_leaks(client, pme_alice, entreprise_alice):
    TemoignageFactory(entreprise=entreprise_alice, auteur=pme_alice)
    PrestataireFactory()
    body = (
        client.get("/api/temoignages/").content.decode()
        + client.get("/api/prestataires/").content.decode()
    )
    assert "alice@pme.test" not in body
    assert entreprise_alice.siret not in body


def test_unpublished_content_is_not_exposed(client):
    RessourceFactory(publie=False)
    TemoignageFactory(etat="soumis")
    assert client.get("/api/ressources/").json()["count"] == 0
    assert client.get("/api/temoignages/").json()["count"] == 0


@pytest.mark.parametrize(
    "adresse_declaree",
    # Without a proxy of ours in front, X-Forwarded-For is the client's own words: a new
    # value on each request must not make it a new client.
    [lambda n: {}, lambda n: {"HTTP_X_FORWARDED_FOR": f"203.0.113.{n}"}],
    ids=["sans en-tete", "X-Forwarded-For forgé"],
)
def test_api_is_throttled_per_client(client, settings, adresse_declaree):
    from django.core.cache import cache
    from rest_framework.throttling import AnonRateThrottle

    cache.clear()
    AnonRateThrottle.THROTTLE_RATES = {"anon": "3/minute"}
    try:
        statuses = [
            client.get("/api/ressources/", **adresse_declaree(n)).status_code for n in range(4)
        ]
    finally:
        AnonRateThrottle.THROTTLE_RATES = settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]
        cache.clear()
    assert statuses == [200, 200, 200, 429]
