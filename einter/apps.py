from django.apps import AppConfig


class EinterConfig(AppConfig):
    name = "einter"
    verbose_name = "E-internationalisation"
