import csv
import random
from datetime import date

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection
from stdnum.fr import siret as stdnum_siret

from croissance.entreprises.models import EtablissementSirene
from croissance.entreprises.sirene import (
    SireneFileError,
    import_stock_etablissement,
    siret_valid,
)

SAMPLE = settings.BASE_DIR / "fixtures" / "sirene" / "StockEtablissement_echantillon.csv"


def _sample_rows():
    with open(SAMPLE, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


@pytest.mark.django_db(transaction=True)
def test_sample_imports_and_reimport_updates_without_duplicates():
    first = import_stock_etablissement(str(SAMPLE))
    assert first.imported == 42 and first.rejected == 0
    EtablissementSirene.objects.filter(siret="35000000602044").update(denomination="ancien")

    second = import_stock_etablissement(str(SAMPLE), batch_size=10)

    assert second.imported == 42
    assert EtablissementSirene.objects.count() == 42
    boulangerie = EtablissementSirene.objects.get(siret="35000000602044")
    assert boulangerie.denomination == "BOULANGERIE LE FOURNIL BRETON"
    assert boulangerie.code_postal == "29200" and boulangerie.naf == "10.71C"


@pytest.mark.django_db(transaction=True)
def test_closed_and_partially_hidden_establishments():
    import_stock_etablissement(str(SAMPLE))
    assert EtablissementSirene.objects.filter(actif=False).count() == 1
    hidden = EtablissementSirene.objects.get(diffusible=False)
    assert hidden.denomination == ""  # statutDiffusion P: the name is not shown


@pytest.mark.django_db(transaction=True)
def test_bad_rows_are_reported_with_line_number_and_skipped(tmp_path):
    header, good, *rest = _sample_rows()
    bad_siret = list(rest[0])
    bad_siret[header.index("siret")] = "12345678901234"
    bad_date = list(rest[1])
    bad_date[header.index("dateCreationEtablissement")] = "2020-13-45"
    truncated = rest[2][:10]
    path = tmp_path / "stock.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerows([header, good, bad_siret, bad_date, rest[3]])
        writer.writerow(truncated)
    with open(path, "ab") as handle:  # a Latin-1 row in a UTF-8 file
        latin1 = list(rest[4])
        latin1[header.index("denominationUsuelleEtablissement")] = "CAFÉ"
        handle.write((",".join(latin1) + "\n").encode("latin-1"))

    report = import_stock_etablissement(str(path))

    assert report.imported == 2
    lines = dict(report.errors)
    assert "SIRET invalide" in lines[3]
    assert "date de création invalide" in lines[4]
    assert "colonnes" in lines[6]
    assert "UTF-8" in lines[7]
    assert EtablissementSirene.objects.count() == 2


def test_file_without_the_official_columns_is_refused(tmp_path):
    path = tmp_path / "autre.csv"
    path.write_text("nom,ville\nA,B\n", encoding="utf-8")
    with pytest.raises(SireneFileError, match="colonnes absentes"):
        import_stock_etablissement(str(path))


@pytest.mark.django_db(transaction=True)
def test_command_reports_counts_and_supports_dry_run(capsys):
    call_command("importer_sirene", str(SAMPLE), "--dry-run", "--sans-progression")
    assert EtablissementSirene.objects.count() == 0
    call_command("importer_sirene", str(SAMPLE), "--sans-progression")
    out = capsys.readouterr().out
    assert "42 établissements importés, 0 lignes rejetées" in out
    assert EtablissementSirene.objects.count() == 42


def test_command_fails_cleanly_on_missing_file():
    with pytest.raises(CommandError):
        call_command("importer_sirene", "/nulle/part.csv", "--sans-progression")


def test_siret_check_is_the_reference_rule():
    """The fast check agrees with python-stdnum, La Poste's establishments included."""
    rng = random.Random(7)
    numbers = ["35600000000048", "3560000000004", "3560000000004a", ""]
    for _ in range(5000):
        for head in ("", "356000000"):
            body = head + "".join(rng.choice("0123456789") for _ in range(13 - len(head)))
            numbers += [body + key for key in "0123456789"]  # one or two of them valid
    assert sum(map(siret_valid, numbers)) > 10_000
    assert [siret_valid(n) for n in numbers] == [stdnum_siret.is_valid(n) for n in numbers]
    assert not siret_valid("３５６０００００００００４８")  # digits other than ASCII: refused


@pytest.mark.django_db(transaction=True)
def test_values_needing_quotes_and_other_date_forms_are_read_as_written(tmp_path):
    header, *rows = _sample_rows()
    name, creation = (
        header.index(c) for c in ("denominationUsuelleEtablissement", "dateCreationEtablissement")
    )
    values = {
        0: ('CAFE "LE\tPORT"\nBREST', "19930626"),  # quoted on the way to COPY
        1: ("A\\B, ET FILS", ""),  # a backslash is plain text for COPY's CSV; no date
    }
    for index, (denomination, date_creation) in values.items():
        rows[index][name] = denomination
        rows[index][creation] = date_creation
    path = tmp_path / "stock.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([header, *rows])

    with open(path, "a", encoding="utf-8", newline="") as handle:
        handle.write("\r\n")  # a blank line after the record over two lines: line 45

    for batch_size in (100, 1):  # the quoted row with others, then alone in its batch
        report = import_stock_etablissement(str(path), batch_size=batch_size)
        assert report.imported == 42
        assert report.errors == [(45, f"0 colonnes au lieu de {len(header)} (ligne tronquée ?)")]
        first, second = (EtablissementSirene.objects.get(siret=rows[i][2]) for i in (0, 1))
        assert first.denomination == 'CAFE "LE\tPORT"\nBREST'
        assert first.date_creation == date(1993, 6, 26)
        assert (second.denomination, second.date_creation) == ("A\\B, ET FILS", None)
        EtablissementSirene.objects.all().delete()


@pytest.mark.postgresql
@pytest.mark.django_db
def test_registry_has_no_pattern_index_to_maintain():
    """Each index is written for every imported row: only the primary key and the SIREN."""
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(
            cursor, EtablissementSirene._meta.db_table
        )
    indexes = [c["columns"] for c in constraints.values() if c["index"] and not c["primary_key"]]
    assert indexes == [["siren"]]
