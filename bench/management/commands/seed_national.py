import sys
import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from bench import seeders, sirene


class Command(BaseCommand):
    help = (
        "Remplit la base avec un jeu de données national reproductible (--scale 1 : 200 000 "
        "entreprises, 300 000 diagnostics, 1 000 000 de leads…) et mesure l'import SIRENE."
    )

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=float, default=0.01)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--dry-run", action="store_true", help="affiche les volumes seulement")
        parser.add_argument(
            "--sirene",
            type=int,
            default=0,
            metavar="LIGNES",
            help="génère un fichier StockEtablissement de LIGNES lignes et mesure son import",
        )
        parser.add_argument("--sans-progression", action="store_true")

    def handle(self, *args, scale, seed, dry_run, sirene, sans_progression, **options):
        if not (settings.DEBUG or settings.BENCH or dry_run):
            raise CommandError(
                "Refusé : DEBUG est désactivé (production ?). Le jeu de données de mesure "
                "s'écrit dans une base dédiée, avec BENCH=1."
            )
        volumes = seeders.volumes(scale)
        self.stdout.write(f"Échelle {scale} (graine {seed}), base {connection.vendor} :")
        for nom, volume in volumes.items():
            self.stdout.write(f"  {nom:<14} {volume:>10,}".replace(",", "\u202f"))
        if dry_run:
            return
        if connection.vendor != "postgresql" and sum(volumes.values()) > 200_000:
            self.stdout.write(
                self.style.WARNING("Hors PostgreSQL, l'écriture sera lente (sans COPY).")
            )

        def progression(nom, fait, total):
            sys.stderr.write(f"\r  {nom:<14} {fait * 100 // total:>3} % ({fait}/{total})")
            if fait == total:
                sys.stderr.write("\n")
            sys.stderr.flush()

        ctx = seeders.Contexte(
            graine=seed,
            echelle=scale,
            jour=timezone.localdate(),
            progression=None if sans_progression else progression,
        )
        debut = time.perf_counter()
        with transaction.atomic():
            comptes = seeders.executer(ctx)
        if connection.vendor == "postgresql":
            with connection.cursor() as curseur:
                curseur.execute("ANALYZE")
        duree = time.perf_counter() - debut
        self.stdout.write(
            self.style.SUCCESS(
                f"{sum(comptes.values()):,} lignes écrites en {duree:.1f} s.".replace(",", "\u202f")
            )
        )
        if sirene:
            self.mesurer_sirene(sirene, seed)

    def mesurer_sirene(self, lignes, graine):
        from croissance.entreprises.sirene import import_stock_etablissement

        with tempfile.TemporaryDirectory() as dossier:
            chemin = sirene.generer(Path(dossier) / "StockEtablissement.csv", lignes, graine=graine)
            rapport = import_stock_etablissement(chemin)
        self.stdout.write(
            f"Import SIRENE : {rapport.imported:,} établissements — "
            f"{rapport.rows_per_second:,.0f} lignes/s.".replace(",", "\u202f")
        )
