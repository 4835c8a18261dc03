import sys

from django.core.management.base import BaseCommand, CommandError

from croissance.entreprises.sirene import SireneFileError, import_stock_etablissement


def _fr(number: float) -> str:
    """12 345 rather than 12,345."""
    return f"{number:,.0f}".replace(",", "\u202f")


class Command(BaseCommand):
    help = (
        "Importe le fichier StockEtablissement de l'Insee (CSV) dans le répertoire SIRENE du "
        "portail. Relancer la commande met les établissements à jour sans doublon."
    )

    def add_arguments(self, parser):
        parser.add_argument("fichier", help="chemin du fichier StockEtablissement (CSV, UTF-8)")
        parser.add_argument("--taille-lot", type=int, default=100_000, dest="batch_size")
        parser.add_argument(
            "--dry-run", action="store_true", help="lit et vérifie le fichier sans rien écrire"
        )
        parser.add_argument(
            "--sans-progression", action="store_true", help="n'affiche pas la progression"
        )

    def handle(self, *args, fichier, batch_size, dry_run, sans_progression, **options):
        mode = "Vérification (rien n'est écrit)" if dry_run else "Import"
        self.stdout.write(f"{mode} de {fichier}, par lots de {batch_size} lignes.")

        def progress(report):
            sys.stderr.write(
                f"\r  {_fr(report.read):>12} lignes lues — {_fr(report.rows_per_second)} lignes/s"
            )
            sys.stderr.flush()

        try:
            report = import_stock_etablissement(
                fichier,
                batch_size=batch_size,
                dry_run=dry_run,
                progress=None if sans_progression else progress,
            )
        except (SireneFileError, OSError) as error:
            raise CommandError(str(error)) from error
        if not sans_progression:
            sys.stderr.write("\n")
        for line, reason in report.errors:
            self.stdout.write(self.style.WARNING(f"ligne {line} : {reason}"))
        if report.rejected > len(report.errors):
            self.stdout.write(f"… et {report.rejected - len(report.errors)} autres lignes rejetées")
        self.stdout.write(
            self.style.SUCCESS(
                f"{_fr(report.imported)} établissements importés, "
                f"{_fr(report.rejected)} lignes rejetées, {_fr(report.rows_per_second)} lignes/s."
            )
        )
