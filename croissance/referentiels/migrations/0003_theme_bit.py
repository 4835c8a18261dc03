from django.db import migrations, models


def attribuer_bits(apps, schema_editor):
    Theme = apps.get_model("referentiels", "Theme")
    themes = list(Theme.objects.order_by("ordre", "slug"))
    for rang, theme in enumerate(themes):
        theme.bit = 1 << rang
    Theme.objects.bulk_update(themes, ["bit"])


class Migration(migrations.Migration):
    dependencies = [("referentiels", "0002_load_referentiels")]

    operations = [
        migrations.AddField(
            model_name="theme",
            name="bit",
            field=models.BigIntegerField(null=True, editable=False, verbose_name="bit"),
        ),
        migrations.RunPython(attribuer_bits, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="theme",
            name="bit",
            field=models.BigIntegerField(editable=False, unique=True, verbose_name="bit"),
        ),
    ]
