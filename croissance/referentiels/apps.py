from django.apps import AppConfig


class ReferentielsConfig(AppConfig):
    name = "croissance.referentiels"
    label = "referentiels"
    verbose_name = "Référentiels"
