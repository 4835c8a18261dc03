from django.apps import AppConfig


class DiagnosticConfig(AppConfig):
    name = "diagnostic"
    verbose_name = "Autodiagnostic de maturité numérique"

    def ready(self):
        from croissance import espace
        from croissance.comptes.enums import Role

        from .selectors import diagnostics_en_cours, diagnostics_termines

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
            statut=lambda user: espace.compte(
                diagnostics_en_cours(user).count(), "diagnostic", "en cours"
            ),
        )
        espace.register_premier_pas(
            cle="diagnostic",
            titre="Faire l'autodiagnostic",
            description="Dix minutes pour situer votre entreprise, axe par axe.",
            url_name="diagnostic:accueil",
            fait=lambda user: diagnostics_termines(user).exists(),
            ordre=20,
        )
        espace.register_premier_pas(
            cle="recommandations",
            titre="Lire mes recommandations",
            description="Connecteurs, aides, formations choisis d'après votre diagnostic.",
            url_name="espace",
            ancre="recommandations",
            fait=lambda user: (
                diagnostics_termines(user).filter(entreprise__gestionnaires=user).exists()
            ),
            ordre=30,
        )

        from croissance.orientation.profil import register_source

        from .orientation import profil_diagnostic, profil_export

        register_source(profil_diagnostic)
        register_source(profil_export)
