"""Factories of the core models. Apps keep theirs in tests/<app>/factories.py."""

import random

import factory
from django.contrib.auth import get_user_model
from stdnum import luhn

from croissance.comptes.enums import Role
from croissance.entreprises.categorie import categorie_entreprise
from croissance.entreprises.models import Entreprise, Gestionnaire
from croissance.referentiels.models import CodePostal, Region, Theme

DEFAULT_PASSWORD = "Mot-de-passe-solide-42"


def valid_siret(sequence: int) -> str:
    """A SIRET whose SIREN and SIRET checksums are both right."""
    siren_base = f"{(sequence * 7919 + 400_000_000) % 1_000_000_000:08d}"[-8:]
    siren = siren_base + luhn.calc_check_digit(siren_base)
    base = siren + f"{random.Random(sequence).randint(1, 9999):04d}"
    return base + luhn.calc_check_digit(base)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"utilisateur{n}@exemple.test")
    prenom = "Camille"
    nom = "Martin"
    role = Role.PME
    password = factory.PostGenerationMethodCall("set_password", DEFAULT_PASSWORD)

    class Params:
        connecteur = factory.Trait(role=Role.CONNECTEUR)
        instructeur = factory.Trait(role=Role.INSTRUCTEUR)
        mission = factory.Trait(role=Role.MISSION, is_staff=True, is_superuser=True)

    @factory.post_generation
    def regions(self, create, codes, **kwargs):
        if create and codes:
            self.regions.set(Region.objects.filter(code__in=codes))
        if create:
            self.save()


class EntrepriseFactory(factory.django.DjangoModelFactory):
    """An entreprise in Quimper (Bretagne) unless told otherwise."""

    class Meta:
        model = Entreprise
        skip_postgeneration_save = True

    siret = factory.Sequence(valid_siret)
    siren = factory.LazyAttribute(lambda o: o.siret[:9])
    nom = factory.Sequence(lambda n: f"Entreprise {n}")
    naf_id = "47.11C"
    code_postal = "29000"
    effectif = 8
    chiffre_affaires = None
    total_bilan = None
    categorie = factory.LazyAttribute(
        lambda o: categorie_entreprise(o.effectif, o.chiffre_affaires, o.total_bilan)
    )

    @factory.lazy_attribute
    def commune(self):
        return (
            CodePostal.objects.select_related("commune__departement")
            .filter(code=self.code_postal)
            .first()
            .commune
        )

    departement = factory.LazyAttribute(lambda o: o.commune.departement)
    region = factory.LazyAttribute(lambda o: o.commune.departement.region)

    @factory.post_generation
    def gestionnaires(self, create, users, **kwargs):
        for user in users or []:
            Gestionnaire.objects.create(entreprise=self, user=user)


def theme(slug: str) -> Theme:
    return Theme.objects.get(slug=slug)
