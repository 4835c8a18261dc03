"""Every aid for a project, and the best combination of those it is eligible to, with why
it adds up as it does.

Only comparable things are added: subventions and prises en charge (money the firm keeps).
Loans and repayable advances are listed beside, to be paid back; guarantees too. The total of
the grants never exceeds the eligible expense of the aids combined, nor the maximum aid
intensity: the national one (`AIDES_INTENSITE_MAXIMALE`, 100 % at most) and the lowest one
of the aids combined (`Aide.intensite_max`).

Pure functions over `eligibility.Resultat`s, like the simulator.
"""

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from itertools import combinations

from .eligibility import (
    CENT,
    ProfilEntreprise,
    Projet,
    Regles,
    Resultat,
    euros,
    evaluer,
    pourcent,
)
from .enums import (
    LIBELLES_COURTS,
    NATURES_NON_REMBOURSABLES,
    NATURES_REMBOURSABLES,
    Cumul,
    NatureAide,
)

CENT_POURCENT = Decimal("100")
# Eligible aids are listed grants first, then what is paid back, then guarantees.
ORDRE_NATURES = {
    **dict.fromkeys(NATURES_NON_REMBOURSABLES, 0),
    **dict.fromkeys(NATURES_REMBOURSABLES, 1),
    NatureAide.GARANTIE: 2,
}
# Up to this many eligible grants, every package is tried (at most 4 096); beyond, the grants
# are taken by decreasing amount, each one if it adds something.
RECHERCHE_EXHAUSTIVE = 12


@dataclass(frozen=True)
class _Panier:
    """Grants taken together: what they add up to and what caps them."""

    resultats: tuple[Resultat, ...] = ()
    somme: Decimal = Decimal("0")
    types: frozenset[str] = frozenset()
    intensite: Decimal = CENT_POURCENT
    fixee_par: str = ""  # the aid whose intensity is the lowest, "" for the national one

    def avec(self, resultat: Resultat) -> "_Panier":
        regles = resultat.aide
        intensite, fixee_par = self.intensite, self.fixee_par
        if regles.intensite_max is not None and regles.intensite_max < intensite:
            intensite, fixee_par = regles.intensite_max, regles.titre
        return _Panier(
            resultats=(*self.resultats, resultat),
            somme=self.somme + resultat.montant,
            types=self.types | regles.types_depense,
            intensite=intensite,
            fixee_par=fixee_par,
        )


def depense_eligible(projet: Projet, types: frozenset[str]) -> Decimal:
    """The project's expenses some of the aids fund (the whole project when it is known by its
    total only)."""
    if projet.montants_par_type is None:
        return projet.montant_ht
    return sum((m for t, m in projet.montants_par_type.items() if t in types), Decimal("0"))


def _part(depense: Decimal, intensite: Decimal) -> Decimal:
    return (depense * intensite / 100).quantize(CENT, rounding=ROUND_HALF_UP)


def _plafond(panier: _Panier, projet: Projet) -> Decimal:
    return _part(depense_eligible(projet, panier.types), panier.intensite)


def _total(panier: _Panier, projet: Projet) -> Decimal:
    return min(panier.somme, _plafond(panier, projet))


def _compatible(resultat: Resultat, pks_retenus: set[int], conflits) -> bool:
    return not conflits[resultat.aide.pk] & pks_retenus


