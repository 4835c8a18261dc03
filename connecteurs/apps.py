from django.apps import AppConfig


class ConnecteursConfig(AppConfig):
    name = "connecteurs"
    verbose_name = "Connecteurs du numérique"

    def ready(self):
        from croissance import espace
        from croissance.comptes.enums import Role
        from croissance.orientation import engine, retraits
        from croissance.referentiels.masques import Source, suivre_themes

        from .models import Connecteur, Demande, Prestation
        from .orientation import connecteurs
        from .selectors import connecteurs_recommandables, demandes_en_cours

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
            statut=lambda user: espace.compte(
                demandes_en_cours(user).count(), "demande", "en cours"
            ),
        )
        espace.register_premier_pas(
            cle="connecteur",
            titre="Contacter un connecteur",
            description="Un conseiller près de chez vous, choisi pour votre besoin.",
            url_name="connecteurs:annuaire",
            fait=lambda user: Demande.objects.filter(entreprise__gestionnaires=user).exists(),
            ordre=40,
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
