from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from croissance import demo
from croissance.comptes.enums import Role
from croissance.entreprises.enums import OrigineGestionnaire
from croissance.entreprises.models import Entreprise, Gestionnaire
from croissance.entreprises.registre import initial_from_registry
from croissance.entreprises.services import entreprise_creer
from croissance.referentiels.models import Naf, Region, TrancheEffectifs

SIRENE_SAMPLE = settings.BASE_DIR / "fixtures" / "sirene" / "StockEtablissement_echantillon.csv"

# key -> (email, first name, last name, role, instructed regions)
DEMO_ACCOUNTS = {
    "mission": ("mission@demo.croissance-connectee.fr", "Marc", "Mission", Role.MISSION, []),
    "pme_alice": ("alice@demo.croissance-connectee.fr", "Alice", "Le Goff", Role.PME, []),
    "pme_bruno": ("bruno@demo.croissance-connectee.fr", "Bruno", "Cassagne", Role.PME, []),
    "connecteur_claire": (
        "claire@demo.croissance-connectee.fr",
        "Claire",
        "Morvan",
        Role.CONNECTEUR,
        [],
    ),
    "connecteur_david": (
        "david@demo.croissance-connectee.fr",
        "David",
        "Ferrand",
        Role.CONNECTEUR,
        [],
    ),
    "instructeur_bretagne": (
        "instruction.bretagne@demo.croissance-connectee.fr",
        "Inès",
        "Kerjean",
        Role.INSTRUCTEUR,
        ["53"],
    ),
    "instructeur_occitanie": (
        "instruction.occitanie@demo.croissance-connectee.fr",
        "Olivier",
        "Roques",
        Role.INSTRUCTEUR,
        ["76"],
    ),
}

# demo manager -> SIRET of the sample registry (fixtures/sirene/)
DEMO_ENTREPRISES = {
    "pme_alice": ["35000000602044", "35007919007496"],
    "pme_bruno": ["35031676601416"],
}


class Command(BaseCommand):
    help = "Charge les données de démonstration (comptes de chaque rôle, entreprises, contenus)."

    def handle(self, *args, **options):
        call_command("importer_sirene", str(SIRENE_SAMPLE), "--sans-progression", verbosity=0)
        with transaction.atomic():
            comptes = {key: self._account(*spec) for key, spec in DEMO_ACCOUNTS.items()}
            for key, sirets in DEMO_ENTREPRISES.items():
                for siret in sirets:
                    self._entreprise(comptes[key], siret)
            for loader in demo.app_loaders():
                loader(comptes=comptes, stdout=self.stdout)
        self._print_accounts()

    def _account(self, email, prenom, nom, role, regions):
        user, created = get_user_model().objects.get_or_create(
            email=email,
            defaults={"prenom": prenom, "nom": nom, "role": role},
        )
        if created:
            user.set_password(demo.DEMO_PASSWORD)
            user.is_staff = user.is_superuser = role == Role.MISSION
            user.save()
        user.regions.set(Region.objects.filter(code__in=regions))
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        return user

    def _entreprise(self, user, siret):
        existing = Entreprise.objects.filter(siret=siret).first()
        if existing:
            Gestionnaire.objects.get_or_create(entreprise=existing, user=user)
            return existing
        initial = initial_from_registry(siret)
        entreprise = Entreprise(
            siret=siret,
            nom=initial["nom"].title(),
            naf=Naf.objects.filter(code=initial.get("naf")).first(),
            tranche_effectifs=TrancheEffectifs.objects.filter(
                code=initial.get("tranche_effectifs")
            ).first(),
            code_postal=initial["code_postal"],
            date_creation=initial.get("date_creation"),
        )
        return entreprise_creer(
            user=user,
            entreprise=entreprise,
            code_commune=initial["code_commune"],
            origine=OrigineGestionnaire.IMPORT,
        )

    def _print_accounts(self):
        self.stdout.write(self.style.SUCCESS("\nDonnées de démonstration chargées."))
        self.stdout.write("Portail : http://127.0.0.1:8000 — administration : /admin/")
        self.stdout.write(f"Mot de passe de tous les comptes : {demo.DEMO_PASSWORD}")
        for email, _prenom, _nom, role, _regions in DEMO_ACCOUNTS.values():
            self.stdout.write(f"  {Role(role).label:<40} {email}")
