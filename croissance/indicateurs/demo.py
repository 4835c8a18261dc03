from decimal import Decimal

from croissance import demo

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
    # No snapshot here: the other apps' demo data is loaded after this app's. Until the
    # nightly task (or "Recalculer") runs, the pages compute the figures on the fly.
    stdout.write("Indicateurs : référence européenne (Eurostat 2023).")
