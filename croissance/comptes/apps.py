from django.apps import AppConfig


class ComptesConfig(AppConfig):
    name = "croissance.comptes"
    label = "comptes"
    verbose_name = "Comptes et rôles"

    def ready(self):
        from django.db.models.signals import m2m_changed

        from croissance import espace

        from .models import User
        from .regions import suivre_regions

        m2m_changed.connect(
            suivre_regions, sender=User.regions.through, dispatch_uid="comptes_codes_regions"
        )

        from .enums import Role

        espace.register(
            titre="Mon compte",
            description="Changer mon mot de passe ou mon adresse électronique.",
            url_name="account_change_password",
            roles=Role.values,
            ordre=90,
        )
