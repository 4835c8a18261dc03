import pytest

from croissance.orientation import engine
from croissance.orientation.profil import Profil
from croissance.referentiels.models import Naf
from tests.einter.factories import LeadFactory, MarcheFactory, secteur

pytestmark = pytest.mark.django_db

EXPORTATRICE = Profil(division="10", export=True, besoins=frozenset({"e-export"}))


def _section(type, profil=EXPORTATRICE):
    return next(s for s in engine.recommander(profil) if s.type == type).recommandations


@pytest.fixture
def agroalimentaire():
    sect = secteur("agroalimentaire")
    sect.divisions_naf.add(Naf.objects.get(code="10"))
    return sect


def test_open_leads_of_the_firms_sector_one_per_country(agroalimentaire):
    LeadFactory(titre="Biscuits pour Berlin", pays="DE", secteur=agroalimentaire)
    LeadFactory(titre="Biscuits pour Munich", pays="DE", secteur=agroalimentaire)
    LeadFactory(titre="Biscuits pour Madrid", pays="ES", secteur=agroalimentaire)
    LeadFactory(titre="Clos", pays="IT", secteur=agroalimentaire, statut="clos")
    LeadFactory(titre="Autre secteur", pays="JP", naf_division_id="62")
    titres = sorted(r.titre for r in _section("leads"))
    assert len(titres) == 2 and "Biscuits pour Madrid" in titres
    assert not {"Clos", "Autre secteur"} & set(titres)


def test_markets_where_the_demand_is(agroalimentaire):
    MarcheFactory(code_pays="DE", nom="Allemagne")
    MarcheFactory(code_pays="JP", nom="Japon")
    LeadFactory.create_batch(2, pays="DE", secteur=agroalimentaire)
    (marche,) = _section("marches")
    assert marche.titre == "Vendre en ligne : Allemagne"
    assert marche.raisons[0] == "2 demandes ouvertes dans votre secteur"


def test_nothing_for_firms_without_export_intent(agroalimentaire):
    LeadFactory(pays="DE", secteur=agroalimentaire)
    assert _section("leads", Profil(division="10")) == []
