from django.apps import AppConfig


class DiagnosticConfig(AppConfig):
    name = "diagnostic"
    verbose_name = "Autodiagnostic de maturité numérique"

    def ready(self):
        from croissance import espace
        from croissance.comptes.enums import Role

        espace.register(
            titre="Faire un diagnostic",
            description="Mesurez la maturité numérique de votre entreprise en dix minutes.",
            url_name="diagnostic:accueil",
            roles=[Role.PME],
            ordre=10,
        )
        espace.register(
            titre="Mes diagnostics",
            description="Vos résultats, vos rapports PDF et la progression de chaque axe.",
            url_name="diagnostic:mes_diagnostics",
            roles=[Role.PME],
            ordre=11,
        )

        from croissance.orientation.profil import register_source

        from .orientation import profil_diagnostic, profil_export

        register_source(profil_diagnostic)
        register_source(profil_export)
