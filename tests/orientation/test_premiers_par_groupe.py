"""The first rows of a ranking with at most N per group, read without sorting every row when
the first ones are enough, and through the window when a few groups own them all."""

from decimal import Decimal

import pytest
from django.db import connection
from django.db.models import F
from django.test.utils import CaptureQueriesContext

from aides.models import Aide
from croissance.orientation.scoring import premiers_par_groupe
from tests.aides.factories import AideFactory

pytestmark = pytest.mark.django_db

ORDRE = [F("plafond").desc(), F("pk").asc()]


@pytest.fixture
def aides():
    # the largest grants all come from one funder, then two others
    for rang in range(12):
        AideFactory(financeur="Région", plafond=Decimal(10_000 - rang))
    AideFactory(financeur="Bpifrance", plafond=Decimal(5_000))
    AideFactory(financeur="Bpifrance", plafond=Decimal(4_999))
    AideFactory(financeur="Europe", plafond=Decimal(100))


def premiers(voulus, par_groupe=1, champs=None):
    with CaptureQueriesContext(connection) as requetes:
        lignes = premiers_par_groupe(
            Aide.objects.order_by(*ORDRE),
            ORDRE,
            groupe="financeur",
            par_groupe=par_groupe,
            voulus=voulus,
            champs=champs,
        )
    return [(ligne.financeur, ligne.plafond) for ligne in lignes], len(requetes)


def test_the_first_rows_are_enough_one_query(aides):
    lignes, requetes = premiers(voulus=1, par_groupe=2)  # reads the first 4 rows
    assert lignes == [("Région", Decimal(10_000))]
    assert requetes == 1


def test_a_funder_owning_the_first_rows_does_not_hide_the_others(aides):
    lignes, requetes = premiers(voulus=3)
    assert lignes == [
        ("Région", Decimal(10_000)),
        ("Bpifrance", Decimal(5_000)),
        ("Europe", Decimal(100)),
    ]
    assert requetes == 2  # the first 12 rows held two funders: the window read the rest


def test_named_rows_and_at_most_two_per_group(aides):
    lignes, _ = premiers(voulus=5, par_groupe=2, champs=["pk", "financeur", "plafond"])
    assert lignes == [
        ("Région", Decimal(10_000)),
        ("Région", Decimal(9_999)),
        ("Bpifrance", Decimal(5_000)),
        ("Bpifrance", Decimal(4_999)),
        ("Europe", Decimal(100)),
    ]
