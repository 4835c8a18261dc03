"""Size category of a firm by the rules of décret n° 2008-1354 (article 3).

A firm belongs to a category when it stays under the headcount ceiling AND under either the
turnover or the balance-sheet ceiling. An unknown financial figure does not disqualify: with
neither known, the headcount alone decides.
"""

from decimal import Decimal

from .enums import Categorie

MILLION = Decimal(1_000_000)

# (category, headcount strictly below, turnover at most, balance sheet at most)
_CEILINGS = [
    (Categorie.MICRO, 10, 2 * MILLION, 2 * MILLION),
    (Categorie.PME, 250, 50 * MILLION, 43 * MILLION),
    (Categorie.ETI, 5000, 1500 * MILLION, 2000 * MILLION),
]


def categorie_entreprise(
    effectif: int | None,
    chiffre_affaires: Decimal | None,
    total_bilan: Decimal | None,
) -> Categorie:
    for categorie, headcount_below, turnover_max, balance_max in _CEILINGS:
        if effectif is not None and effectif >= headcount_below:
            continue
        if chiffre_affaires is None and total_bilan is None:
            return categorie
        under_turnover = chiffre_affaires is not None and chiffre_affaires <= turnover_max
        under_balance = total_bilan is not None and total_bilan <= balance_max
        if under_turnover or under_balance:
            return categorie
    return Categorie.GE
