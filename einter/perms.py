from django.shortcuts import get_object_or_404

from .models import RechercheSauvegardee


def get_recherche_for_user(user, pk) -> RechercheSauvegardee:
    """A user only ever sees their own saved searches; the others are 404."""
    return get_object_or_404(RechercheSauvegardee, pk=pk, user=user)
