"""Each recommendation appears once on the results page: a training with several sessions is
one card listing them, the same training title from two organisations one card, and a
structure that is both a connecteur and a referenced provider one recommendation."""

import datetime

import pytest
from django.utils import timezone

from croissance.orientation import engine
from tests.connecteurs.factories import ConnecteurFactory
from tests.formations.factories import FormationFactory, SessionFactory
from tests.orientation.profils import PME_BRETONNE
from tests.ressources.factories import PrestataireFactory

pytestmark = pytest.mark.django_db


def _section(sections, type_):
    return next(section for section in sections if section.type == type_).recommandations


def test_a_training_with_three_sessions_is_one_card_that_lists_them():
    formation = FormationFactory(titre="Vendre en ligne pas à pas")
    formation.themes.set(["vente-en-ligne"])
    debut = timezone.localdate() + datetime.timedelta(days=20)
    for semaines in (0, 4, 8):
        SessionFactory(formation=formation, date_debut=debut + datetime.timedelta(weeks=semaines))
    # the same training by another organisation, at a distance (the firm's region ranks first)
    autre = FormationFactory(
        titre="Vendre en ligne  PAS à pas", modalite="distance", region_id=None
    )
    autre.themes.set(["vente-en-ligne"])
    SessionFactory(formation=autre)

    cartes = [
        r
        for r in _section(engine.recommander(PME_BRETONNE), "formations")
        if r.titre.casefold().split() == ["vendre", "en", "ligne", "pas", "à", "pas"]
    ]
    assert len(cartes) == 1
    dates = [debut + datetime.timedelta(weeks=s) for s in (0, 4, 8)]
    assert cartes[0].cle == f"formations:{formation.pk}"
    assert cartes[0].detail == (
        f"Sessions le {dates[0]:%d/%m/%Y}, le {dates[1]:%d/%m/%Y} et le {dates[2]:%d/%m/%Y}"
    )


def test_a_structure_both_connecteur_and_provider_is_recommended_once():
    ConnecteurFactory(nom="Numérique & Co", siret="73282932000074", themes=["vente-en-ligne"])
    PrestataireFactory(
        nom="Numérique & Co (agence)", siret="73282932000074", themes=["vente-en-ligne"]
    )
    PrestataireFactory(nom="Autre agence", siret="", themes=["vente-en-ligne"])

    sections = engine.recommander(PME_BRETONNE)
    connecteurs = [r.titre for r in _section(sections, "connecteurs")]
    prestataires = [r.titre for r in _section(sections, "prestataires")]
    assert "Numérique & Co" in connecteurs
    assert "Numérique & Co (agence)" not in prestataires
    assert "Autre agence" in prestataires