def _meilleures_subventions(
    subventions: list[Resultat], projet: Projet, conflits, intensite: Decimal
) -> _Panier:
    depart = _Panier(intensite=intensite)
    if len(subventions) <= RECHERCHE_EXHAUSTIVE:
        meilleur = depart
        for taille in range(1, len(subventions) + 1):
            for groupe in combinations(subventions, taille):
                if any(b.aide.pk in conflits[a.aide.pk] for a, b in combinations(groupe, 2)):
                    continue
                panier = depart
                for resultat in groupe:
                    panier = panier.avec(resultat)
                # strictly more: with equal totals, the fewer aids (fewer files to fill in)
                if _total(panier, projet) > _total(meilleur, projet):
                    meilleur = panier
        return meilleur
    # Many grants: by decreasing amount, each one if it may be combined and adds something;
    # an aid combinable with none is tried alone against that.
    panier, pks = depart, set()
    for resultat in subventions:
        if not resultat.seule and _compatible(resultat, pks, conflits):
            essai = panier.avec(resultat)
            if _total(essai, projet) > _total(panier, projet):
                panier = essai
                pks.add(resultat.aide.pk)
    for resultat in subventions:
        seule = depart.avec(resultat)
        if resultat.seule and _total(seule, projet) > _total(panier, projet):
            panier = seule
    return panier


@dataclass
class Combinaison:
    """The best combination added up, for the page."""

    subventions: list[Resultat]  # subventions and prises en charge retained
    remboursables: list[Resultat]  # loans and advances retained, to be paid back
    garanties: list[Resultat]
    somme: Decimal  # the grants added up
    depense: Decimal  # the project's expense the retained grants fund
    intensite: Decimal  # the maximum intensity applied (%)
    fixee_par: str  # the aid that sets it, "" for the national maximum
    total: Decimal  # the grants, capped
    explication: list[str] = field(default_factory=list)

    @property
    def total_remboursable(self) -> Decimal:
        return sum((r.montant for r in self.remboursables), Decimal("0"))

    @property
    def total_garanti(self) -> Decimal:
        return sum((r.montant for r in self.garanties), Decimal("0"))


def marquer_meilleure_combinaison(
    eligibles: list[Resultat],
    projet: Projet,
    conflits: dict[int, set[int]],
    intensite_max: Decimal = CENT_POURCENT,
) -> None:
    """Mark the aids of the best combination (`dans_meilleure_combinaison`): the grants that
    add up to the most once capped, then the loans, advances and guarantees that may be
    combined with them, by decreasing amount. `conflits`: for each aid, those it may not be
    combined with."""
    intensite = min(intensite_max, CENT_POURCENT)
    subventions = [
        r for r in eligibles if r.aide.nature in NATURES_NON_REMBOURSABLES and r.montant > 0
    ]
    panier = _meilleures_subventions(subventions, projet, conflits, intensite)
    pks = {r.aide.pk for r in panier.resultats}
    autres = [r for r in eligibles if r.aide.nature not in NATURES_NON_REMBOURSABLES]
    for resultat in sorted(autres, key=lambda r: -r.montant):
        if resultat.montant > 0 and _compatible(resultat, pks, conflits):
            pks.add(resultat.aide.pk)
    for resultat in eligibles:
        resultat.dans_meilleure_combinaison = resultat.aide.pk in pks


def combinaison(
    resultats: list[Resultat], projet: Projet, intensite_max: Decimal = CENT_POURCENT
) -> Combinaison:
    """The marked combination added up, capped and explained, for the page."""
    choisies = [r for r in resultats if r.dans_meilleure_combinaison]
    subventions = [r for r in choisies if r.aide.nature in NATURES_NON_REMBOURSABLES]
    panier = _Panier(intensite=min(intensite_max, CENT_POURCENT))
    for resultat in subventions:
        panier = panier.avec(resultat)
    c = Combinaison(
        subventions=subventions,
        remboursables=[r for r in choisies if r.aide.nature in NATURES_REMBOURSABLES],
        garanties=[
            r
            for r in choisies
            if r.aide.nature not in NATURES_NON_REMBOURSABLES | NATURES_REMBOURSABLES
        ],
        somme=panier.somme,
        depense=depense_eligible(projet, panier.types),
        intensite=panier.intensite,
        fixee_par=panier.fixee_par,
        total=_total(panier, projet),
    )
    c.explication = _expliquer(c, projet)
    return c


def _liste(resultats: list[Resultat]) -> str:
    return " + ".join(f"{r.aide.titre} {euros(r.montant)}" for r in resultats)


