from django.apps import AppConfig


class EinterConfig(AppConfig):
    name = "einter"
    verbose_name = "E-internationalisation"

    def ready(self):
        from croissance import espace
        from croissance.comptes.enums import Role
        from croissance.orientation import engine, retraits

        from . import orientation, selectors
        from .models import Marche, PlaceDeMarche, Temoignage

        engine.register("marches", "Marchés à l'export", orientation.marches)
        engine.register("places", "Places de marché dans les pays visés", orientation.places)
        # "temoignages" is the ressources app's (stories of digital projects in general).
        engine.register(
            "temoignages_export", "Ils ont réussi dans ces pays", orientation.temoignages
        )
        engine.register("leads", "Opportunités d'affaires", orientation.leads)
        retraits.suivre(Marche, selectors.marches_publies)
        retraits.suivre(PlaceDeMarche, lambda: PlaceDeMarche.objects.filter(publie=True))
        retraits.suivre(Temoignage, lambda: Temoignage.objects.filter(publie=True))

        espace.register(
            titre="Mes recherches de leads",
            description="Vos recherches sauvegardées et leurs alertes quotidiennes de leads.",
            url_name="einter:recherches",
            roles=[Role.PME, Role.CONNECTEUR],
            ordre=60,
        )
