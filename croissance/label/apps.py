from django.apps import AppConfig


class LabelConfig(AppConfig):
    name = "croissance.label"
    label = "label"
    verbose_name = "Label PME #CroissanceConnectée"

    def ready(self):
        from croissance import espace
        from croissance.comptes.enums import Role

        espace.register(
            titre="Label #CroissanceConnectée",
            description="Signer la charte des PME et demander le label pour mon entreprise.",
            url_name="label:mes_entreprises",
            roles=[Role.PME],
            ordre=70,
        )
