from django.apps import AppConfig


class RessourcesConfig(AppConfig):
    name = "croissance.ressources"
    label = "ressources"
    verbose_name = "Ressources, témoignages et prestataires"

    def ready(self):
        from croissance import espace
        from croissance.comptes.enums import Role
        from croissance.orientation import engine, retraits
        from croissance.referentiels.masques import Source, suivre_themes

        from . import orientation
        from .models import Prestataire, Ressource, Temoignage
        from .selectors import prestataires_references, ressources_publiees, temoignages_publies

        engine.register("ressources", "Ressources utiles", orientation.ressources)
        engine.register("temoignages", "Témoignages de PME", orientation.temoignages)
        engine.register("prestataires", "Prestataires référencés", orientation.prestataires)
        retraits.suivre(Ressource, ressources_publiees)
        retraits.suivre(Temoignage, temoignages_publies)
        retraits.suivre(Prestataire, prestataires_references)
        for modele, champ in (
            (Ressource, "ressource"),
            (Temoignage, "temoignage"),
            (Prestataire, "prestataire"),
        ):
            suivre_themes(modele, Source(modele.themes.through, champ))
        espace.register(
            titre="Partager mon expérience",
            description="Racontez ce que votre PME a réussi grâce au numérique.",
            url_name="ressources:temoigner",
            roles=[Role.PME],
            ordre=60,
        )
