from django.apps import AppConfig


class AidesConfig(AppConfig):
    name = "aides"
    verbose_name = "Aides financières"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from croissance import espace
        from croissance.comptes.enums import Role
        from croissance.entreprises.models import Entreprise
        from croissance.orientation import engine, retraits

        from .models import Aide, Dossier
        from .orientation import aides
        from .selectors import aides_recommandables, statut_des_dossiers
        from .services import dossiers_modifies

        # Every path that writes these rows (services, admin, RGPD erasure) changes the work
        # queue: a receiver sees them all, where a call in each service would miss one.
        for modele in (Dossier, Aide, Entreprise):
            post_save.connect(dossiers_modifies, sender=modele, dispatch_uid=f"file-{modele}")
            post_delete.connect(dossiers_modifies, sender=modele, dispatch_uid=f"file-{modele}")

        engine.register("aides", "Aides financières", aides)
        retraits.suivre(Aide, aides_recommandables)

        espace.register(
            titre="Mes demandes d'aide",
            description="Simuler les aides, déposer un dossier et suivre son instruction.",
            url_name="aides:mes_dossiers",
            roles=[Role.PME],
            ordre=30,
            statut=statut_des_dossiers,
        )
        espace.register_premier_pas(
            cle="aides",
            titre="Simuler mes aides",
            description="Les aides de votre région pour votre projet, et leur montant.",
            url_name="aides:simulateur",
            fait=lambda user: (
                espace.premier_pas_marque(user, "aides")
                or Dossier.objects.filter(entreprise__gestionnaires=user).exists()
            ),
            ordre=50,
        )
        espace.register(
            titre="Dossiers d'aide accompagnés",
            description="Les demandes d'aide que votre structure accompagne ; pré-validation.",
            url_name="aides:accompagnement",
            roles=[Role.CONNECTEUR],
            ordre=30,
        )
        espace.register(
            titre="Demandes d'avis sur des dossiers d'aide",
            description="Les avis confidentiels que les instructeurs vous demandent.",
            url_name="aides:avis_liste",
            roles=[Role.CONNECTEUR, Role.INSTRUCTEUR],
            ordre=40,
        )
        espace.register(
            titre="Aides de mes régions",
            description="Créer et tenir à jour les aides et leurs règles d'éligibilité.",
            url_name="aides:regles",
            roles=[Role.INSTRUCTEUR],
            ordre=20,
        )
        espace.register(
            titre="Dossiers d'aide à instruire",
            description="La file des dossiers de vos régions, décisions et enveloppes.",
            url_name="aides:instruction",
            roles=[Role.INSTRUCTEUR, Role.MISSION],
            ordre=10,
        )
        espace.register(
            titre="Contrôles a posteriori",
            description="Les dossiers accordés tirés au sort, à contrôler par un second "
            "instructeur.",
            url_name="aides:controles",
            roles=[Role.INSTRUCTEUR, Role.MISSION],
            ordre=15,
        )
