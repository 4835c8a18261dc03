"""Provider of the orientation engine: aids the simulator says the firm is eligible to."""

from decimal import Decimal

from django.urls import reverse

from croissance.orientation.engine import Recommandation

from .eligibility import ProfilEntreprise, Projet, euros
from .enums import TypeDepense
from .selectors import simuler

# Recommendations are computed for a typical project; the simulator gives the exact amount
# for the manager's own project.
PROJET_DE_REFERENCE = Decimal("10000")
THEME_FINANCEMENT = "financement"


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
    projet = Projet(montant_ht=PROJET_DE_REFERENCE, types_depense=frozenset(TypeDepense.values))
    for aide, resultat in simuler(simulated, projet, candidates_seulement=True):
        if not resultat.eligible or not resultat.montant:
            continue
        points = int(resultat.montant / 100)
        raisons = [
            f"Aide éligible pour un projet de {euros(PROJET_DE_REFERENCE)} HT : {resultat.regle}"
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
            detail=euros(resultat.montant),
        )
