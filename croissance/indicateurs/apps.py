from django.apps import AppConfig


class IndicateursConfig(AppConfig):
    name = "croissance.indicateurs"
    label = "indicateurs"
    verbose_name = "Indicateurs du programme"

    def ready(self):
        from django.utils.module_loading import autodiscover_modules

        from croissance import espace
        from croissance.comptes.enums import Role

        # Each app contributes its sections in its own `indicateurs.py`.
        autodiscover_modules("indicateurs")
        espace.register(
            titre="Tableau de bord des indicateurs",
            description="Diagnostics, maturité, commerce connecté, aides, label et export.",
            url_name="indicateurs:tableau_de_bord",
            roles=[Role.MISSION, Role.INSTRUCTEUR],
            ordre=90,
        )
