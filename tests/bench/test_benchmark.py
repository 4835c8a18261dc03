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


def test_throughput_table_judges_a_logged_in_page_against_the_empty_page_of_its_session():
    debits = {
        mesures.TRIVIALE: (1000.0, 0),
        mesures.VIDE: (500.0, 0),
        mesures.VIDE_PME: (400.0, 0),
        mesures.VIDE_INSTRUCTEUR: (400.0, 0),
        "Accueil": (600.0, 0),
        "Résultats du diagnostic": (300.0, 0),
        "File d'instruction": (200.0, 0),
    }
    lignes = tableau_debit(debits)
    assert lignes[0] == (
        "| Page | Requêtes/s | Erreurs | / vue triviale | / page vide DSFR "
        "| / page vide DSFR connectée (même session) | Budget |"
    )
    assert "| Accueil | 600 | 0 | 60% | 120% |  | ≥ 50% de la vue triviale : ✅ tenu |" in lignes
    # 60 % of the anonymous empty page, 75 % of the logged-in one: the budget holds
    assert (
        "| Résultats du diagnostic | 300 | 0 | 30% | 60% | 75% "
        "| ≥ 70% de la page vide connectée : ✅ tenu |"
    ) in lignes
    assert (
        "| File d'instruction | 200 | 0 | 20% | 40% | 50% "
        "| ≥ 70% de la page vide connectée : ❌ dépassé |"
    ) in lignes
    assert f"| {mesures.VIDE_PME} | 400 | 0 | 40% | 80% | 100% |  |" in lignes
