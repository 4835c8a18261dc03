from django.shortcuts import get_object_or_404

from .models import Entreprise
from .selectors import entreprises_for_user


def get_entreprise_for_user(user, pk) -> Entreprise:
    """The entreprise if `user` manages it; 404 otherwise (its existence is not disclosed)."""
    return get_object_or_404(entreprises_for_user(user), pk=pk)
