"""The sectors SMEs recognise, each tied to its NAF divisions."""

from django.db import migrations

SECTEURS = [
    ("agroalimentaire", "Agroalimentaire et boissons", ["10", "11"]),
    ("mode", "Mode, textile et accessoires", ["13", "14", "15"]),
    ("cosmetique", "Beauté et cosmétique", ["20"]),
    ("maison", "Maison, ameublement et décoration", ["16", "23", "31"]),
    ("industrie", "Équipements et sous-traitance industrielle", ["25", "27", "28"]),
    ("sante", "Santé et bien-être", ["21", "32"]),
    ("culture", "Livres, culture et loisirs", ["18", "58", "59"]),
    ("numerique", "Logiciels et services numériques", ["62", "63"]),
    ("artisanat", "Artisanat d'art et cadeaux", ["32"]),
    ("distribution", "Commerce et distribution", ["46", "47"]),
]


def forward(apps, schema_editor):
    Secteur = apps.get_model("einter", "Secteur")
    Naf = apps.get_model("referentiels", "Naf")
    for ordre, (slug, nom, divisions) in enumerate(SECTEURS):
        secteur, _ = Secteur.objects.update_or_create(
            slug=slug, defaults={"nom": nom, "ordre": ordre}
        )
        secteur.divisions_naf.set(Naf.objects.filter(code__in=divisions, niveau="division"))


class Migration(migrations.Migration):
    dependencies = [("einter", "0002_recherche_plein_texte"), ("referentiels", "0002_load_referentiels")]

    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
