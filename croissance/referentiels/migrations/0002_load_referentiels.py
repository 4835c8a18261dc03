from django.db import migrations

from croissance.referentiels.loaders import load_referentiels


def load(apps, schema_editor):
    load_referentiels(apps)


class Migration(migrations.Migration):
    dependencies = [("referentiels", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
