from django.apps import AppConfig


class FormationsConfig(AppConfig):
    name = "formations"
    verbose_name = "Formations et bourse de temps"

    def ready(self):
        from croissance import espace
        from croissance.comptes.enums import Role
        from croissance.orientation import engine, retraits
        from croissance.referentiels.masques import Source, suivre_themes

        from . import sessions
        from .models import Formation, SessionFormation
        from .orientation import formations, formations_recommandables, sessions_a_venir
        from .perms import est_gestionnaire

        engine.register("formations", "Formations", formations)
        retraits.suivre(Formation, formations_recommandables)
        retraits.suivre(SessionFormation, sessions_a_venir)
        suivre_themes(Formation, Source(Formation.themes.through, "formation"))
        sessions.suivre_sessions()

        espace.register(
            titre="Catalogue des formations",
            description=(
                "Formations au numérique pour dirigeants et salariés, notées par les participants."
            ),
            url_name="formations:catalogue",
            roles=[Role.PME, Role.CONNECTEUR, Role.INSTRUCTEUR, Role.MISSION],
            ordre=60,
        )
        espace.register(
            titre="Mes inscriptions aux formations",
            description=(
                "Suivre, annuler ou noter les formations demandées pour vous et vos salariés."
            ),
            url_name="formations:mes_inscriptions",
            roles=[Role.PME],
            ordre=61,
        )
        espace.register(
            titre="Bourse de temps",
            description="Échanger des heures de compétences numériques avec d'autres PME.",
            url_name="formations:bourse",
            roles=[Role.PME],
            ordre=62,
        )
        espace.register(
            titre="Gestion des formations",
            description="Vos formations, sessions, inscriptions et avis (organismes de formation).",
            url_name="formations:gestion",
            roles=[Role.CONNECTEUR, Role.MISSION],
            ordre=63,
            pour=est_gestionnaire,
        )
        espace.register(
            titre="Appels à manifestation d'intérêt",
            description="Proposer une formation à la mission, suivre l'examen des propositions.",
            url_name="formations:appels",
            roles=[Role.CONNECTEUR, Role.MISSION],
            ordre=64,
        )
