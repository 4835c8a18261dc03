"""Staff notes written with a decision: what the firm reads (the reason, in the history and
the email) and what only the instructeurs read (an internal `Commentaire`) are two fields."""

from .models import Commentaire

DECISIONS = {
    "accepter": "acceptation",
    "refuser": "refus",
    "classer": "classement sans suite",
    "pieces": "demande de pièces",
}


def note_interne_ajouter(*, dossier, auteur, decision: str, texte: str) -> Commentaire | None:
    """The decision's internal note, if any: a comment the firm never reads. Call it inside
    the decision's transaction."""
    texte = (texte or "").strip()
    if not texte:
        return None
    return Commentaire.objects.create(
        dossier=dossier, auteur=auteur, texte=f"Note interne ({DECISIONS[decision]}) : {texte}"
    )
