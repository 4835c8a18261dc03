from django.apps import AppConfig


class RgpdConfig(AppConfig):
    name = "croissance.rgpd"
    label = "rgpd"
    verbose_name = "Données personnelles"

    def ready(self):
        from croissance import espace
        from croissance.comptes.enums import Role

        roles = [choice.value for choice in Role]
        espace.register(
            titre="Télécharger mes données",
            description="Toutes les données personnelles que le portail détient sur vous, "
            "dans un fichier JSON.",
            url_name="rgpd:exporter",
            roles=roles,
            ordre=95,
        )
        espace.register(
            titre="Supprimer mon compte",
            description="Effacer votre compte et vos données personnelles.",
            url_name="rgpd:supprimer",
            roles=roles,
            ordre=96,
            danger=True,
        )
