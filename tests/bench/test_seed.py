"""The national seed at a tiny scale: the expected rows per model, and reproducible."""

import pytest
from django.core.management import call_command

from aides.enums import EtatDossier
from aides.models import Aide, Dossier
from bench import seeders
from croissance.comptes.models import User
from croissance.entreprises.models import Entreprise, Gestionnaire
from croissance.ressources.models import Ressource
from diagnostic.models import Resultat, ScoreAxe
from einter.models import Lead

pytestmark = pytest.mark.django_db

ECHELLE = 0.0005


def _empreinte():
    return {
        "entreprises": list(
            Entreprise.objects.order_by("pk").values_list(
                "pk", "siret", "nom", "region_id", "naf_id"
            )
        ),
        "resultats": list(
            Resultat.objects.order_by("pk").values_list(
                "pk", "jeton", "score_global", "entreprise_id"
            )
        ),
        "scores": list(
            ScoreAxe.objects.order_by("resultat_id", "axe_id").values_list(
                "resultat_id", "axe_id", "score"
            )
        ),
        "aides": list(Aide.objects.order_by("pk").values_list("pk", "titre", "nationale", "taux")),
        "dossiers": list(
            Dossier.objects.order_by("pk").values_list(
                "pk", "etat", "aide_id", "entreprise_id", "montant_sollicite"
            )
        ),
        "leads": list(
            Lead.objects.order_by("pk").values_list("pk", "titre", "pays", "publie_le", "statut")
        ),
        "ressources": list(
            Ressource.objects.order_by("pk").values_list("pk", "type", "niveau_min")
        ),
    }


def _vider():
    Dossier.objects.all().delete()
    Resultat.objects.all().delete()
    Gestionnaire.objects.all().delete()
    Entreprise.objects.all().delete()
    Lead.objects.all().delete()
    Ressource.objects.all().delete()
    Aide.objects.all().delete()
    User.objects.filter(email__endswith="@bench.example").delete()


def test_seed_writes_the_expected_rows_per_model():
    attendus = seeders.volumes(ECHELLE)
    call_command("seed_national", scale=ECHELLE, seed=7, sans_progression=True)

    assert User.objects.filter(email__endswith="@bench.example").count() == attendus["utilisateurs"]
    assert Entreprise.objects.count() == attendus["entreprises"]
    assert Gestionnaire.objects.count() == attendus["entreprises"]
    assert Resultat.objects.count() == attendus["diagnostics"]
    termines = Resultat.objects.filter(statut="termine")
    assert termines.exists()
    assert ScoreAxe.objects.filter(resultat__statut="termine").count() == termines.count() * 8
    assert Aide.objects.count() == attendus["aides"]
    assert Dossier.objects.count() == attendus["dossiers"]
    assert set(Dossier.objects.values_list("etat", flat=True)) == set(EtatDossier.values)
    assert Lead.objects.count() == attendus["leads"]
    assert Ressource.objects.count() == attendus["ressources"]


def test_same_seed_gives_the_same_data_and_another_seed_does_not():
    call_command("seed_national", scale=ECHELLE, seed=7, sans_progression=True)
    premiere = _empreinte()
    _vider()
    call_command("seed_national", scale=ECHELLE, seed=7, sans_progression=True)
    assert _empreinte() == premiere
    _vider()
    call_command("seed_national", scale=ECHELLE, seed=8, sans_progression=True)
    autre = _empreinte()
    assert autre["entreprises"] != premiere["entreprises"]
    assert autre["leads"] != premiere["leads"]


def test_dry_run_writes_nothing(capsys):
    call_command("seed_national", scale=1, dry_run=True)
    sortie = capsys.readouterr().out
    assert "1\u202f000\u202f000" in sortie  # leads at scale 1
    assert not Entreprise.objects.exists()


def test_sirene_file_has_the_official_columns_and_imports(tmp_path):
    from bench import sirene
    from croissance.entreprises.models import EtablissementSirene
    from croissance.entreprises.sirene import import_stock_etablissement

    chemin = sirene.generer(tmp_path / "stock.csv", 50, graine=3)
    assert chemin.read_text(encoding="utf-8").splitlines()[0].split(",") == sirene.colonnes()
    rapport = import_stock_etablissement(chemin)
    assert rapport.imported == 50
    assert rapport.rejected == 0
    assert EtablissementSirene.objects.count() == 50


def test_seed_refuses_to_write_outside_debug_or_bench(settings):
    from django.core.management.base import CommandError

    settings.DEBUG = False
    settings.BENCH = False
    with pytest.raises(CommandError, match="BENCH=1"):
        call_command("seed_national", scale=ECHELLE)
    assert not Entreprise.objects.exists()
