from django.apps import AppConfig


class EntreprisesConfig(AppConfig):
    name = "croissance.entreprises"
    label = "entreprises"
    verbose_name = "Entreprises"

    def ready(self):
        from croissance import espace
        from croissance.comptes.enums import Role

        from .selectors import file_mission, nombre_revendications_pour

        espace.register(
            titre="Mes entreprises",
            description="Enregistrer mon entreprise par son SIRET, inviter un associé.",
            url_name="entreprises:liste",
            roles=[Role.PME],
            ordre=10,
            statut=lambda user: espace.compte(
                nombre_revendications_pour(user), "demande", "pour gérer une entreprise"
            ),
        )
        espace.register(
            titre="Demandes pour gérer une entreprise",
            description="Décider des demandes que les gestionnaires n'ont pas traitées ou "
            "dont le refus est contesté.",
            url_name="entreprises:file_mission",
            roles=[Role.MISSION],
            ordre=60,
            statut=lambda user: espace.compte(file_mission().count(), "demande", "à décider"),
        )
        espace.register_premier_pas(
            cle="entreprise",
            titre="Enregistrer mon entreprise",
            description="Par son SIRET : le portail retrouve son activité et sa région.",
            url_name="entreprises:creer",
            fait=lambda user: user.entreprises.exists(),
            ordre=10,
        )
