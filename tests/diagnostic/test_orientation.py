import pytest

from diagnostic import services
from diagnostic.demo import repondre
from diagnostic.models import Besoin
from diagnostic.orientation import profil_diagnostic
from diagnostic.selectors import dernier_resultat

pytestmark = pytest.mark.django_db


def test_profile_comes_from_the_latest_finished_result(maturite, pme_alice, entreprise_alice):
    assert profil_diagnostic(entreprise_alice) == {}
    for rang in (0, 2):
        resultat = services.commencer_diagnostic(
            version=maturite, user=pme_alice, entreprise=entreprise_alice
        )
        repondre(resultat, rang)
        resultat.besoins.set(
            Besoin.objects.filter(version=maturite, slug__in=["exporter", "former"])
        )
        dernier = services.terminer_diagnostic(resultat=resultat)
    services.commencer_diagnostic(version=maturite, entreprise=entreprise_alice)  # unfinished

    assert dernier_resultat(entreprise_alice) == dernier
    profil = profil_diagnostic(entreprise_alice)
    assert profil["scores"]["cybersecurite"] == dernier.scores_par_axe()["cyber"]
    assert set(profil["scores"]) >= {"strategie-numerique", "vente-en-ligne", "e-export"}
    assert profil["niveau"] == dernier.niveau.rang
    assert profil["intensite"] == dernier.dii
    assert profil["besoins"] == {"e-export", "competences"}
    assert profil["export"] is True
    assert profil["commerce_connecte"] == dernier.commerce_connecte
