"""The `unaccent` extension of PostgreSQL, which searches use to forgive accents
(croissance/recherche.py). On SQLite, a Python function of the same purpose is registered
on each connection instead: nothing to do here."""

from django.db import migrations


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")


class Migration(migrations.Migration):
    dependencies = [("croissance", "0001_initial")]

    # Backwards leaves the extension: the leads' full-text configuration needs it too.
    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
