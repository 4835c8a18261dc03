"""The national seed at a tiny scale: the expected rows per model, and reproducible."""

from decimal import Decimal

import pytest
from django.core.management import call_command
from django.db.models import Avg, Count
from django.urls import reverse
from django.utils import timezone

from aides.enums import EtatDossier
from aides.models import Aide, Dossier
from bench import seeders
from connecteurs.enums import EtatLabel, Niveau, StatutAvis
from connecteurs.models import Avis as AvisConnecteur
from connecteurs.models import Connecteur
from croissance.comptes.models import User
from croissance.entreprises.models import Entreprise, Gestionnaire
from croissance.ressources.models import Ressource
from diagnostic.models import Resultat, ScoreAxe
from einter.models import Lead
from formations.models import Avis as AvisFormation
from formations.models import Formation, Inscription, SessionFormation

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
        "connecteurs": list(
            Connecteur.objects.order_by("pk").values_list("pk", "nom", "niveau", "note_moyenne")
        ),
        "sessions": list(
            SessionFormation.objects.order_by("pk").values_list("pk", "formation_id", "date_debut")
        ),
    }


def _vider():
    AvisFormation.objects.all().delete()
    Inscription.objects.all().delete()
    Formation.objects.all().delete()
    Connecteur.objects.all().delete()
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

    assert (
        User.objects.filter(role="pme", email__endswith="@bench.example").count()
        == (attendus["utilisateurs"])
    )
    assert User.objects.filter(role="connecteur").count() == attendus["connecteurs"]
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
    assert Connecteur.objects.count() == attendus["connecteurs"]
    assert Formation.objects.count() == attendus["formations"]


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


@pytest.fixture
def annuaire_et_catalogue():
    """Enough structures and trainings for the directory, the catalogue and the orientation."""
    ctx = seeders.Contexte(graine=5, echelle=0.005, jour=timezone.localdate())
    seeders.executer(
        ctx, seulement={"utilisateurs", "entreprises", "diagnostics", "connecteurs", "formations"}
    )


def test_a_third_of_connecteurs_are_labelled_with_services_and_a_label_in_force(
    annuaire_et_catalogue,
):
    total = Connecteur.objects.count()
    labellises = Connecteur.objects.filter(niveau=Niveau.LABELLISE)
    assert labellises.count() == pytest.approx(total / 3, abs=1)
    today = timezone.localdate()
    for connecteur in labellises.prefetch_related("prestations", "membres"):
        assert connecteur.etat_label == EtatLabel.ACTIF
        assert connecteur.charte_signee_le is not None
        assert connecteur.label_obtenu_le <= today < connecteur.label_expire_le
        assert connecteur.prestations.all()
        assert connecteur.membres.all()
    assert not Connecteur.objects.filter(niveau=Niveau.SIGNATAIRE, etat_label=EtatLabel.ACTIF)


def test_rating_averages_match_the_published_reviews(annuaire_et_catalogue):
    notes = Connecteur.objects.exclude(note_moyenne=None)
    assert notes.exists()
    attendu = {
        pk: (round(Decimal(moyenne), 2), nombre)
        for pk, moyenne, nombre in AvisConnecteur.objects.filter(statut=StatutAvis.PUBLIE)
        .values_list("reponse__connecteur")
        .annotate(Avg("note"), Count("pk"))
    }
    assert {c.pk: (c.note_moyenne, c.nombre_avis) for c in notes} == attendu
    assert not Connecteur.objects.filter(note_moyenne=None, nombre_avis__gt=0).exists()
    # trainings are rated by confirmed participants of past sessions only
    for avis in AvisFormation.objects.select_related("inscription__session"):
        assert avis.inscription.session.date_fin < timezone.localdate()
        assert avis.inscription.session.formation_id == avis.formation_id


def test_every_training_has_sessions_and_most_one_to_come(annuaire_et_catalogue):
    today = timezone.localdate()
    assert not Formation.objects.filter(sessions=None).exists()
    a_venir = Formation.objects.filter(sessions__date_debut__gt=today).distinct().count()
    assert a_venir > Formation.objects.count() / 2
    assert SessionFormation.objects.filter(date_debut__lt=today).exists()


def test_seeded_directory_and_catalogue_list_items(annuaire_et_catalogue, client):
    annuaire = client.get(reverse("connecteurs:annuaire"))
    premier = Connecteur.objects.filter(charte_signee_le__isnull=False).order_by("niveau", "nom")[0]
    assert premier.nom in annuaire.text
    labellise = Connecteur.objects.filter(niveau=Niveau.LABELLISE).first()
    profil = client.get(reverse("connecteurs:profil", args=[labellise.pk]))
    assert labellise.prestations.first().titre in profil.text
    catalogue = client.get(reverse("formations:catalogue"), {"modalite": "distance"})
    distance = Formation.objects.filter(publiee=True, modalite="distance").order_by("titre", "pk")
    assert distance[0].titre in catalogue.text


def test_orientation_recommends_seeded_connecteurs_and_trainings(annuaire_et_catalogue):
    from croissance.orientation.engine import recommander
    from croissance.orientation.profil import build_profil

    trouves = set()
    entreprises = Entreprise.objects.filter(resultats_diagnostic__statut="termine").distinct()
    for entreprise in entreprises.select_related("naf", "region").order_by("pk")[:10]:
        for section in recommander(build_profil(entreprise)):
            if section.recommandations:
                trouves.add(section.type)
    assert {"connecteurs", "formations"} <= trouves
