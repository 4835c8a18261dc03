"""Provider of the orientation engine: aids the simulator says the firm is eligible to."""

from collections import Counter

from django.urls import reverse

from croissance.orientation.engine import Recommandation
from croissance.orientation.scoring import MARGE_CANDIDATS

from .eligibility import ProfilEntreprise, Projet, euros
from .enums import NATURES_NON_REMBOURSABLES, TypeDepense
from .simulation import simuler

THEME_FINANCEMENT = "financement"
# Aids simulated per profile, the largest grants first, a few of each funder: a fixed cost
# whatever the catalogue. Only `RESERVE_PAR_FINANCEUR` more large grants of a funder all
# barred by a rule the database cannot check (sector codes, département) could hide a smaller
# eligible one of the same funder.
AIDES_CANDIDATES = 40
RESERVE_PAR_FINANCEUR = 2


def aides(profil, reglage):
    if not profil.region:
        return
    simulated = ProfilEntreprise(
        region=profil.region,
        departement=profil.departement,
        naf=profil.naf or "",
        naf_section=profil.section or "",
        effectif=profil.effectif,
        pure_player=profil.pure_player,
        surface_vente_m2=profil.surface_vente_m2,
        activite=profil.activite or "",
    )
    # Recommendations are computed for a typical project (its amount tuned in the admin); the
    # simulator gives the exact amount for the manager's own project.
    montant = reglage.montant_projet_ht
    projet = Projet(montant_ht=montant, types_depense=frozenset(TypeDepense.values))
    # The simulator lists eligible aids by decreasing amount, the order of the scores: only the
    # first ones (at most `max_par_groupe` per funder) can be shown, the others are not built.
    par_financeur = Counter()
    retenues = 0
    meilleures = simuler(
        simulated,
        projet,
        candidates_seulement=True,
        meilleures=AIDES_CANDIDATES,
        par_financeur=reglage.max_par_groupe + RESERVE_PAR_FINANCEUR,
    )
    for aide, resultat in meilleures:
        if not resultat.eligible or retenues >= reglage.nombre * MARGE_CANDIDATS:
            break
        if not resultat.montant or par_financeur[aide.financeur] >= reglage.max_par_groupe:
            continue
        par_financeur[aide.financeur] += 1
        retenues += 1
        # A grant scores its amount; a loan, an advance or a guarantee is paid back or pays
        # nothing: never ranked as if it were a grant of the same amount, it comes after them.
        points = int(resultat.montant / 100) if aide.nature in NATURES_NON_REMBOURSABLES else 0
        raisons = [
            f"Aide éligible pour un projet de {euros(montant)} HT : "
            f"{resultat.montant_et_nature} ({resultat.regle})"
        ]
        if THEME_FINANCEMENT in profil.besoins:
            points += reglage.poids_besoin
            raisons.append("Vous souhaitez financer un projet")
        yield Recommandation(
            type="aides",
            cle=f"aides:{aide.pk}",
            titre=aide.titre,
            url=reverse("aides:detail", args=[aide.pk]),
            score=points,
            raisons=tuple(raisons),
            groupe=aide.financeur,
            detail=resultat.montant_et_nature,
        )
