"""The table where security counters (login failures, rate limits) are kept while Redis does
not answer (croissance.cache.REPLI_SECURITE): Django's database cache table."""

from django.core.management.commands.createcachetable import Command as CreateCacheTable
from django.db import migrations

TABLE = "croissance_compteurs_securite"


def creer(apps, schema_editor):
    commande = CreateCacheTable()
    commande.verbosity = 0
    commande.create_table(schema_editor.connection.alias, TABLE, dry_run=False)


def supprimer(apps, schema_editor):
    schema_editor.execute(f"DROP TABLE IF EXISTS {schema_editor.quote_name(TABLE)}")


class Migration(migrations.Migration):
    dependencies = [("croissance", "0002_unaccent")]

    operations = [migrations.RunPython(creer, supprimer)]
