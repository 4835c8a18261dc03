from django.apps import AppConfig


class OrientationConfig(AppConfig):
    name = "croissance.orientation"
    label = "orientation"
    verbose_name = "Orientation des PME"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from . import engine
        from .models import ReglageOrientation

        def reglages_modifies(**kwargs):
            engine.reglages_enregistres()

        # Weights saved (preview page, list or form in the admin, or any other path): the
        # settings and every list computed with the old ones are read again.
        post_save.connect(reglages_modifies, sender=ReglageOrientation, weak=False)
        post_delete.connect(reglages_modifies, sender=ReglageOrientation, weak=False)
