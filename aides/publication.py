"""An aid reaches the catalogue, the simulator, the API and the orientation engine only once
someone publishes it explicitly; publishing and unpublishing keep who and when (the admin's
history keeps every change)."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from .models import Aide

CHAMPS_PUBLICATION = ("publiee", "publication_le", "publication_par")


@transaction.atomic
def _changer(*, aide: Aide, auteur, publiee: bool, now=None) -> Aide:
    aide = Aide.objects.select_for_update().get(pk=aide.pk)
    if aide.publiee == publiee:
        raise ValidationError(
            "Cette aide est déjà publiée." if publiee else "Cette aide n'est pas publiée."
        )
    aide.publiee, aide.publication_le, aide.publication_par = publiee, now or timezone.now(), auteur
    aide.save(update_fields=list(CHAMPS_PUBLICATION))
    return aide


def aide_publier(*, aide: Aide, auteur, now=None) -> Aide:
    return _changer(aide=aide, auteur=auteur, publiee=True, now=now)


def aide_depublier(*, aide: Aide, auteur, now=None) -> Aide:
    return _changer(aide=aide, auteur=auteur, publiee=False, now=now)
