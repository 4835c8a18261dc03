from decimal import Decimal

import pytest

from croissance.orientation import engine
from croissance.orientation.models import ReglageOrientation
from croissance.orientation.profil import Profil
from tests.aides.factories import AideFactory

pytestmark = pytest.mark.django_db


def _aides(profil):
    return next(s for s in engine.recommander(profil) if s.type == "aides").recommandations


BRETON = dict(region="53", departement="29", naf="47.11C", section="G", effectif=8)


def test_only_eligible_aids_with_their_amount_are_recommended():
    AideFactory(titre="Aide bretonne", financeur="Région Bretagne")
    AideFactory(titre="Aide occitane", financeur="Région Occitanie", regions=["76"])
    AideFactory(titre="Pour les moins de 5", financeur="CCI", effectif_max=5)

    (aide,) = _aides(Profil(**BRETON))

    assert aide.titre == "Aide bretonne"
    assert aide.detail.replace("\u202f", " ") == "5 000 € de subvention"
    assert aide.raisons[0].replace("\u202f", " ") == (
        "Aide éligible pour un projet de 10 000 € HT : 5 000 € de subvention "
        "(50 % de 10 000 € = 5 000 €)"
    )


def test_mission_staff_tune_the_typical_project_the_amounts_are_computed_for():
    AideFactory(titre="Aide bretonne", financeur="Région Bretagne")
    ReglageOrientation.objects.create(
        type="aides", libelle="Aides financières", montant_projet_ht=Decimal("24000")
    )

    (aide,) = _aides(Profil(**BRETON))

    assert aide.detail.replace("\u202f", " ") == "12 000 € de subvention"
    assert aide.raisons[0].replace("\u202f", " ") == (
        "Aide éligible pour un projet de 24 000 € HT : 12 000 € de subvention "
        "(50 % de 24 000 € = 12 000 €)"
    )


def test_pure_players_are_not_recommended_aids_that_exclude_them():
    AideFactory()
    assert _aides(Profil(**BRETON, pure_player=True)) == []


def test_financing_need_raises_the_score_and_bigger_grants_come_first():
    AideFactory(titre="Petite", financeur="A", taux=Decimal("20"))
    AideFactory(titre="Grande", financeur="B", taux=Decimal("50"))
    recommandations = _aides(Profil(**BRETON, besoins=frozenset({"financement"})))
    assert [r.titre for r in recommandations] == ["Grande", "Petite"]
    assert "Vous souhaitez financer un projet" in recommandations[0].raisons


def test_no_region_no_aid():
    AideFactory()
    assert _aides(Profil()) == []


def test_a_loan_is_recommended_with_its_nature_after_the_grants():
    AideFactory(titre="Subvention bretonne", financeur="Région Bretagne", taux=Decimal("20"))
    AideFactory(titre="Prêt numérique", financeur="Bpifrance", nature="pret", taux=Decimal("100"))
    subvention, pret = _aides(Profil(**BRETON))
    assert subvention.titre == "Subvention bretonne"  # though the loan's 10 000 € is larger
    assert pret.detail.replace("\u202f", " ") == "10 000 € de prêt"
    assert "10\u202f000 € de prêt (100 % de 10\u202f000 € = 10\u202f000 €)" in pret.raisons[0]
