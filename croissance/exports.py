"""CSV files the portal gives people: one writer for all of them.

Opened in a spreadsheet, a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
return is run as a formula (CSV injection: a firm named `=HYPERLINK(...)`). Every text cell
that starts so is written with a leading apostrophe, which spreadsheets show as text; numbers
stay numbers. Files are UTF-8 with a byte order mark and semicolons, as French spreadsheets
expect.
"""

import csv
from collections.abc import Iterable

from django.http import HttpResponse

DEBUTS_DE_FORMULE = ("=", "+", "-", "@", "\t", "\r")


def cellule(valeur) -> object:
    """A cell as written: empty for None, an apostrophe before a text read as a formula."""
    if valeur is None:
        return ""
    if isinstance(valeur, str) and valeur.startswith(DEBUTS_DE_FORMULE):
        return "'" + valeur
    return valeur


def reponse_csv(nom_fichier: str, colonnes: list[str], lignes: Iterable[Iterable]) -> HttpResponse:
    """A CSV download named `nom_fichier`, header then rows, every cell made safe."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{nom_fichier}"'
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=";")
    writer.writerow([cellule(c) for c in colonnes])
    for ligne in lignes:
        writer.writerow([cellule(c) for c in ligne])
    return response
