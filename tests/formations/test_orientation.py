from datetime import timedelta

import pytest

from croissance.orientation import engine
from croissance.orientation.profil import Profil
from croissance.referentiels.models import Theme
from formations.models import Formation
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


def test_the_latest_session_date_follows_sessions_added_moved_and_deleted():
    formation = FormationFactory()
    assert formation.derniere_session is None
    session = SessionFactory(formation=formation)
    formation.refresh_from_db()
    assert formation.derniere_session == session.date_debut

    plus_tard = SessionFactory(
        formation=formation, date_debut=session.date_debut + timedelta(days=60)
    )
    ancienne = Formation.objects.get(pk=formation.pk)
    plus_tard.date_debut += timedelta(days=5)
    plus_tard.date_fin += timedelta(days=5)
    plus_tard.save()
    ancienne.titre = "Titre modifié"
    ancienne.save()  # loaded before the move: must not bring back the old date
    formation.refresh_from_db()
    assert formation.derniere_session == plus_tard.date_debut

    plus_tard.delete()
    formation.refresh_from_db()
    assert formation.derniere_session == session.date_debut
