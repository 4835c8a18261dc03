"""Every CSV the portal writes goes through one writer that defuses spreadsheet formulas."""

import ast
import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import timezone

from croissance.exports import cellule, reponse_csv
from tests.factories import UserFactory
from tests.formations.test_bourse import echange_termine, membre

RACINE = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("valeur", "ecrit"),
    [
        ('=HYPERLINK("http://x.test","Cliquez")', '\'=HYPERLINK("http://x.test","Cliquez")'),
        ("+33 6 12 34 56 78", "'+33 6 12 34 56 78"),
        ("-2+3", "'-2+3"),
        ("@SOMME(A1:A2)", "'@SOMME(A1:A2)"),
        ("\tcaché", "'\tcaché"),
        ("\rretour", "'\rretour"),
        ("L'Atelier d'Élise & Fils", "L'Atelier d'Élise & Fils"),
        (Decimal("-12.50"), Decimal("-12.50")),
        (-3, -3),
        (None, ""),
    ],
)
def test_text_read_as_a_formula_gets_an_apostrophe_numbers_stay_numbers(valeur, ecrit):
    assert cellule(valeur) == ecrit


def _lire(reponse) -> list[list[str]]:
    return list(csv.reader(io.StringIO(reponse.content.decode("utf-8-sig")), delimiter=";"))


def test_the_file_is_parsed_back_as_written():
    reponse = reponse_csv("essai.csv", ["Nom", "Montant"], [["=1+1", Decimal("12000.50")]])
    assert reponse["Content-Disposition"] == 'attachment; filename="essai.csv"'
    assert _lire(reponse) == [["Nom", "Montant"], ["'=1+1", "12000.50"]]


@pytest.mark.django_db
def test_a_time_bank_report_of_a_firm_named_like_a_formula(client):
    user = UserFactory()
    offreur, receveur = membre(user, Decimal("5")), membre()
    echange_termine(offreur, receveur, Decimal("3"))
    formule = '=HYPERLINK("http://x.test";"Relevé")'
    offreur.entreprise.nom = formule
    offreur.entreprise.save(update_fields=["nom"])
    client.force_login(user)
    url = reverse("formations:bourse_rapport_csv", args=[offreur.entreprise_id])
    lignes = _lire(client.get(url, {"annee": timezone.now().year}))
    assert lignes[0][1] == "Entreprise"
    assert lignes[1][1] == "'" + formule


def test_no_module_writes_a_csv_for_people_by_itself():
    """csv.writer is called only by the shared writer (and by internal data loaders)."""
    internes = {"croissance/entreprises/sirene.py", "bench/sirene.py", "einter/demo.py"}
    appels = []
    for dossier in ("aides", "connecteurs", "croissance", "diagnostic", "einter", "formations"):
        for chemin in (RACINE / dossier).rglob("*.py"):
            relatif = chemin.relative_to(RACINE).as_posix()
            if relatif in internes or relatif == "croissance/exports.py":
                continue
            for noeud in ast.walk(ast.parse(chemin.read_text(encoding="utf-8"))):
                if (
                    isinstance(noeud, ast.Attribute)
                    and noeud.attr in ("writer", "DictWriter")
                    and isinstance(noeud.value, ast.Name)
                    and noeud.value.id == "csv"
                ):
                    appels.append(relatif)
    assert not appels, f"Utilisez croissance.exports.reponse_csv : {appels}"
