"""Fast bulk writes for the national seed: COPY on PostgreSQL, bulk_create elsewhere.

Rows are model instances with explicit primary keys (so that the seed can link rows
without reading them back, and stays reproducible); sequences are reset afterwards.
"""

from django.core.management.color import no_style
from django.db import connection


def inserer(model, objets, *, taille_lot=20_000) -> int:
    """Write `objets` (an iterable of unsaved `model` instances) and return how many."""
    objets = _numeroter(objets, prochain_id(model))
    if connection.vendor == "postgresql":
        return _copier(model, objets)
    total = 0
    lot = []
    for objet in objets:
        lot.append(objet)
        if len(lot) >= taille_lot:
            model.objects.bulk_create(lot)
            total += len(lot)
            lot = []
    if lot:
        model.objects.bulk_create(lot)
        total += len(lot)
    return total


def _copier(model, objets) -> int:
    champs = [f for f in model._meta.concrete_fields if not f.generated]
    colonnes = ", ".join(connection.ops.quote_name(f.column) for f in champs)
    table = connection.ops.quote_name(model._meta.db_table)
    total = 0
    sql = f"COPY {table} ({colonnes}) FROM STDIN"
    with connection.cursor() as curseur, curseur.cursor.copy(sql) as copie:
        for objet in objets:
            copie.write_row(
                [f.get_db_prep_save(f.pre_save(objet, True), connection) for f in champs]
            )
            total += 1
    return total


def _numeroter(objets, suivant):
    """Give explicit primary keys to rows that have none (through tables, scores).

    `suivant` is read before the COPY starts: no query may run while it is open."""
    for objet in objets:
        if objet.pk is None:
            objet.pk = suivant
            suivant += 1
        yield objet


def prochain_id(model) -> int:
    dernier = model.objects.order_by("-pk").values_list("pk", flat=True).first()
    return (dernier or 0) + 1


def remettre_sequences(models) -> None:
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as curseur:
        for sql in connection.ops.sequence_reset_sql(no_style(), models):
            curseur.execute(sql)
