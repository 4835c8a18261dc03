from django.apps import AppConfig


class IndicateursConfig(AppConfig):
    name = "croissance.indicateurs"
    label = "indicateurs"
    verbose_name = "Indicateurs du programme"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from django.utils.module_loading import autodiscover_modules

        from croissance import espace, fragments
        from croissance.comptes.enums import Role

        from .models import Instantane
        from .selectors import VERSION_INSTANTANES

        def instantanes_modifies(**kwargs):
            fragments.nouvelle_version(VERSION_INSTANTANES)

        # A snapshot written (nightly task, "Recalculer", admin) or deleted shows at once.
        post_save.connect(instantanes_modifies, sender=Instantane, weak=False)
        post_delete.connect(instantanes_modifies, sender=Instantane, weak=False)

        # Each app contributes its sections in its own `indicateurs.py`.
        autodiscover_modules("indicateurs")
        espace.register(
            titre="Tableau de bord des indicateurs",
            description="Diagnostics, maturité, commerce connecté, aides, label et export.",
            url_name="indicateurs:tableau_de_bord",
            roles=[Role.MISSION, Role.INSTRUCTEUR],
            ordre=90,
        )
