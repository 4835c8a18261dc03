from django.core.management.base import BaseCommand

from einter.services import diagnostic_publier_pays, pays_du_diagnostic


class Command(BaseCommand):
    help = (
        "Publie une nouvelle version du diagnostic e-export dont la question des pays visés "
        "propose les pays ayant une fiche marché publiée (à lancer après avoir publié ou retiré "
        "une fiche)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Affiche les pays sans rien publier."
        )

    def handle(self, *args, dry_run: bool, **options):
        offerts, attendus = pays_du_diagnostic()
        self.stdout.write(f"Pays proposés aujourd'hui : {', '.join(offerts) or 'aucun'}")
        self.stdout.write(f"Pays des fiches publiées : {', '.join(attendus)}")
        if offerts == attendus:
            self.stdout.write("Rien à publier.")
            return
        if dry_run:
            self.stdout.write("Simulation : une nouvelle version serait publiée.")
            return
        version = diagnostic_publier_pays()
        if version is None:
            self.stdout.write("Aucun diagnostic e-export publié : rien à faire.")
            return
        self.stdout.write(self.style.SUCCESS(f"Version {version.numero} publiée."))
