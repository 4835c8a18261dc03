from .passation import accueil, commencer, etape
from .resultats import completer, historique, mes_diagnostics, rapport_pdf, rattacher, resultat

__all__ = [
    "accueil",
    "commencer",
    "completer",
    "etape",
    "historique",
    "mes_diagnostics",
    "rapport_pdf",
    "rattacher",
    "resultat",
]
