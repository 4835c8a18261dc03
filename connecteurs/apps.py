from django.apps import AppConfig


class ConnecteursConfig(AppConfig):
    name = "connecteurs"
    verbose_name = "Connecteurs du numérique"
