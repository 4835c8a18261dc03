from django.apps import AppConfig


class FormationsConfig(AppConfig):
    name = "formations"
    verbose_name = "Formations et bourse de temps"
