from django.apps import AppConfig


class CroissanceConfig(AppConfig):
    name = "croissance"
    verbose_name = "Croissance connectée"
