"""One set of maturity level names: what the diagnostic says of a firm is what the resources
library filters on and what the label asks for."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from croissance.label.services import criteres
from croissance.maturite import NiveauMaturite
from croissance.orientation import profil as profil_module
from diagnostic.models import Niveau, Questionnaire
from diagnostic.questionnaires import charger_questionnaires
from diagnostic.selectors import version_courante

pytestmark = pytest.mark.django_db

NOMS = ["Premiers pas", "En chemin", "Bien connecté", "Moteur du numérique"]


@pytest.fixture
def maturite(db):
    charger_questionnaires()
    return version_courante(Questionnaire.objects.get(slug="maturite-numerique"))


def test_the_diagnostic_names_its_levels_from_the_shared_scale(maturite):
    assert [n.nom for n in maturite.niveaux.order_by("rang")] == NOMS
    assert NiveauMaturite.labels == NOMS


def test_the_resources_library_filters_on_the_same_names(client):
    page = client.get(reverse("ressources:bibliotheque")).content.decode()
    for rang, nom in enumerate(NOMS, start=1):
        assert f'<option value="{rang}">{nom}</option>' in page


def test_the_label_asks_for_a_level_by_the_same_name(entreprise_alice):
    def source(entreprise):
        return {"niveau": 2, "commerce_connecte": True}

    profil_module.register_source(source)
    try:
        niveau = criteres(entreprise=entreprise_alice)[0]
    finally:
        profil_module._SOURCES.remove(source)
    assert niveau.libelle == "Niveau de maturité « Bien connecté » atteint"
    assert niveau.explication == "Votre dernier autodiagnostic : « En chemin »."


def test_a_maturity_level_cannot_be_renamed_in_one_place(maturite):
    niveau = maturite.niveaux.get(rang=3)
    niveau.nom = "Bien engagé"
    with pytest.raises(ValidationError, match="Bien connecté"):
        niveau.full_clean()
    nouveau = Niveau(version=maturite, rang=2, nom="", score_min=30, description="Les bases.")
    nouveau.clean()
    assert nouveau.nom == "En chemin"
