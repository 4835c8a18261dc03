"""Full-text search of leads on PostgreSQL: accent-insensitive French and English
configurations and the GIN index of `Lead.search_vector`. Nothing to do on SQLite, where
the search falls back to `icontains`."""

from django.db import migrations

FORWARD = """
CREATE EXTENSION IF NOT EXISTS unaccent;
DROP TEXT SEARCH CONFIGURATION IF EXISTS einter_fr;
CREATE TEXT SEARCH CONFIGURATION einter_fr (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION einter_fr
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
DROP TEXT SEARCH CONFIGURATION IF EXISTS einter_en;
CREATE TEXT SEARCH CONFIGURATION einter_en (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION einter_en
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
CREATE INDEX IF NOT EXISTS lead_search_vector_gin ON einter_lead USING gin (search_vector);
"""

BACKWARD = """
DROP INDEX IF EXISTS lead_search_vector_gin;
DROP TEXT SEARCH CONFIGURATION IF EXISTS einter_fr;
DROP TEXT SEARCH CONFIGURATION IF EXISTS einter_en;
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("einter", "0001_initial")]

    operations = [migrations.RunPython(forward, backward)]
