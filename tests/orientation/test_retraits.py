"""Nothing withdrawn is ever recommended: an offer unpublished, closed, suspended or deleted
leaves the lists at once, those kept in the shared cache for the results pages included."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from aides import services as aides_services
from connecteurs import services as connecteurs_services
from connecteurs.enums import EtatLabel
from croissance.orientation import engine
from croissance.ressources.enums import EtatModeration
from tests.aides.factories import AideFactory, dossier_en_instruction
from tests.connecteurs.factories import ConnecteurFactory
from tests.factories import EntrepriseFactory, UserFactory
from tests.formations.factories import FormationFactory, SessionFactory
from tests.orientation.profils import PME_BRETONNE
from tests.ressources.factories import PrestataireFactory, RessourceFactory, TemoignageFactory

pytestmark = pytest.mark.django_db

TITRE = "Offre suivie"


def _modifier(objet, **champs):
    for champ, valeur in champs.items():
        setattr(objet, champ, valeur)
    objet.save()


def _session():
    formation = FormationFactory(titre=TITRE)
    formation.themes.set(["vente-en-ligne"])
    return SessionFactory(formation=formation)


def _accorder(aide):
    """An instructeur grants a file of this aid: its only beneficiary place is taken."""
    gestionnaire = UserFactory()
    dossier = dossier_en_instruction(
        user=gestionnaire, entreprise=EntrepriseFactory(gestionnaires=[gestionnaire]), aide=aide
    )
    aides_services.dossier_accepter(
        dossier=dossier,
        instructeur=UserFactory(instructeur=True, regions=["53"]),
        montant=Decimal("5000"),
        motif="Conforme",
    )


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
    "enveloppe épuisée par un accord": (
        "aides",
        lambda: AideFactory(titre=TITRE, enveloppe_beneficiaires=1),
        lambda a, m: _accorder(a),
    ),
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
    assert TITRE in _titres(type, engine.recommander_en_cache("resultat:1", lambda: PME_BRETONNE))

    retirer(objet, mission_marc)

    assert TITRE not in _titres(type, engine.recommander(PME_BRETONNE))
    assert TITRE not in _titres(
        type, engine.recommander_en_cache("resultat:1", lambda: PME_BRETONNE)
    )


def test_an_offer_still_recommendable_keeps_the_cached_lists(django_assert_max_num_queries):
    ressource = RessourceFactory(titre=TITRE)
    engine.recommander_en_cache("resultat:1", lambda: PME_BRETONNE)
    _modifier(ressource, resume="Un guide mis à jour.")
    with django_assert_max_num_queries(0):
        sections = engine.recommander_en_cache("resultat:1", lambda: PME_BRETONNE)
    assert TITRE in _titres("ressources", sections)
