from django.apps import AppConfig


class ReferentielsConfig(AppConfig):
    name = "croissance.referentiels"
    label = "referentiels"
    verbose_name = "Référentiels"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from . import masques, selectors
        from .models import Theme

        post_save.connect(selectors.oublier_themes, sender=Theme, dispatch_uid="themes")
        post_delete.connect(masques.theme_supprime, sender=Theme, dispatch_uid="themes")
