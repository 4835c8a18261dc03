"""Who may see a diagnostic: anyone with the private link while it belongs to nobody; once
attached to an account or an entreprise, only that account and the entreprise's managers."""

from django.http import Http404
from django.shortcuts import get_object_or_404

from croissance.entreprises.models import Gestionnaire

from .models import Resultat


def peut_voir(user, resultat: Resultat) -> bool:
    if resultat.user_id is None and resultat.entreprise_id is None:
        return True
    if not user.is_authenticated:
        return False
    if resultat.user_id == user.pk:
        return True
    return (
        resultat.entreprise_id is not None
        and Gestionnaire.objects.filter(entreprise_id=resultat.entreprise_id, user=user).exists()
    )


RELATIONS = ("version__questionnaire", "niveau", "entreprise")


def get_resultat_for_user(user, jeton: str, *, relations=RELATIONS, champs=()) -> Resultat:
    """The result behind a private link if `user` may see it; 404 otherwise. `relations` and
    `champs` (all when empty): what to read with it (the results page reads its body from the
    cache, so much less)."""
    resultats = Resultat.objects.select_related(*relations)
    if champs:
        resultats = resultats.only("user_id", "entreprise_id", *champs)
    resultat = get_object_or_404(resultats, jeton=jeton)
    if not peut_voir(user, resultat):
        raise Http404("Diagnostic introuvable.")
    return resultat
