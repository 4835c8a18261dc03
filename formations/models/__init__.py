"""Training catalogue, enrolments and ratings; the skills time bank and its ledger; the call
for training offers (AMI)."""

from .ami import AppelFormations, HistoriqueProposition, Proposition
from .bourse import (
    Annonce,
    Echange,
    Ecriture,
    HistoriqueEchange,
    MembreBourse,
    Mouvement,
    ReglesBourse,
)
from .catalogue import Avis, Formation, HistoriqueInscription, Inscription, SessionFormation

__all__ = [
    "Formation",
    "SessionFormation",
    "Inscription",
    "HistoriqueInscription",
    "Avis",
    "ReglesBourse",
    "MembreBourse",
    "Annonce",
    "Echange",
    "HistoriqueEchange",
    "Mouvement",
    "Ecriture",
    "AppelFormations",
    "Proposition",
    "HistoriqueProposition",
]
