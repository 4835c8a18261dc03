from django.apps import AppConfig


class EntreprisesConfig(AppConfig):
    name = "croissance.entreprises"
    label = "entreprises"
    verbose_name = "Entreprises"

    def ready(self):
        from croissance import espace
        from croissance.comptes.enums import Role

        espace.register(
            titre="Mes entreprises",
            description="Enregistrer mon entreprise par son SIRET, inviter un associé.",
            url_name="entreprises:liste",
            roles=[Role.PME],
            ordre=10,
        )
        espace.register_premier_pas(
            cle="entreprise",
            titre="Enregistrer mon entreprise",
            description="Par son SIRET : le portail retrouve son activité et sa région.",
            url_name="entreprises:creer",
            fait=lambda user: user.entreprises.exists(),
            ordre=10,
        )
