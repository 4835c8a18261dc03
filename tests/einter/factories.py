from datetime import timedelta

import factory
from django.utils import timezone

from einter.models import (
    Lead,
    Marche,
    OffrePreferentielle,
    PlaceDeMarche,
    QuestionFaq,
    RechercheSauvegardee,
    Secteur,
    Temoignage,
)


def secteur(slug: str = "agroalimentaire") -> Secteur:
    """The sectors come from a data migration; transactional tests may have flushed them."""
    return Secteur.objects.get_or_create(slug=slug, defaults={"nom": slug.capitalize()})[0]


class MarcheFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Marche
        django_get_or_create = ["code_pays"]

    code_pays = factory.Iterator(["DE", "ES", "IT", "JP", "US", "GB", "CA", "CN", "BE", "NL"])
    nom = factory.LazyAttribute(lambda o: f"Pays {o.code_pays}")
    accroche = "Un marché prometteur."
    caracteristiques = "<p>Un e-commerce dynamique.</p>"
    paiement = "<p>Cartes et portefeuilles électroniques.</p>"


class PlaceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PlaceDeMarche
        skip_postgeneration_save = True

    nom = factory.Sequence(lambda n: f"Place {n}")
    slug = factory.Sequence(lambda n: f"place-{n}")
    modele_commission = "10 % par vente"
    url = "https://place.example"

    @factory.post_generation
    def marches(self, create, marches, **kwargs):
        if create and marches:
            self.marches.set(marches)

    @factory.post_generation
    def secteurs(self, create, secteurs, **kwargs):
        if create and secteurs:
            self.secteurs.set(secteurs)


class OffreFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OffrePreferentielle

    place = factory.SubFactory(PlaceFactory)
    titre = factory.Sequence(lambda n: f"Offre négociée {n}")
    conditions = "Pour les PME du programme."
    debut = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=10))
    fin = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=10))


class TemoignageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Temoignage
        skip_postgeneration_save = True

    titre = factory.Sequence(lambda n: f"Réussite numéro {n}")
    slug = factory.Sequence(lambda n: f"reussite-{n}")
    entreprise = "Biscuiterie de l'Aber"
    marche = factory.SubFactory(MarcheFactory)
    secteur = factory.LazyFunction(secteur)
    produits = "Biscuits au beurre"
    canaux = "Site traduit"
    resultats = "+20 % de ventes"

    @factory.post_generation
    def places(self, create, places, **kwargs):
        if create and places:
            self.places.set(places)


class LeadFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Lead

    reference = factory.Sequence(lambda n: f"L-{n:05d}")
    titre = "Importateur cherche biscuits au beurre"
    description = "Première commande test."
    pays = "DE"
    source = "CCI International"
    contact_nom = "Service achats"
    contact_email = "achats@acheteur.example"


class RechercheFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RechercheSauvegardee

    nom = "Ma recherche"
    criteres = factory.LazyFunction(lambda: {"q": "biscuits"})


class QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = QuestionFaq

    categorie = "douane"
    question = "Dois-je payer la TVA du pays de mon client ?"
    reponse = "<p>Au-delà de 10 000 €, oui, via le guichet OSS.</p>"
    mots_cles = "tva oss"
    lien_url = "/e-export/dispositifs/"
    lien_libelle = "Voir les dispositifs"