def _expliquer(c: Combinaison, projet: Projet) -> list[str]:
    lignes = []
    if c.subventions:
        somme = _liste(c.subventions)
        if len(c.subventions) > 1:
            somme += f" = {euros(c.somme)}"
        lignes.append(f"Subventions et prises en charge retenues : {somme}.")
        if projet.montants_par_type is None:
            depense = f"{euros(c.depense)} HT"
        else:
            detail = ", ".join(
                f"{LIBELLES_COURTS[t]} {euros(m)}"
                for t, m in sorted(projet.montants_par_type.items())
                if m > 0 and any(t in r.aide.types_depense for r in c.subventions)
            )
            depense = f"{euros(c.depense)} HT ({detail})"
        qui = f"celle de l'aide « {c.fixee_par} »" if c.fixee_par else "le plafond national"
        plafond = _part(c.depense, c.intensite)
        ligne = (
            f"Dépense éligible à ces aides : {depense}. Intensité maximale des aides "
            f"publiques : {pourcent(c.intensite)} ({qui}), soit {euros(plafond)} au plus : "
        )
        if c.total < c.somme:
            ligne += f"le total est ramené à {euros(c.total)}."
        else:
            ligne += "le total n'est pas réduit."
        lignes.append(ligne)
    if c.remboursables:
        lignes.append(
            f"Prêts et avances, à rembourser, non additionnés aux subventions : "
            f"{_liste(c.remboursables)}."
        )
    if c.garanties:
        lignes.append(
            f"Garanties d'emprunt, non additionnées aux subventions : {_liste(c.garanties)}."
        )
    return lignes


def compatibles(a: Regles, b: Regles) -> bool:
    """Whether two aids may be combined (each one's rule must allow the other)."""

    def allows(x: Regles, y: Regles) -> bool:
        if x.cumul == Cumul.AUCUNE:
            return False
        return not (x.cumul == Cumul.SAUF and y.pk in x.non_cumulable_avec)

    return allows(a, b) and allows(b, a)


def simuler(
    regles: list[Regles],
    profil: ProfilEntreprise,
    projet: Projet,
    jour: date,
    intensite_max: Decimal = Decimal("100"),
) -> list[Resultat]:
    """All aids evaluated; eligible ones first (grants, then loans and advances, then
    guarantees, each by decreasing amount), then the others.

    Each eligible result says which other eligible aids it cannot be combined with, and the
    best combination is marked (`marquer_meilleure_combinaison`; the national maximum aid
    intensity is `intensite_max`).
    """
    resultats = [evaluer(r, profil, projet, jour) for r in regles]
    eligibles = sorted(
        (r for r in resultats if r.eligible),
        key=lambda r: (ORDRE_NATURES[r.aide.nature], -r.montant, r.aide.titre, r.aide.pk),
    )
    autres = sorted(
        (r for r in resultats if not r.eligible), key=lambda r: (r.aide.titre, r.aide.pk)
    )
    pks = {r.aide.pk for r in eligibles}
    solitaires = {r.aide.pk for r in eligibles if r.aide.cumul == Cumul.AUCUNE}
    exclusions: dict[int, set[int]] = {pk: set() for pk in pks}
    for r in eligibles:
        if r.aide.cumul == Cumul.SAUF:
            for other in r.aide.non_cumulable_avec & pks:
                exclusions[r.aide.pk].add(other)
                exclusions[other].add(r.aide.pk)
    conflits: dict[int, set[int]] = {}
    for resultat in eligibles:
        pk = resultat.aide.pk
        resultat.seule = pk in solitaires
        resultat.incompatibles = sorted((solitaires | exclusions[pk]) - {pk})
        conflits[pk] = (pks if resultat.seule else set(resultat.incompatibles)) - {pk}
    marquer_meilleure_combinaison(eligibles, projet, conflits, intensite_max)
    return eligibles + autres
