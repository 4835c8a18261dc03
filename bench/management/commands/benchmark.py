import os
import platform
import sys
from datetime import UTC, datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from bench import mesures as m
from croissance.processus import geler_les_objets_du_demarrage


def _memoire_go():
    with open("/proc/meminfo") as meminfo:
        return int(meminfo.readline().split()[1]) / 1024 / 1024


def _ok(condition):
    return "✅ tenu" if condition else "❌ dépassé"


def _pourcent(rps, reference):
    return f"{rps / reference:.0%}" if reference else ""


def tableau_debit(debits: dict[str, m.Debit]) -> list[str]:
    """The throughput table: each page's median against the trivial view, the anonymous empty
    page and, for a logged-in page, the empty page served with the same session; the budget
    of a page is judged on the median of its ratios to its reference (`DEBIT_BUDGETS`), each
    measured right next to it."""
    trivial = debits[m.TRIVIALE].par_seconde
    vide = debits[m.VIDE].par_seconde
    lignes = [
        "| Page | Requêtes/s | Erreurs | / vue triviale | / page vide DSFR "
        "| / page vide DSFR connectée (même session) | Budget |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for nom, debit in debits.items():
        rps = debit.par_seconde
        connectee = (
            _pourcent(rps, debits[m.VIDE_CONNECTE[nom]].par_seconde)
            if nom in m.VIDE_CONNECTE
            else ""
        )
        budget = ""
        if nom in m.DEBIT_BUDGETS:
            reference, seuil = m.DEBIT_BUDGETS[nom]
            tenu = debit.ratio >= seuil and not debit.erreurs
            libelle = "de la page vide connectée"
            if reference == m.TRIVIALE:
                libelle = "de la vue triviale"
            budget = f"≥ {seuil:.0%} {libelle} : {debit.ratio:.0%} en paires, {_ok(tenu)}"
        lignes.append(
            f"| {nom} | {rps:.0f} | {debit.erreurs} | {_pourcent(rps, trivial)} | "
            f"{_pourcent(rps, vide)} | {connectee} | {budget} |"
        )
    return lignes


class Command(BaseCommand):
    help = (
        "Mesure, sur la base remplie par seed_national, le temps serveur (médiane, p95) et le "
        "nombre de requêtes SQL des pages clés, le moteur d'orientation et le débit sous gunicorn."
    )

    def add_arguments(self, parser):
        parser.add_argument("--repetitions", type=int, default=20)
        parser.add_argument("--output", help="écrit aussi le tableau dans ce fichier Markdown")
        parser.add_argument("--profils", type=int, default=20, help="profils pour l'orientation")
        parser.add_argument("--duree", type=float, default=5, help="secondes de charge par page")
        parser.add_argument("--threads", type=int, default=8)
        parser.add_argument(
            "--tours", type=int, default=3, help="paires (page, référence) chargées par page"
        )
        parser.add_argument("--sans-debit", action="store_true", help="pas de mesure sous gunicorn")
        parser.add_argument("--echelle", default="?", help="échelle du jeu seedé, pour le rapport")

    def handle(
        self,
        *args,
        repetitions,
        output,
        profils,
        duree,
        threads,
        tours,
        sans_debit,
        echelle,
        **options,
    ):
        if not (settings.DEBUG or settings.BENCH):
            raise CommandError(
                "Refusé : DEBUG est désactivé (production ?). La mesure écrit des diagnostics "
                "dans la base : lancez-la sur une base dédiée, avec BENCH=1."
            )
        geler_les_objets_du_demarrage()  # as the web server's workers do (croissance/wsgi.py)
        pages, acteurs = m.pages(repetitions)
        orientation_ms, nb_profils = m.orientation(profils)
        lignes = [
            f"# Mesures de performance — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
            "",
            f"- Machine : {os.cpu_count()} cœurs, {_memoire_go():.0f} Go de mémoire, "
            f"Python {platform.python_version()}, base {connection.vendor}.",
            f"- Jeu de données : `seed_national --scale {echelle}`.",
            f"- Commande : `{' '.join(['manage.py', *sys.argv[1:]])}`",
            "",
            f"## Pages clés ({repetitions} répétitions, client Django en processus)",
            "",
            f"Budget : p95 ≤ {m.BUDGET_MS} ms et ≤ {m.BUDGET_REQUETES} requêtes SQL.",
            "",
            "| Page | Médiane (ms) | p95 (ms) | Requêtes SQL | HTTP | Budget |",
            "|---|---:|---:|---:|---:|---|",
        ]
        for p in pages:
            lignes.append(
                f"| {p.nom} | {p.mediane_ms:.1f} | {p.p95_ms:.1f} | {p.requetes} | "
                f"{p.statut} | {_ok(p.ok)} |"
            )
        lignes += [
            "",
            "## Moteur d'orientation seul",
            "",
            f"Médiane sur {nb_profils} profils : {orientation_ms:.1f} ms "
            f"(budget ≤ {m.BUDGET_ORIENTATION_MS} ms) — "
            f"{_ok(orientation_ms <= m.BUDGET_ORIENTATION_MS)}.",
        ]
        if not sans_debit:
            debits, rss = m.debit_pages(acteurs, secondes=duree, threads=threads, tours=tours)
            lignes += [
                "",
                f"## Débit sous gunicorn (2 workers, {threads} connexions, {duree:g} s par "
                f"chargement, charge : {m.outil_de_charge()})",
                "",
                f"Chaque page est chargée {tours} fois, chaque fois juste à côté de sa page de "
                "référence (avant ou après, en alternance) : le budget se lit sur la médiane de "
                "ces rapports, qu'un ralentissement de la machine touche des deux côtés. Les "
                "autres colonnes rapportent les médianes de requêtes/s.",
                "",
                *tableau_debit(debits),
                "",
                f"Pic de mémoire (RSS) d'un worker : {rss:.0f} Mo "
                f"(budget ≤ {m.BUDGET_RSS_MO} Mo) — {_ok(rss <= m.BUDGET_RSS_MO)}.",
            ]
        texte = "\n".join(lignes) + "\n"
        self.stdout.write(texte)
        if output:
            with open(output, "w", encoding="utf-8") as fichier:
                fichier.write(texte)
            self.stdout.write(self.style.SUCCESS(f"Écrit dans {output}."))
