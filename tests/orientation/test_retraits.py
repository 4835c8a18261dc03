"""Nothing withdrawn is ever recommended: an offer unpublished, closed, suspended or deleted
leaves the lists at once, those kept in the shared cache for the results pages included."""

from datetime import timedelta

import pytest
from django.utils import timezone

from connecteurs import services as connecteurs_services
from connecteurs.enums import EtatLabel
from croissance.orientation import engine
from croissance.orientation.profil import Profil
from croissance.ressources.enums import EtatModeration
from tests.aides.factories import AideFactory
from tests.connecteurs.factories import ConnecteurFactory
from tests.formations.factories import FormationFactory, SessionFactory
from tests.ressources.factories import PrestataireFactory, RessourceFactory, TemoignageFactory

pytestmark = pytest.mark.django_db

TITRE = "Offre suivie"

PROFIL = Profil(
    region="53",
    departement="29",
    naf="47.11C",
    section="G",
    effectif=8,
    categorie="micro",
    niveau=3,
    scores={"vente-en-ligne": 20},
    besoins=frozenset({"vente-en-ligne"}),
)


def _modifier(objet, **champs):
    for champ, valeur in champs.items():
        setattr(objet, champ, valeur)
    objet.save()


def _session():
    formation = FormationFactory(titre=TITRE)
    formation.themes.set(["vente-en-ligne"])
    return SessionFactory(formation=formation)


def _suspendre(connecteur, mission):
    connecteurs_services.label_changer(
        connecteur=connecteur, to=EtatLabel.SUSPENDU, auteur=mission, motif="Contrôle en cours"
    )


HIER = timezone.localdate() - timedelta(days=1)

# (kind, the offer, its withdrawal)
RETRAITS = {
    "aide dépubliée": (
        "aides",
        lambda: AideFactory(titre=TITRE),
        lambda a, m: _modifier(a, publiee=False),
    ),
    "aide clôturée hier": (
        "aides",
        lambda: AideFactory(titre=TITRE),
        lambda a, m: _modifier(a, date_cloture=HIER),
    ),
    "aide supprimée": ("aides", lambda: AideFactory(titre=TITRE), lambda a, m: a.delete()),
    "label suspendu": (
        "connecteurs",
        lambda: ConnecteurFactory(nom=TITRE, labellise=True),
        _suspendre,
    ),
    "formation dépubliée": (
        "formations",
        lambda: _session().formation,
        lambda f, m: _modifier(f, publiee=False),
    ),
    "dernière session annulée": ("formations", _session, lambda s, m: s.delete()),
    "ressource dépubliée": (
        "ressources",
        lambda: RessourceFactory(titre=TITRE),
        lambda r, m: _modifier(r, publie=False),
    ),
    "témoignage refusé": (
        "temoignages",
        lambda: TemoignageFactory(titre=TITRE),
        lambda t, m: _modifier(t, etat=EtatModeration.REFUSE),
    ),
    "prestataire déréférencé": (
        "prestataires",
        lambda: PrestataireFactory(nom=TITRE),
        lambda p, m: _modifier(p, publie=False),
    ),
}


def _titres(type, sections):
    return [r.titre for s in sections if s.type == type for r in s.recommandations]


@pytest.mark.parametrize("cas", RETRAITS)
def test_a_withdrawn_offer_leaves_the_engine_and_the_cached_lists_at_once(cas, mission_marc):
    type, offre, retirer = RETRAITS[cas]
    objet = offre()
    # the list a results page shows, computed and kept in the shared cache
    assert TITRE in _titres(type, engine.recommander_en_cache("resultat:1", lambda: PROFIL))

    retirer(objet, mission_marc)

    assert TITRE not in _titres(type, engine.recommander(PROFIL))
    assert TITRE not in _titres(type, engine.recommander_en_cache("resultat:1", lambda: PROFIL))


def test_an_offer_still_recommendable_keeps_the_cached_lists(django_assert_max_num_queries):
    ressource = RessourceFactory(titre=TITRE)
    engine.recommander_en_cache("resultat:1", lambda: PROFIL)
    _modifier(ressource, resume="Un guide mis à jour.")
    with django_assert_max_num_queries(0):
        sections = engine.recommander_en_cache("resultat:1", lambda: PROFIL)
    assert TITRE in _titres("ressources", sections)
