import pytest

from croissance.indicateurs import registry, selectors, services
from croissance.indicateurs.models import Instantane
from croissance.indicateurs.registry import Perimetre

from . import donnees

pytestmark = pytest.mark.django_db


def _tableau(sections, section, tableau):
    return selectors.trouver_tableau(sections, section, tableau)


def test_every_app_registers_its_sections():
    slugs = [s.slug for s in registry.sections()]
    assert slugs[:2] == ["commerce-connecte", "diagnostics"]
    for slug in ("aides", "e-export", "label", "temoignages"):
        assert slug in slugs


def test_headline_share_against_the_eu_reference():
    donnees.reference()
    donnees.diagnostics(3, commerce_connecte=True)
    donnees.diagnostics(1, commerce_connecte=False)
    sections = selectors.calculer(Perimetre())
    objectif = _tableau(sections, "commerce-connecte", "objectif")
    assert objectif["lignes"][0][1:] == [4, 3, 75.0]
    assert objectif["lignes"][1][3] == 19.0
    assert "Eurostat, données 2023" in objectif["note"]
    par_region = _tableau(sections, "commerce-connecte", "par-region")
    assert par_region["lignes"] == [["Bretagne", 4, 3, 75.0, 56.0]]


def test_only_the_latest_diagnostic_of_an_entreprise_counts():
    version = donnees.questionnaire_synthetique(slug="dernier")
    ancien = donnees.diagnostics(1, commerce_connecte=False, version=version, jours=30)[0]
    recent = donnees.diagnostics(1, commerce_connecte=True, version=version)[0]
    recent.entreprise = ancien.entreprise
    recent.save()
    objectif = _tableau(selectors.calculer(Perimetre()), "commerce-connecte", "objectif")
    assert objectif["lignes"][0][1:] == [1, 1, 100.0]


def test_distribution_by_region_sector_size_and_period():
    donnees.diagnostics(2)
    donnees.diagnostics(1, code_postal="31000", commerce_connecte=False)
    sections = selectors.calculer(Perimetre())
    regions = _tableau(sections, "diagnostics", "par-region")
    assert [(ligne[0], ligne[1]) for ligne in regions["lignes"]] == [
        ("Bretagne", 2),
        ("Occitanie", 1),
    ]
    assert regions["lignes"][0][4] == 100.0
    secteur = _tableau(sections, "diagnostics", "par-secteur")
    assert secteur["lignes"][0][0].startswith("G – ")
    assert secteur["lignes"][0][1] == 3
    taille = _tableau(sections, "diagnostics", "par-taille")
    assert taille["lignes"][0][1] == 3
    assert taille["lignes"][0][0] != "Non renseignée"
    periode = _tableau(sections, "diagnostics", "par-periode")
    assert sum(ligne[1] for ligne in periode["lignes"]) == 3
    croise = _tableau(sections, "diagnostics", "par-region-et-periode")
    assert [ligne[0].split(",")[0] for ligne in croise["lignes"]] == ["Bretagne", "Occitanie"]
    assert [ligne[1] for ligne in croise["lignes"]] == [2, 1]
    dii = _tableau(sections, "diagnostics", "dii")
    assert ["Élevé", 3, 100.0] in dii["lignes"]
    niveaux = _tableau(sections, "diagnostics", "niveaux")
    assert niveaux["lignes"] == [["2. Avancé", 3, 100.0]]


def test_quarterly_buckets_and_period_filter():
    donnees.diagnostics(1, jours=400)
    donnees.diagnostics(2)
    from django.utils import timezone

    perimetre = Perimetre(debut=timezone.localdate().replace(day=1), pas=registry.PAS_TRIMESTRE)
    periode = _tableau(selectors.calculer(perimetre), "diagnostics", "par-periode")
    assert len(periode["lignes"]) == 1
    assert periode["lignes"][0][0].startswith("T")
    assert periode["lignes"][0][1] == 2


def test_a_region_perimeter_excludes_other_regions():
    donnees.diagnostics(2)
    donnees.diagnostics(5, code_postal="31000")
    donnees.dossier(region="76", montant="9000")
    sections = selectors.calculer(Perimetre(regions=("53",)))
    assert _tableau(sections, "commerce-connecte", "objectif")["lignes"][0][1] == 2
    assert _tableau(sections, "aides", "montants-par-region")["lignes"] == []


def test_aid_files_amounts_and_envelopes():
    donnees.dossier(montant="6000")
    donnees.dossier(etat="depose", montant="0")
    sections = selectors.calculer(Perimetre())
    etats = {
        ligne[0]: ligne for ligne in _tableau(sections, "aides", "dossiers-par-etat")["lignes"]
    }
    assert etats["Accepté"][1] == 1 and etats["Accepté"][3] == "6000.00"
    assert etats["Déposé"][1] == 1
    region = _tableau(sections, "aides", "montants-par-region")["lignes"]
    assert region == [["Bretagne", 2, 1, "6000.00"]]
    enveloppes = _tableau(sections, "aides", "enveloppes")["lignes"]
    assert enveloppes == [["Bretagne", 2, "200000.00", "6000.00", 3.0]]


def test_labels_against_the_yearly_target():
    from django.utils import timezone

    donnees.label_accorde()
    objectif = _tableau(selectors.calculer(Perimetre()), "label", "objectif")
    annee = str(timezone.localdate().year)
    ligne = next(ligne for ligne in objectif["lignes"] if ligne[0] == annee)
    assert ligne[1] == 1
    candidatures = _tableau(selectors.calculer(Perimetre()), "label", "candidatures")
    assert ["Label accordé", 1] in candidatures["lignes"]


def test_snapshot_task_keeps_national_and_regional_figures():
    from croissance.indicateurs.tasks import calculer_instantanes

    donnees.diagnostics(1)
    calculer_instantanes.delay()
    calculer_instantanes.delay()
    national = selectors.dernier_instantane(None)
    assert national is not None
    assert selectors.dernier_instantane("53") is not None
    assert Instantane.objects.filter(perimetre="national").count() == 2


def test_old_snapshots_are_pruned():
    for _ in range(3):
        services.prendre_tous_les_instantanes(garder=2)
    assert Instantane.objects.filter(perimetre="national").count() == 2
