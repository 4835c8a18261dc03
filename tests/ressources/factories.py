import factory

from croissance.referentiels.models import Region, Theme
from croissance.ressources.enums import EtatModeration, TypeRessource
from croissance.ressources.models import Prestataire, Ressource, Temoignage
from tests.factories import EntrepriseFactory


class _WithThemes(factory.django.DjangoModelFactory):
    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def themes(self, create, slugs, **kwargs):
        if create:
            self.themes.set(Theme.objects.filter(slug__in=slugs or ["vente-en-ligne"]))


class RessourceFactory(_WithThemes):
    class Meta:
        model = Ressource

    type = TypeRessource.GUIDE
    titre = factory.Sequence(lambda n: f"Guide pratique n° {n}")
    resume = "Un guide pour se lancer."


class TemoignageFactory(_WithThemes):
    class Meta:
        model = Temoignage

    entreprise = factory.SubFactory(EntrepriseFactory)
    titre = factory.Sequence(lambda n: f"Notre réussite n° {n}")
    realisation = "Une boutique en ligne."
    resultat = "Des ventes en plus."
    etat = EtatModeration.PUBLIE


class PrestataireFactory(_WithThemes):
    class Meta:
        model = Prestataire

    nom = factory.Sequence(lambda n: f"Agence {n}")
    presentation = "Agence web."
    offres = "Site vitrine — 2 000 € HT"
    national = True

    @factory.post_generation
    def regions(self, create, codes, **kwargs):
        if create and codes:
            self.regions.set(Region.objects.filter(code__in=codes))
