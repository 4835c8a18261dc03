"""The benchmark command at a tiny scale: it runs and produces its table (no timing asserted),
and the key pages keep a query count that does not grow with data (N+1 regressions fail here)."""

import pytest
from django.core.management import call_command

from bench import mesures
from bench.management.commands.benchmark import tableau_debit

pytestmark = pytest.mark.django_db

# Large enough for every recommendation provider to find candidates (an empty provider saves
# its prefetch queries, which would read as growth once data arrives).
ECHELLE = 0.002


@pytest.fixture
def seed():
    call_command("seed_national", scale=ECHELLE, seed=2, sans_progression=True)


def test_benchmark_prints_and_writes_the_table(seed, tmp_path, capsys):
    sortie = tmp_path / "BENCHMARKS.md"
    call_command(
        "benchmark",
        repetitions=1,
        profils=2,
        sans_debit=True,
        output=str(sortie),
        echelle=str(ECHELLE),
    )
    texte = sortie.read_text(encoding="utf-8")
    assert texte in capsys.readouterr().out
    assert "| Page | Médiane (ms) | p95 (ms) | Requêtes SQL | HTTP | Budget |" in texte
    for page in (
        "Accueil",
        "Diagnostic : envoi d'une étape",
        "Aides : simulation",
        "Leads : pays + secteur",
        "File d'instruction (instructeur)",
        "Connecteurs : annuaire filtré",
        "Connecteurs : fiche d'un labellisé",
        "Formations : catalogue filtré",
        "Indicateurs : tableau de bord (instructeur)",
        # first displays: what the shared cache keeps computed again
        "Diagnostic : résultats, recommandations à calculer (premier affichage)",
        "File d'instruction (instructeur), après une modification (premier affichage)",
    ):
        assert f"| {page} |" in texte
    assert f"seed_national --scale {ECHELLE}" in texte
    assert "Médiane sur 2 profils" in texte


def test_key_pages_answer_within_their_query_budget(seed):
    pages, _ = mesures.pages(repetitions=1)
    assert len(pages) == 21
    for page in pages:
        assert page.statut in (200, 302), page
        assert page.requetes <= mesures.BUDGET_REQUETES, page


def test_more_data_does_not_add_queries(seed):
    avant = {p.nom: p.requetes for p in mesures.pages(repetitions=1)[0]}
    call_command("seed_national", scale=ECHELLE, seed=3, sans_progression=True)
    apres = {p.nom: p.requetes for p in mesures.pages(repetitions=1)[0]}
    assert apres.keys() == avant.keys()
    # an empty result may save a query; more rows must never add one
    assert {nom: n for nom, n in apres.items() if n > avant[nom]} == {}


def test_reference_pages_exist_only_in_the_bench_url_conf(client, settings):
    assert client.get("/_bench/trivial/").status_code == 404
    settings.ROOT_URLCONF = "bench.urls"
    assert client.get("/_bench/trivial/").content == b"ok"
    assert "Page vide" in client.get("/_bench/vide/").content.decode()


def _debit(rps, ratio=None):
    return mesures.Debit(rps, 0, ratio)


def test_throughput_table_judges_a_logged_in_page_against_the_empty_page_of_its_session():
    debits = {
        mesures.TRIVIALE: _debit(1000.0),
        mesures.VIDE: _debit(500.0),
        mesures.VIDE_PME: _debit(400.0),
        mesures.VIDE_INSTRUCTEUR: _debit(400.0),
        "Accueil": _debit(600.0, 0.61),
        "Résultats du diagnostic": _debit(300.0, 0.74),
        "File d'instruction": _debit(200.0, 0.52),
    }
    lignes = tableau_debit(debits)
    assert lignes[0] == (
        "| Page | Requêtes/s | Erreurs | / vue triviale | / page vide DSFR "
        "| / page vide DSFR connectée (même session) | Budget |"
    )
    assert (
        "| Accueil | 600 | 0 | 60% | 120% |  | ≥ 50% de la vue triviale : 61% en paires, ✅ tenu |"
    ) in lignes
    # 60 % of the anonymous empty page, 74 % of the logged-in one in pairs: the budget holds
    assert (
        "| Résultats du diagnostic | 300 | 0 | 30% | 60% | 75% "
        "| ≥ 70% de la page vide connectée : 74% en paires, ✅ tenu |"
    ) in lignes
    assert (
        "| File d'instruction | 200 | 0 | 20% | 40% | 50% "
        "| ≥ 70% de la page vide connectée : 52% en paires, ❌ dépassé |"
    ) in lignes
    assert f"| {mesures.VIDE_PME} | 400 | 0 | 40% | 80% | 100% |  |" in lignes


def test_each_page_is_loaded_next_to_its_reference_and_judged_on_the_median_pair():
    pages = ["Accueil", "File d'instruction"]
    assert mesures.sequence_en_paires(pages, 3) == [
        (mesures.TRIVIALE, "Accueil"),
        (mesures.VIDE_INSTRUCTEUR, "File d'instruction"),
        ("Accueil", mesures.TRIVIALE),
        ("File d'instruction", mesures.VIDE_INSTRUCTEUR),
        (mesures.TRIVIALE, "Accueil"),
        (mesures.VIDE_INSTRUCTEUR, "File d'instruction"),
    ]
    # the machine slows down in the second round: both sides of that pair slow down with it
    charges = [
        (mesures.TRIVIALE, 1000.0, 0),
        (mesures.VIDE_INSTRUCTEUR, 500.0, 0),
        (mesures.TRIVIALE, 1000.0, 0),
        ("Accueil", 800.0, 0),
        (mesures.VIDE_INSTRUCTEUR, 500.0, 0),
        ("File d'instruction", 400.0, 0),
        ("Accueil", 400.0, 0),
        (mesures.TRIVIALE, 500.0, 0),
        ("File d'instruction", 150.0, 2),
        (mesures.VIDE_INSTRUCTEUR, 250.0, 0),
        (mesures.TRIVIALE, 1000.0, 0),
        ("Accueil", 900.0, 0),
        (mesures.VIDE_INSTRUCTEUR, 500.0, 0),
        ("File d'instruction", 350.0, 0),
    ]
    debits = mesures.agreger(charges, debut=2)
    assert debits["Accueil"] == mesures.Debit(800.0, 0, 0.8)  # pairs 80 %, 80 %, 90 %
    assert debits["File d'instruction"] == mesures.Debit(350.0, 2, 0.7)  # 80 %, 60 %, 70 %
    assert debits[mesures.TRIVIALE].par_seconde == 1000.0
