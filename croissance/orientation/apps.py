from django.apps import AppConfig


class OrientationConfig(AppConfig):
    name = "croissance.orientation"
    label = "orientation"
    verbose_name = "Orientation des PME"
