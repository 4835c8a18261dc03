"""The (secteur, statut, -publie_le) index also carries pays and date_limite on PostgreSQL, so
that the demand of a sector per country (orientation engine) is counted from the index alone.
SQLite keeps a plain index: it has no covering indexes."""

from django.db import migrations

FORWARD = """
CREATE INDEX IF NOT EXISTS lead_secteur_demande
    ON einter_lead (secteur_id, statut, publie_le DESC) INCLUDE (pays, date_limite);
"""

BACKWARD = "DROP INDEX IF EXISTS lead_secteur_demande;"


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD)
    else:
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS lead_secteur_demande "
            "ON einter_lead (secteur_id, statut, publie_le DESC)"
        )


def backward(apps, schema_editor):
    schema_editor.execute(BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("einter", "0005_vecteur_par_declencheur")]

    operations = [
        migrations.RemoveIndex(model_name="lead", name="lead_secteur_statut"),
        migrations.RunPython(forward, backward),
    ]
