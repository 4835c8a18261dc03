"""The backup procedure of the README works: a dump restores into a fresh database."""

import shutil
import subprocess

import psycopg
import pytest
from django.db import connection

from tests.factories import EntrepriseFactory

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db(transaction=True)]


def _libpq_args(params):
    return [
        "-h",
        params.get("host") or "127.0.0.1",
        "-p",
        str(params.get("port") or 5432),
        "-U",
        params["user"],
    ]


def test_dump_restores_into_a_fresh_database(tmp_path):
    if not shutil.which("pg_dump"):
        pytest.skip("pg_dump introuvable")
    EntrepriseFactory(nom="Savonnerie du Panier", siret="35000000602044")
    params = connection.get_connection_params()
    source = connection.settings_dict["NAME"]
    target = f"{source}_restauration"
    dump = tmp_path / "croissance.dump"
    subprocess.run(
        ["pg_dump", "--format=custom", "--no-owner", *_libpq_args(params), "-f", dump, source],
        check=True,
    )
    subprocess.run(["dropdb", "--if-exists", *_libpq_args(params), target], check=True)
    subprocess.run(["createdb", *_libpq_args(params), target], check=True)
    try:
        subprocess.run(
            ["pg_restore", "--no-owner", *_libpq_args(params), "-d", target, dump], check=True
        )
        with psycopg.connect(
            host=params.get("host") or "127.0.0.1", user=params["user"], dbname=target
        ) as restored:
            row = restored.execute(
                "SELECT nom FROM entreprises_entreprise WHERE siret = %s", ["35000000602044"]
            ).fetchone()
            regions = restored.execute("SELECT count(*) FROM referentiels_region").fetchone()
    finally:
        subprocess.run(["dropdb", "--if-exists", *_libpq_args(params), target], check=True)
    assert row == ("Savonnerie du Panier",)
    assert regions[0] >= 18
