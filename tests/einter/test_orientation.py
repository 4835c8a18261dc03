from datetime import timedelta

import pytest
from django.utils import timezone

from croissance.orientation import engine
from croissance.orientation.models import ReglageOrientation
from croissance.orientation.profil import Profil, build_profil
from croissance.referentiels.models import Naf
from diagnostic import services as diagnostic_services
from diagnostic.models import Choix, Questionnaire, Reponse
from diagnostic.questionnaires import charger_questionnaires
from diagnostic.selectors import version_courante
from einter import orientation
from einter.services import diagnostic_publier_pays
from tests.einter.factories import (
    LeadFactory,
    MarcheFactory,
    OffreFactory,
    PlaceFactory,
    TemoignageFactory,
    secteur,
)

pytestmark = pytest.mark.django_db

EXPORTATRICE = Profil(division="10", export=True, besoins=frozenset({"e-export"}))
VISE_ALLEMAGNE = Profil(division="10", export=True, pays_cibles=frozenset({"DE"}))


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
    LeadFactory(
        titre="Échu",
        pays="IT",
        secteur=agroalimentaire,
        date_limite=timezone.localdate() - timedelta(days=1),
    )
    LeadFactory(titre="Autre secteur", pays="JP", naf_division_id="62")
    titres = sorted(r.titre for r in _section("leads"))
    assert len(titres) == 2 and "Biscuits pour Madrid" in titres
    assert not {"Clos", "Échu", "Autre secteur"} & set(titres)


def test_markets_where_the_demand_is(agroalimentaire):
    MarcheFactory(code_pays="DE", nom="Allemagne")
    MarcheFactory(code_pays="JP", nom="Japon")
    LeadFactory.create_batch(2, pays="DE", secteur=agroalimentaire)
    (marche,) = _section("marches")
    assert marche.titre == "Vendre en ligne : Allemagne"
    assert marche.raisons[0] == "2 demandes ouvertes dans votre secteur"


def test_nothing_for_firms_without_export_intent(agroalimentaire):
    LeadFactory(pays="DE", secteur=agroalimentaire)
    MarcheFactory(code_pays="DE", nom="Allemagne")
    for type in ("leads", "marches", "places", "temoignages_export"):
        assert _section(type, Profil(division="10")) == []


def test_the_chosen_country_comes_first_with_its_reason(agroalimentaire):
    MarcheFactory(code_pays="DE", nom="Allemagne")
    MarcheFactory(code_pays="JP", nom="Japon")
    LeadFactory.create_batch(5, pays="JP", secteur=agroalimentaire)
    LeadFactory(titre="Biscuits pour Berlin", pays="DE", secteur=agroalimentaire)

    premier, second = _section("marches", VISE_ALLEMAGNE)
    assert premier.titre == "Vendre en ligne : Allemagne"
    assert premier.raisons[0] == (
        "Vous visez l'Allemagne : fiche marché, habitudes d'achat en ligne et bonnes pratiques"
    )
    assert second.titre == "Vendre en ligne : Japon"
    lead = _section("leads", VISE_ALLEMAGNE)[0]
    assert lead.titre == "Biscuits pour Berlin"
    assert lead.raisons[0] == (
        "Vous visez l'Allemagne : un acheteur de ce pays cherche un fournisseur dans votre "
        f"secteur ({agroalimentaire.nom.lower()})"
    )


def test_a_chosen_country_is_enough_without_a_known_sector():
    MarcheFactory(code_pays="US", nom="États-Unis")
    (marche,) = _section("marches", Profil(export=True, pays_cibles=frozenset({"US"})))
    assert marche.raisons[0].startswith("Vous visez les États-Unis : fiche marché")


def test_marketplaces_of_the_chosen_countries_with_their_current_offer(agroalimentaire):
    allemagne = MarcheFactory(code_pays="DE", nom="Allemagne")
    japon = MarcheFactory(code_pays="JP", nom="Japon")
    otto = PlaceFactory(nom="Otto", marches=[allemagne])
    OffreFactory(place=otto, titre="Commission réduite de moitié")
    OffreFactory(
        place=otto,
        titre="Offre échue",
        debut=timezone.localdate() - timedelta(days=60),
        fin=timezone.localdate() - timedelta(days=1),
    )
    zalando = PlaceFactory(nom="Zalando", marches=[allemagne])
    OffreFactory(
        place=zalando,
        titre="Offre échue",
        debut=timezone.localdate() - timedelta(days=60),
        fin=timezone.localdate() - timedelta(days=1),
    )
    PlaceFactory(nom="Retirée", marches=[allemagne], publie=False)
    PlaceFactory(nom="Rakuten", marches=[japon])

    premiere, seconde = _section("places", VISE_ALLEMAGNE)
    assert premiere.titre == "Otto"
    assert premiere.raisons == (
        "Vous visez l'Allemagne : Otto y vend en ligne",
        f"Conditions négociées pour les PME du programme : Commission réduite de moitié "
        f"(jusqu'au {timezone.localdate() + timedelta(days=10):%d/%m/%Y})",
    )
    assert seconde.titre == "Zalando"
    assert "échue" not in " ".join(seconde.raisons) + seconde.detail


