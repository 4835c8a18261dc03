from decimal import Decimal

from croissance import demo

from . import services
from .models import ReferenceUE


@demo.register
def charger(comptes, stdout):
    ReferenceUE.objects.update_or_create(
        source="Eurostat, enquête TIC entreprises (isoc_e_esell)",
        annee=2023,
        defaults={
            "libelle": "PME de l'UE réalisant des ventes en ligne (moyenne UE-27)",
            "valeur": Decimal("19.0"),
        },
    )
    services.prendre_instantane(region=None)
    stdout.write("Indicateurs : référence européenne et instantané national.")
