from datetime import datetime, time, timedelta
from decimal import Decimal

import factory
from django.utils import timezone

from connecteurs.enums import EtatLabel, Niveau, TypeActeur, TypeEvenement
from connecteurs.models import (
    Candidature,
    CharteVersion,
    Connecteur,
    Evenement,
    Membre,
    Prestation,
    Signature,
)
from croissance.referentiels.models import Region, Theme


def charte() -> CharteVersion:
    version = CharteVersion.objects.order_by("-numero").first()
    return version or CharteVersion.objects.create(numero=1, texte="Charte de test")


class ConnecteurFactory(factory.django.DjangoModelFactory):
    """A Bretagne connecteur serving every theme, already signatory (in the directory)."""

    class Meta:
        model = Connecteur
        skip_postgeneration_save = True

    nom = factory.Sequence(lambda n: f"Connecteur {n:04d}")
    type_acteur = TypeActeur.CCI
    email_contact = factory.Sequence(lambda n: f"contact{n}@connecteur.test")
    charte_signee_le = factory.LazyFunction(timezone.now)

    class Params:
        non_signe = factory.Trait(charte_signee_le=None)
        labellise = factory.Trait(
            niveau=Niveau.LABELLISE,
            etat_label=EtatLabel.ACTIF,
            label_obtenu_le=factory.LazyFunction(timezone.localdate),
            label_expire_le=factory.LazyFunction(
                lambda: timezone.localdate() + timedelta(days=1000)
            ),
        )

    @factory.post_generation
    def regions(self, create, codes, **kwargs):
        if create:
            self.regions.set(Region.objects.filter(code__in=codes or ["53"]))

    @factory.post_generation
    def themes(self, create, slugs, **kwargs):
        if create:
            qs = Theme.objects.all()
            self.themes.set(qs.filter(slug__in=slugs) if slugs else qs)

    @factory.post_generation
    def membres(self, create, users, **kwargs):
        for rang, user in enumerate(users or []):
            Membre.objects.create(connecteur=self, user=user, referent=rang == 0)

    @factory.post_generation
    def signature(self, create, value, **kwargs):
        if create and self.charte_signee_le:
            Signature.objects.create(connecteur=self, version=charte())


class PrestationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Prestation

    connecteur = factory.SubFactory(ConnecteurFactory)
    titre = factory.Sequence(lambda n: f"Prestation {n}")
    theme = factory.LazyFunction(lambda: Theme.objects.get(slug="vente-en-ligne"))
    duree = "3 jours"
    prix_ht = Decimal("2500.00")


class CandidatureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Candidature

    connecteur = factory.SubFactory(ConnecteurFactory)
    references = "Boulangerie Le Fournil : boutique en ligne ouverte en 2025."


class EvenementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Evenement

    connecteur = factory.SubFactory(ConnecteurFactory)
    titre = factory.Sequence(lambda n: f"Atelier {n}")
    type_evenement = TypeEvenement.ATELIER
    # A week ahead at 9:30, as events are announced.
    debut = factory.LazyFunction(
        lambda: timezone.make_aware(
            datetime.combine(timezone.localdate() + timedelta(days=7), time(9, 30))
        )
    )
    lieu = "Quimper"
    region = factory.LazyFunction(lambda: Region.objects.get(code="53"))
    theme = factory.LazyFunction(lambda: Theme.objects.get(slug="vente-en-ligne"))


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