def test_success_stories_of_the_chosen_countries_sector_first(agroalimentaire):
    allemagne = MarcheFactory(code_pays="DE", nom="Allemagne")
    TemoignageFactory(marche=allemagne, titre="Des jouets à Berlin", secteur=secteur("jouets"))
    TemoignageFactory(marche=allemagne, titre="Nos biscuits à Munich", secteur=agroalimentaire)
    TemoignageFactory(marche=allemagne, titre="Brouillon", publie=False)
    TemoignageFactory(marche=MarcheFactory(code_pays="JP"), titre="À Tokyo")

    recits = _section("temoignages_export", VISE_ALLEMAGNE)
    assert [r.titre for r in recits] == ["Nos biscuits à Munich"]  # one per country
    assert recits[0].raisons == (
        "Vous visez l'Allemagne : Biscuiterie de l'Aber y vend Biscuits au beurre",
        "Une entreprise de votre secteur",
    )


def test_unpublished_fiches_are_never_recommended(agroalimentaire):
    allemagne = MarcheFactory(code_pays="DE", nom="Allemagne", publie=False)
    PlaceFactory(nom="Otto", marches=[allemagne])
    TemoignageFactory(marche=allemagne)
    LeadFactory(pays="DE", secteur=agroalimentaire)
    for type in ("marches", "places", "temoignages_export"):
        assert _section(type, VISE_ALLEMAGNE) == []


def test_recommendations_are_deterministic(agroalimentaire):
    for code in ("DE", "ES", "IT"):
        marche = MarcheFactory(code_pays=code)
        PlaceFactory.create_batch(2, marches=[marche])
        TemoignageFactory.create_batch(2, marche=marche)
        LeadFactory.create_batch(3, pays=code, secteur=agroalimentaire)
    profil = Profil(division="10", export=True, pays_cibles=frozenset({"DE", "IT"}))
    assert engine.recommander(profil) == engine.recommander(profil)


@pytest.mark.parametrize("nombre", [1, 15])
@pytest.mark.parametrize("type", ["marches", "places", "temoignages", "leads"])
def test_each_provider_reads_at_most_two_queries(
    type, nombre, agroalimentaire, django_assert_max_num_queries
):
    for code in ("DE", "ES", "IT", "JP")[: 1 + nombre // 5]:
        marche = MarcheFactory(code_pays=code)
        for place in PlaceFactory.create_batch(nombre, marches=[marche]):
            OffreFactory(place=place)
        TemoignageFactory.create_batch(nombre, marche=marche, secteur=agroalimentaire)
        LeadFactory.create_batch(nombre, pays=code, secteur=agroalimentaire)
    profil = Profil(division="10", export=True, pays_cibles=frozenset({"DE", "ES"}))
    provider = getattr(orientation, type)
    with django_assert_max_num_queries(2):
        recommandations = list(provider(profil, ReglageOrientation(type=type)))
    assert recommandations


@pytest.fixture
def e_export(db):
    charger_questionnaires()
    return Questionnaire.objects.get(slug="e-export")


def test_a_new_version_offers_the_countries_with_a_fiche(e_export, pme_alice, entreprise_alice):
    ancienne = version_courante(e_export)
    ancien = diagnostic_services.commencer_diagnostic(version=ancienne, user=pme_alice)
    MarcheFactory(code_pays="DE", nom="Allemagne")
    MarcheFactory(code_pays="JP", nom="Japon")
    MarcheFactory(code_pays="CN", nom="Chine", publie=False)

    version = diagnostic_publier_pays()

    assert version.numero == ancienne.numero + 1 and version_courante(e_export) == version
    question = version.questions.get(code="pays-vises")
    assert [c.libelle for c in question.choix.order_by("ordre")] == [
        "Allemagne",
        "Japon",
        "Un autre pays",
    ]
    ancien.refresh_from_db()
    assert ancien.version == ancienne  # results keep the version they were taken with
    assert diagnostic_publier_pays() is None  # nothing changed

    resultat = diagnostic_services.commencer_diagnostic(
        version=version, user=pme_alice, entreprise=entreprise_alice
    )
    for q in version.questions.prefetch_related("choix"):
        codes = ["de", "autre"] if q.code == "pays-vises" else [q.choix.all()[0].code]
        Reponse.objects.bulk_create(
            Reponse(resultat=resultat, question=q, choix=c)
            for c in Choix.objects.filter(question=q, code__in=codes)
        )
    diagnostic_services.terminer_diagnostic(resultat=resultat)

    profil = build_profil(entreprise_alice)
    assert profil.export and profil.pays_cibles == {"DE"}
