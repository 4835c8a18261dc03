import pytest

from croissance.orientation import engine
from croissance.orientation.models import ReglageOrientation
from croissance.orientation.profil import Profil
from tests.connecteurs.factories import ConnecteurFactory, PrestationFactory

pytestmark = pytest.mark.django_db

BESOIN = dict(
    region="53",
    departement="29",
    scores={"vente-en-ligne": 20},
    besoins=frozenset({"vente-en-ligne"}),
)


def _titres(profil):
    section = next(s for s in engine.recommander(profil) if s.type == "connecteurs")
    return [r.titre for r in section.recommandations]


def _reseau():
    """Labelled structures with every other advantage (local, well rated) than signatories."""
    ConnecteurFactory(nom="CCI labellisée", labellise=True, note_moyenne="5.00", nombre_avis=9)
    ConnecteurFactory(nom="CMA labellisée", labellise=True, note_moyenne="4.80", nombre_avis=3)
    ConnecteurFactory(nom="Médiateur signataire", national=True, regions=["76"])
    ConnecteurFactory(nom="Tiers-lieu signataire", national=True, regions=["76"])


@pytest.mark.parametrize("niveau", [None, 1, 2])
def test_low_maturity_firm_meets_signatories_first(niveau):
    _reseau()
    assert _titres(Profil(niveau=niveau, **BESOIN))[:2] == [
        "Médiateur signataire",
        "Tiers-lieu signataire",
    ]


@pytest.mark.parametrize("niveau", [3, 4])
def test_firm_with_a_project_meets_labelled_connecteurs_first(niveau):
    _reseau()
    ConnecteurFactory(nom="Animateur signataire", note_moyenne="5.00", nombre_avis=20)
    assert _titres(Profil(niveau=niveau, **BESOIN))[:2] == ["CCI labellisée", "CMA labellisée"]


def test_mission_staff_set_the_level_up_to_which_awareness_comes_first():
    _reseau()
    ReglageOrientation.objects.create(
        type="connecteurs", libelle="Connecteurs", niveau_sensibilisation=3
    )
    assert _titres(Profil(niveau=3, **BESOIN))[0] == "Médiateur signataire"
    assert _titres(Profil(niveau=4, **BESOIN))[0] == "CCI labellisée"


def test_only_connecteurs_serving_the_area_who_signed_the_charter():
    ConnecteurFactory(nom="En Occitanie", regions=["76"])
    ConnecteurFactory(nom="Pas signataire", non_signe=True)
    ConnecteurFactory(nom="National", national=True, regions=["76"])
    ConnecteurFactory(nom="Autre thème", themes=["cybersecurite"])
    assert _titres(Profil(niveau=3, **BESOIN)) == ["National"]


def test_reasons_say_tier_area_and_rating():
    ConnecteurFactory(nom="CCI", labellise=True, note_moyenne="4.60", nombre_avis=12)
    section = next(
        s for s in engine.recommander(Profil(niveau=3, **BESOIN)) if s.type == "connecteurs"
    )
    assert "Labellisé, intervient en Bretagne, note 4,6/5" in section.recommandations[0].raisons


def test_a_labelled_connecteur_is_found_by_the_services_it_sells():
    """Its own themes say nothing of online sales; one of its services does."""
    cci = ConnecteurFactory(nom="CCI cybersécurité", labellise=True, themes=["cybersecurite"])
    ConnecteurFactory(nom="CMA cybersécurité", labellise=True, themes=["cybersecurite"])
    PrestationFactory(connecteur=cci, titre="Lancer sa boutique en ligne")
    assert _titres(Profil(niveau=3, **BESOIN)) == ["CCI cybersécurité"]
