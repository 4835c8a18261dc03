"""The full-text GIN index also holds the filters (country, status, sector), through the
`btree_gin` extension (PostgreSQL contrib): a search with keywords and filters is answered
by one index scan instead of reading every match of the keywords. Nothing on SQLite."""

from django.db import migrations

FORWARD = """
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE INDEX IF NOT EXISTS lead_recherche_gin
    ON einter_lead USING gin (search_vector, pays, statut, secteur_id);
DROP INDEX IF EXISTS lead_search_vector_gin;
"""

BACKWARD = """
CREATE INDEX IF NOT EXISTS lead_search_vector_gin ON einter_lead USING gin (search_vector);
DROP INDEX IF EXISTS lead_recherche_gin;
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("einter", "0005_vecteur_par_declencheur")]

    operations = [migrations.RunPython(forward, backward)]
