"""The SIRENE registry takes millions of rows per import (importer_sirene) and is read by exact
SIRET. On PostgreSQL, Django adds a `varchar_pattern_ops` index beside the primary key and the
SIREN index, for `LIKE 'prefix%'`: no query uses them (the admin search is a case-insensitive
`LIKE '%…%'`), and they were a quarter of the import's cost in PostgreSQL."""

from django.db import migrations

TABLE = "entreprises_etablissementsirene"
PATTERN_INDEXES = {
    f"{TABLE}_siret_3816e9c0_like": "siret",
    f"{TABLE}_siren_81485be4_like": "siren",
}


def drop_pattern_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name in PATTERN_INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


def create_pattern_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name, column in PATTERN_INDEXES.items():
            schema_editor.execute(
                f"CREATE INDEX IF NOT EXISTS {name} ON {TABLE} ({column} varchar_pattern_ops)"
            )


class Migration(migrations.Migration):
    dependencies = [("entreprises", "0001_initial")]

    operations = [migrations.RunPython(drop_pattern_indexes, create_pattern_indexes)]
