from django.apps import AppConfig


class DiagnosticConfig(AppConfig):
    name = "diagnostic"
    verbose_name = "Autodiagnostic de maturité numérique"
