from django.apps import AppConfig


class ConnecteursConfig(AppConfig):
    name = "connecteurs"
    verbose_name = "Connecteurs du numérique"

    def ready(self):
        from croissance import espace
        from croissance.comptes.enums import Role
        from croissance.orientation import engine, retraits
        from croissance.referentiels.masques import Source, suivre_themes

        from .models import Connecteur, Prestation
        from .orientation import connecteurs
        from .selectors import connecteurs_recommandables

        engine.register("connecteurs", "Connecteurs du numérique", connecteurs)
        retraits.suivre(Connecteur, connecteurs_recommandables)
        suivre_themes(
            Connecteur,
            Source(Connecteur.themes.through, "connecteur"),
            Source(Prestation, "connecteur"),
        )

        espace.register(
            titre="Ma structure de connecteur",
            description="Profil, charte, label, prestations, événements et demandes reçues.",
            url_name="connecteurs:espace",
            roles=[Role.CONNECTEUR],
            ordre=20,
        )
        espace.register(
            titre="Mes demandes aux connecteurs",
            description="Suivre mes mises en relation et donner mon avis sur les connecteurs.",
            url_name="connecteurs:mes_demandes",
            roles=[Role.PME],
            ordre=30,
        )
        espace.register(
            titre="Trouver un connecteur",
            description="L'annuaire des connecteurs du numérique près de chez moi.",
            url_name="connecteurs:annuaire",
            roles=[Role.PME],
            ordre=31,
        )
        espace.register(
            titre="Candidatures au label",
            description="Désigner les évaluateurs, évaluer sur la grille, décider.",
            url_name="connecteurs:candidatures",
            roles=[Role.MISSION, Role.INSTRUCTEUR],
            ordre=40,
        )
