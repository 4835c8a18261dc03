"""The engine asks each provider for a few ranked candidates: the number of queries does not
grow with the number of offers, and the short list holds what a full scan would keep."""

from dataclasses import replace

import pytest

from croissance.orientation import engine
from croissance.referentiels.models import Naf
from croissance.ressources.enums import TypeRessource
from tests.aides.factories import AideFactory
from tests.connecteurs.factories import ConnecteurFactory
from tests.einter.factories import LeadFactory, MarcheFactory, PlaceFactory, secteur
from tests.einter.factories import TemoignageFactory as ExportTemoignageFactory
from tests.formations.factories import FormationFactory, SessionFactory
from tests.orientation.profils import PME_BRETONNE
from tests.ressources.factories import PrestataireFactory, RessourceFactory, TemoignageFactory

pytestmark = pytest.mark.django_db


def _offres(nombre):
    for n in range(nombre):
        ConnecteurFactory(nom=f"Connecteur {n:03d}", labellise=n % 3 == 0)
        AideFactory(titre=f"Aide {n:03d}", financeur=f"Financeur {n % 4}")
        formation = FormationFactory(titre=f"Formation {n:03d}")
        formation.themes.set(["vente-en-ligne"])
        SessionFactory(formation=formation)
        RessourceFactory(titre=f"Guide {n:03d}")
        TemoignageFactory(titre=f"Témoignage {n:03d}")
        PrestataireFactory(nom=f"Agence {n:03d}")


@pytest.mark.parametrize("nombre", [2, 30])
def test_every_kind_in_a_fixed_number_of_queries(django_assert_max_num_queries, nombre):
    _offres(nombre)
    with django_assert_max_num_queries(20):
        sections = {s.type: s for s in engine.recommander(PME_BRETONNE)}
    for type in ("connecteurs", "aides", "formations", "ressources", "temoignages"):
        assert sections[type].recommandations, type
        assert all(r.raisons for r in sections[type].recommandations)
    assert sections["prestataires"].recommandations


def _offres_export(nombre):
    sect = secteur("agroalimentaire")
    sect.divisions_naf.add(Naf.objects.get(code="10"))
    for n in range(nombre):
        marche = MarcheFactory(code_pays=("DE", "ES", "IT")[n % 3])
        PlaceFactory(nom=f"Place {n:03d}", marches=[marche])
        ExportTemoignageFactory(titre=f"Réussite {n:03d}", marche=marche, secteur=sect)
        LeadFactory(titre=f"Biscuits {n:03d}", pays=marche.code_pays, secteur=sect)


@pytest.mark.parametrize("nombre", [2, 30])
def test_an_export_minded_firm_too_in_a_fixed_number_of_queries(
    django_assert_max_num_queries, nombre
):
    """The four export kinds come on top of the others: still at most 20 queries."""
    _offres(nombre)
    _offres_export(nombre)
    profil = replace(PME_BRETONNE, division="10", export=True, pays_cibles=frozenset({"DE"}))
    with django_assert_max_num_queries(20):
        sections = {s.type: s for s in engine.recommander(profil)}
    for type in ("connecteurs", "aides", "formations", "marches", "places", "leads"):
        assert sections[type].recommandations, type
    assert sections["temoignages_export"].recommandations


def test_short_list_keeps_diversity_and_the_best_of_each_kind():
    for n in range(12):
        RessourceFactory(titre=f"Guide {n:02d}")
    RessourceFactory(titre="Zz MOOC", type=TypeRessource.MOOC)
    RessourceFactory(titre="Hors sujet", type=TypeRessource.VIDEO, themes=["e-export"])
    (ressources,) = [s for s in engine.recommander(PME_BRETONNE) if s.type == "ressources"]
    titres = [r.titre for r in ressources.recommandations]
    # one guide (the first by title), then the MOOC that a dozen guides outrank by title only
    assert titres == ["Guide 00", "Zz MOOC"]


def test_resources_outside_the_firm_level_sector_or_size_are_left_out():
    RessourceFactory(titre="Pour experts", niveau_min=4, niveau_max=4)
    RessourceFactory(titre="Pour l'industrie", sections_naf="C F")
    RessourceFactory(titre="Pour les ETI", categories="eti ge")
    RessourceFactory(titre="Non publiée", publie=False)
    RessourceFactory(titre="Pour le commerce de proximité", sections_naf="G I", categories="micro")
    (ressources,) = [s for s in engine.recommander(PME_BRETONNE) if s.type == "ressources"]
    assert [r.titre for r in ressources.recommandations] == ["Pour le commerce de proximité"]


def test_aids_simulated_are_the_largest_grants(monkeypatch):
    monkeypatch.setattr("aides.orientation.AIDES_CANDIDATES", 2)
    for taux, plafond in (("20", None), ("80", "3000"), ("50", None), ("30", None)):
        AideFactory(
            titre=f"Aide à {taux} %", financeur=f"Financeur {taux}", taux=taux, plafond=plafond
        )
    (aides,) = [s for s in engine.recommander(PME_BRETONNE) if s.type == "aides"]
    # 50 % of 10 000 € beats 80 % capped at 3 000 €; the 30 % and 20 % ones are not simulated
    assert [r.titre for r in aides.recommandations] == ["Aide à 50 %", "Aide à 80 %"]
