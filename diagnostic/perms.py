"""Who may see a diagnostic: anyone with the private link while it belongs to nobody; once
attached to an account or an entreprise, only that account and the entreprise's managers."""

from functools import cache

from django.db import connection
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


def get_resultat_for_user(user, jeton: str, *, relations=RELATIONS) -> Resultat:
    """The result behind a private link if `user` may see it, with `relations`; 404
    otherwise."""
    resultat = get_object_or_404(Resultat.objects.select_related(*relations), jeton=jeton)
    return _verifier(user, resultat)


@cache
def _sql_par_jeton(champs: tuple[str, ...]) -> str:
    meta, nom = Resultat._meta, connection.ops.quote_name
    colonnes = ", ".join(nom(meta.get_field(champ).column) for champ in champs)
    return f"SELECT {colonnes} FROM {nom(meta.db_table)} WHERE {nom('jeton')} = %s"


def get_resultat_leger_for_user(user, jeton: str, champs: tuple[str, ...]) -> Resultat:
    """The same check reading only `champs` of the result (besides what the check needs).

    For the results page, read on every display while its body comes from the cache: its
    query is written once per list of fields, as it costs a third of the ORM's."""
    sql = _sql_par_jeton(("id", "user_id", "entreprise_id", *champs))
    resultat = next(iter(Resultat.objects.raw(sql, [jeton])), None)
    if resultat is None:
        raise Http404("Diagnostic introuvable.")
    return _verifier(user, resultat)


def _verifier(user, resultat: Resultat) -> Resultat:
    if not peut_voir(user, resultat):
        raise Http404("Diagnostic introuvable.")
    return resultat
