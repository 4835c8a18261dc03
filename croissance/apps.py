from django.apps import AppConfig


class CroissanceConfig(AppConfig):
    name = "croissance"
    verbose_name = "Croissance connectée"

    def ready(self):
        from django.db import connections
        from django.db.backends.signals import connection_created

        from .recherche import enregistrer_sur_sqlite

        connection_created.connect(enregistrer_sur_sqlite, dispatch_uid="sans_accents")
        for connection in connections.all(initialized_only=True):
            if connection.connection is not None:
                enregistrer_sur_sqlite(sender=None, connection=connection)
