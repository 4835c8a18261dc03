from decimal import Decimal

import pytest

from croissance.entreprises.categorie import categorie_entreprise
from croissance.entreprises.enums import Categorie

M = Decimal(1_000_000)


@pytest.mark.parametrize(
    ("effectif", "ca", "bilan", "expected"),
    [
        (9, 2 * M, None, Categorie.MICRO),
        (9, 2 * M + 1, None, Categorie.PME),  # turnover over 2 M€, no balance sheet known
        (9, 3 * M, 2 * M, Categorie.MICRO),  # the balance sheet alone is enough
        (10, 1 * M, 1 * M, Categorie.PME),  # 10 people is no longer micro
        (249, 50 * M, None, Categorie.PME),
        (249, 60 * M, 43 * M, Categorie.PME),
        (249, 60 * M, 44 * M, Categorie.ETI),
        (250, 1 * M, 1 * M, Categorie.ETI),
        (4999, 1500 * M, None, Categorie.ETI),
        (4999, 1600 * M, 2100 * M, Categorie.GE),
        (5000, 1 * M, 1 * M, Categorie.GE),
        (3, None, None, Categorie.MICRO),  # headcount alone decides when figures are unknown
        (None, None, None, Categorie.MICRO),
    ],
)
def test_categorie_follows_decret_2008_1354(effectif, ca, bilan, expected):
    assert categorie_entreprise(effectif, ca, bilan) == expected
