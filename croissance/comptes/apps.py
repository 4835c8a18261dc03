from django.apps import AppConfig


class ComptesConfig(AppConfig):
    name = "croissance.comptes"
    label = "comptes"
    verbose_name = "Comptes et rôles"

    def ready(self):
        from croissance import espace

        from .enums import Role

        espace.register(
            titre="Mon compte",
            description="Changer mon mot de passe ou mon adresse électronique.",
            url_name="account_change_password",
            roles=Role.values,
            ordre=90,
        )
