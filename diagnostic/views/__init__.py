from .passation import accueil, commencer, etape
from .resultats import historique, mes_diagnostics, rapport_pdf, rattacher, resultat

__all__ = [
    "accueil",
    "commencer",
    "etape",
    "historique",
    "mes_diagnostics",
    "rapport_pdf",
    "rattacher",
    "resultat",
]
