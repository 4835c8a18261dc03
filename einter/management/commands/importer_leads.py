from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from einter.services import importer_leads


class Command(BaseCommand):
    help = "Importe des leads depuis un fichier CSV (création ou mise à jour par référence)."

    def add_arguments(self, parser):
        parser.add_argument("fichier", type=Path)
        parser.add_argument(
            "--dry-run", action="store_true", help="Vérifie le fichier sans rien enregistrer."
        )

    def handle(self, *args, fichier: Path, dry_run: bool, **options):
        try:
            contenu = fichier.read_bytes()
        except OSError as error:
            raise CommandError(f"Lecture impossible de {fichier} : {error}") from error
        self.stdout.write(f"Lecture de {fichier}{' (simulation)' if dry_run else ''}…")
        rapport = importer_leads(
            contenu=contenu,
            dry_run=dry_run,
            progression=lambda fait, total: self.stdout.write(f"  {fait}/{total} lignes écrites"),
        )
        if rapport.erreur:
            raise CommandError(f"Fichier refusé : {rapport.erreur}")
        for numero, motif in rapport.rejets:
            self.stderr.write(f"ligne {numero} : {motif}")
        verbe = "seraient" if dry_run else "ont été"
        self.stdout.write(
            self.style.SUCCESS(
                f"{rapport.lus} ligne(s) lue(s) ({rapport.encodage}) : {rapport.crees} lead(s) "
                f"{verbe} créé(s), {rapport.mis_a_jour} mis à jour, "
                f"{len(rapport.rejets)} ligne(s) rejetée(s)."
            )
        )
