"""The API and its schema say the same thing: codes of the referentials listed and checked,
errors documented and answered in JSON, in French. (Schemathesis checks every operation in
tests/securite/test_fuzz_api.py; these are the cases a client meets first.)"""

import re

import pytest
import yaml
from django.urls import reverse

from tests.aides.factories import AideFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def schema(client):
    return yaml.safe_load(client.get(reverse("api-schema")).content)


def _parametre(schema, path, nom):
    (parametre,) = [p for p in schema["paths"][path]["get"]["parameters"] if p["name"] == nom]
    return parametre


def test_referential_filters_list_their_codes(schema):
    region = _parametre(schema, "/api/aides/", "region")
    assert {"53", "76", "11"} <= set(region["schema"]["enum"])
    assert region["allowEmptyValue"] is True
    departements = _parametre(schema, "/api/connecteurs/", "departement")["schema"]["enum"]
    assert {"29", "2A", "971"} <= set(departements)
    assert "cybersecurite" in _parametre(schema, "/api/ressources/", "theme")["schema"]["enum"]
    assert _parametre(schema, "/api/connecteurs/", "secteur")["schema"]["enum"][:3] == [
        "A",
        "B",
        "C",
    ]
    naf = schema["components"]["schemas"]["NafEnum"]["enum"]
    assert {"25.62B", "47.61Z"} <= set(naf)


def test_bounds_are_the_ones_enforced(schema):
    assert _parametre(schema, "/api/aides/", "page")["schema"]["minimum"] == 1
    assert _parametre(schema, "/api/aides/", "q")["schema"]["maxLength"] == 200
    # a price bound is an amount written as text, from 0 € (free trainings)
    prix = _parametre(schema, "/api/formations/", "prix_min")["schema"]
    assert prix["type"] == "string"
    assert [
        v
        for v in ("0", "1250.50", "-1", "1e5", "2.4e+16", "12.345")
        if re.search(prix["pattern"], v)
    ] == ["0", "1250.50"]
    demande = schema["components"]["schemas"]["SimulationDemande"]["properties"]
    assert demande["effectif"]["minimum"] == 0
    assert demande["types_depense"]["minItems"] == 1
    montant = demande["montant_ht"]["anyOf"]
    assert {"type": "integer", "minimum": 1, "maximum": 9_999_999_999} in montant
    # the amounts by type of expense, or a total with its types: one of the two is required
    simulation = schema["components"]["schemas"]["SimulationDemande"]
    assert simulation["anyOf"] == [
        {"required": ["depenses"]},
        {"required": ["montant_ht", "types_depense"]},
    ]
    assert demande["depenses"]["minProperties"] == 1
    assert schema["paths"]["/api/aides/simulation/"]["post"]["requestBody"]["required"] is True


def test_errors_are_documented(schema):
    liste = schema["paths"]["/api/aides/"]["get"]["responses"]
    assert {"200", "400", "404", "429"} <= set(liste)
    detail = schema["paths"]["/api/aides/{id}/"]["get"]["responses"]
    assert {"200", "404", "429"} <= set(detail)
    simulation = schema["paths"]["/api/aides/simulation/"]["post"]["responses"]
    assert {"200", "400", "404", "415", "429"} <= set(simulation)


def test_a_filter_outside_its_codes_is_a_400_in_french(client):
    response = client.get("/api/connecteurs/", {"departement": "999"})
    assert response.status_code == 400
    assert "departement" in response.json()
    assert "Sélectionnez un choix valide" in response.json()["departement"][0]


def test_a_yes_no_filter_takes_true_or_false_only(client):
    AideFactory(titre="Aide ouverte")
    assert client.get("/api/aides/", {"ouverte": "true"}).json()["count"] == 1
    assert client.get("/api/aides/", {"ouverte": "false"}).json()["count"] == 1
    response = client.get("/api/aides/", {"ouverte": "oui"})
    assert response.status_code == 400
    assert response.json() == {"ouverte": ["Valeur attendue : true ou false."]}


def test_an_empty_filter_is_ignored_and_a_repeated_one_refused(client):
    AideFactory(titre="Aide bretonne")
    AideFactory(titre="Aide occitane", regions=["76"])
    assert client.get("/api/aides/?region=&page=").json()["count"] == 2
    response = client.get("/api/aides/?region=53&region=76")
    assert response.status_code == 400
    assert response.json() == {"region": ["Donnez ce paramètre une seule fois."]}


@pytest.mark.parametrize(
    "url",
    ["/api/aides/?page=0", "/api/aides/?page=2", "/api/aides/abc/", "/api/aides/987654/"]
    + ["/api/aides/1.5/", "/api/inconnu/"],
)
def test_what_does_not_exist_is_a_404_in_json(client, url):
    AideFactory()
    response = client.get(url)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json()["detail"]
