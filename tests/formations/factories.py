import datetime
from decimal import Decimal

import factory
from django.utils import timezone

from connecteurs.models import Connecteur, Membre
from formations.enums import EtatInscription, Modalite, NiveauFormation, Public, TypeFormation
from formations.models import Formation, Inscription, SessionFormation
from tests.factories import EntrepriseFactory, UserFactory


class OrganismeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Connecteur
        skip_postgeneration_save = True

    nom = factory.Sequence(lambda n: f"Organisme de formation {n}")
    type_acteur = "organisme_formation"
    email_contact = factory.Sequence(lambda n: f"contact{n}@organisme.test")

    @factory.post_generation
    def membres(self, create, users, **kwargs):
        for user in users or []:
            Membre.objects.create(connecteur=self, user=user)


def organisme_avec_membre(**kwargs):
    user = UserFactory(connecteur=True)
    return OrganismeFactory(membres=[user], **kwargs), user


class FormationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Formation

    organisme = factory.SubFactory(OrganismeFactory)
    type_etablissement = "universite"
    titre = factory.Sequence(lambda n: f"Formation {n}")
    type_formation = TypeFormation.COURTE
    public = Public.DIRIGEANT
    modalite = Modalite.HYBRIDE
    region_id = "53"
    niveau = NiveauFormation.DECOUVERTE
    duree_heures = 14
    prix = Decimal("450.00")
    description = "Apprendre à vendre en ligne."
    programme = "Jour 1 : stratégie. Jour 2 : boutique."


def today():
    return timezone.localdate()


class SessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SessionFormation

    formation = factory.SubFactory(FormationFactory)
    date_debut = factory.LazyFunction(lambda: today() + datetime.timedelta(days=30))
    date_fin = factory.LazyAttribute(lambda o: o.date_debut + datetime.timedelta(days=1))
    lieu = "Tiers-lieu La Fabrique, Brest"
    places = 10

    class Params:
        passee = factory.Trait(
            date_debut=factory.LazyFunction(lambda: today() - datetime.timedelta(days=10)),
        )


class InscriptionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Inscription

    session = factory.SubFactory(SessionFactory)
    demandeur = factory.SubFactory(UserFactory)
    entreprise = factory.LazyAttribute(lambda o: EntrepriseFactory(gestionnaires=[o.demandeur]))
    participant_nom = factory.LazyAttribute(lambda o: o.demandeur.get_full_name())
    participant_email = factory.LazyAttribute(lambda o: o.demandeur.email)
    etat = EtatInscription.DEMANDEE

    class Params:
        confirmee = factory.Trait(etat=EtatInscription.CONFIRMEE)
