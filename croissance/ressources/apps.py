from django.apps import AppConfig


class RessourcesConfig(AppConfig):
    name = "croissance.ressources"
    label = "ressources"
    verbose_name = "Ressources, témoignages et prestataires"

    def ready(self):
        from croissance import espace
        from croissance.comptes.enums import Role
        from croissance.orientation import engine

        from . import orientation

        engine.register("ressources", "Ressources utiles", orientation.ressources)
        engine.register("temoignages", "Témoignages de PME", orientation.temoignages)
        engine.register("prestataires", "Prestataires référencés", orientation.prestataires)
        espace.register(
            titre="Partager mon expérience",
            description="Racontez ce que votre PME a réussi grâce au numérique.",
            url_name="ressources:temoigner",
            roles=[Role.PME],
            ordre=60,
        )
