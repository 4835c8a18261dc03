"""PostgreSQL keeps `Lead.search_vector` up to date itself, whatever writes the lead (import,
admin, a bulk update): a trigger computes it before each insert or change of the searched
columns, with the same weights as `selectors.VECTEUR_LEAD`. Nothing to do on SQLite."""

from django.db import migrations

FORWARD = """
CREATE OR REPLACE FUNCTION einter_lead_search_vector() RETURNS trigger AS $$
BEGIN
    NEW.search_vector :=
        setweight(to_tsvector('einter_fr', coalesce(NEW.titre, '')), 'A')
        || setweight(to_tsvector('einter_en', coalesce(NEW.titre, '')), 'A')
        || setweight(to_tsvector('einter_fr', coalesce(NEW.categorie_produit, '') || ' '
                                 || coalesce(NEW.description, '')), 'B')
        || setweight(to_tsvector('einter_en', coalesce(NEW.categorie_produit, '') || ' '
                                 || coalesce(NEW.description, '')), 'B');
    RETURN NEW;
END
$$ LANGUAGE plpgsql;
DROP TRIGGER IF EXISTS einter_lead_search_vector ON einter_lead;
CREATE TRIGGER einter_lead_search_vector
    BEFORE INSERT OR UPDATE OF titre, description, categorie_produit ON einter_lead
    FOR EACH ROW EXECUTE FUNCTION einter_lead_search_vector();
UPDATE einter_lead SET titre = titre WHERE search_vector IS NULL;
"""

BACKWARD = """
DROP TRIGGER IF EXISTS einter_lead_search_vector ON einter_lead;
DROP FUNCTION IF EXISTS einter_lead_search_vector();
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("einter", "0004_index_date_publication")]

    operations = [migrations.RunPython(forward, backward)]
