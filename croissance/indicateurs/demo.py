from croissance import demo

from .models import ReferenceUE
from .references import VENTE_EN_LIGNE

# The reference an earlier version of the demo loaded, replaced by VENTE_EN_LIGNE.
ANCIENNE_SOURCE = "Eurostat, enquête TIC entreprises (isoc_e_esell)"


@demo.register
def charger(comptes, stdout):
    ReferenceUE.objects.filter(source=ANCIENNE_SOURCE).delete()
    ReferenceUE.objects.update_or_create(
        source=VENTE_EN_LIGNE.source,
        annee=VENTE_EN_LIGNE.annee,
        defaults={
            "libelle": f"{VENTE_EN_LIGNE.libelle} (moyenne UE-27)",
            "valeur": VENTE_EN_LIGNE.ue,
        },
    )
    # No snapshot here: the other apps' demo data is loaded after this app's. Until the
    # nightly task (or "Recalculer") runs, the pages compute the figures on the fly.
    stdout.write(f"Indicateurs : référence européenne (Eurostat {VENTE_EN_LIGNE.annee}).")
