import pytest

from croissance.orientation import engine
from croissance.orientation.profil import Profil
from croissance.referentiels.models import Theme
from tests.formations.factories import FormationFactory, SessionFactory

pytestmark = pytest.mark.django_db

PROFIL = Profil(region="53", scores={"vente-en-ligne": 15}, besoins=frozenset({"vente-en-ligne"}))


def _formation(titre, *, region="53", modalite="hybride", session=True, passee=False):
    formation = FormationFactory(titre=titre, region_id=region, modalite=modalite)
    formation.themes.set([Theme.objects.get(slug="vente-en-ligne")])
    if session:
        SessionFactory(formation=formation, passee=passee)
    return formation


def _titres(profil=PROFIL):
    section = next(s for s in engine.recommander(profil) if s.type == "formations")
    return [r.titre for r in section.recommandations]


def test_upcoming_trainings_near_the_firm_or_at_a_distance():
    _formation("Vendre en ligne à Brest")
    _formation("Vendre en ligne à distance", region=None, modalite="distance")
    _formation("Vendre en ligne à Toulouse", region="76")
    _formation("Session passée", passee=True)
    _formation("Sans session", session=False)
    assert _titres() == ["Vendre en ligne à Brest", "Vendre en ligne à distance"]


def test_reasons_name_the_need_and_the_region():
    _formation("Vendre en ligne à Brest")
    section = next(s for s in engine.recommander(PROFIL) if s.type == "formations")
    (recommandation,) = section.recommandations
    assert "Répond à votre souhait : vente en ligne" in recommandation.raisons
    assert "Dans votre région : hybride" in recommandation.raisons


def test_nothing_without_needs_or_weak_axes():
    _formation("Vendre en ligne à Brest")
    assert _titres(Profil(region="53")) == []
