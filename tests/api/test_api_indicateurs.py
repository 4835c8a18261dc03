import pytest
from django.core.management import call_command
from drf_spectacular.drainage import GENERATOR_STATS

from croissance.indicateurs import services
from tests.indicateurs import donnees

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("taille", [1, 10])
def test_indicators_are_the_open_data_figures(client, taille, django_assert_max_num_queries):
    donnees.jeu(taille)
    services.prendre_instantane()
    with django_assert_max_num_queries(3):
        data = client.get("/api/indicateurs/").json()
    sections = {s["slug"]: s for s in data["sections"]}
    objectif = sections["commerce-connecte"]["tableaux"][0]
    assert objectif["lignes"][0][1:] == [2 * taille, taille, 50.0]
    assert "calcule_le" in data
    csv = client.get("/indicateurs/donnees-ouvertes/commerce-connecte/objectif.csv")
    assert f";{2 * taille};{taille};50.0" in csv.content.decode("utf-8-sig")


def test_indicators_without_snapshot_are_computed(client):
    assert client.get("/api/indicateurs/").status_code == 200


def test_schema_lists_the_new_endpoints(client):
    import yaml

    paths = yaml.safe_load(client.get("/api/schema/").content)["paths"]
    for path in (
        "/api/aides/",
        "/api/aides/{id}/",
        "/api/aides/simulation/",
        "/api/marches/",
        "/api/leads/",
        "/api/indicateurs/",
    ):
        assert path in paths


def test_schema_validates_without_warnings(tmp_path):
    # in-process, on the test database: the schema lists the referentials' codes
    GENERATOR_STATS.reset()
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(tmp_path / "s.yml"))
    assert "RegionEnum" in (tmp_path / "s.yml").read_text()


@pytest.mark.parametrize("taille", [1, 12])
def test_labelled_smes_and_counter(client, taille, django_assert_max_num_queries):
    for _ in range(taille):
        donnees.label_accorde()
    with django_assert_max_num_queries(3):
        data = client.get("/api/pme-labellisees/").json()
    assert data["count"] == taille
    assert set(data["results"][0]) == {"id", "entreprise", "region", "naf", "accorde_le"}
    compteur = client.get("/api/pme-labellisees/compteur/").json()
    assert compteur["accordes"] == taille and compteur["objectif"] >= 500
