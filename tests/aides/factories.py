from decimal import Decimal

import factory
from django.core.files.base import ContentFile

from aides import services
from aides.enums import NatureDocument, TypeDepense
from aides.models import Aide, Dossier
from connecteurs.enums import Niveau
from connecteurs.models import Connecteur, Membre
from croissance.referentiels.models import Departement, Region

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


class AideFactory(factory.django.DjangoModelFactory):
    """The programme's reference aid, in Bretagne unless told otherwise."""

    class Meta:
        model = Aide
        skip_postgeneration_save = True

    titre = factory.Sequence(lambda n: f"Aide numérique {n}")
    financeur_type = "region"
    financeur = "Région Bretagne"
    description = "Financement des investissements numériques."
    publiee = True  # a new aid starts unpublished: tests use published ones unless told
    types_depense = [TypeDepense.CONSEIL, TypeDepense.SITE, TypeDepense.REFERENCEMENT]
    taux = Decimal("50")
    investissement_min = Decimal("2000")
    investissement_max = Decimal("30000")
    effectif_max = 50
    exclut_pure_players = True

    @factory.post_generation
    def regions(self, create, codes, **kwargs):
        if create:
            self.regions.set(Region.objects.filter(code__in=["53"] if codes is None else codes))

    @factory.post_generation
    def departements(self, create, codes, **kwargs):
        """Départements, for an aid limited to part of its region (["29"]: Finistère)."""
        if create and codes:
            self.departements.set(Departement.objects.filter(code__in=codes))


def connecteur_labellise(user=None, *, nom="CCI du Finistère", siret="", region="53"):
    connecteur = Connecteur.objects.create(
        nom=nom, type_acteur="cci", niveau=Niveau.LABELLISE, siret=siret
    )
    connecteur.regions.add(region)
    if user is not None:
        Membre.objects.create(connecteur=connecteur, user=user, referent=True)
    return connecteur


def pdf(name="devis.pdf"):
    return ContentFile(PDF, name=name)


def dossier_brouillon(
    *,
    user,
    entreprise,
    aide,
    montant=Decimal("12000"),
    connecteur=None,
    siret_prestataire="35000000602044",
):
    dossier = services.dossier_creer(user=user, aide=aide, entreprise=entreprise, titre="Site")
    if connecteur is not None:
        # named directly: the factories' structures serve no theme (the sequence's step
        # offers only those of the aid's themes, see test_sequence)
        Dossier.objects.filter(pk=dossier.pk).update(connecteur=connecteur)
        dossier.refresh_from_db()
    services.ligne_ajouter(
        dossier=dossier,
        user=user,
        type_depense=TypeDepense.SITE,
        libelle="Site",
        montant_ht=montant,
    )
    services.document_ajouter(
        dossier=dossier,
        user=user,
        fichier=pdf(),
        nature=NatureDocument.DEVIS,
        siret_prestataire=siret_prestataire,
    )
    return dossier


def dossier_depose(**kwargs):
    dossier = dossier_brouillon(**kwargs)
    return services.dossier_deposer(dossier=dossier, user=kwargs["user"])


def dossier_en_instruction(**kwargs):
    from tests.factories import UserFactory

    dossier = dossier_depose(**kwargs)
    instructeur = UserFactory(instructeur=True, regions=["53"])
    return services.dossier_instruire(dossier=dossier, instructeur=instructeur)
