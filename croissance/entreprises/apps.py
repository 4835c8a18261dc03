from django.apps import AppConfig


class EntreprisesConfig(AppConfig):
    name = "croissance.entreprises"
    label = "entreprises"
    verbose_name = "Entreprises"
