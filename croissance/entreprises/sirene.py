"""Import of INSEE's StockEtablissement CSV into the SIRENE registry table.

Columns are read by header name (the file has had 48, 53 and 54 columns over time). The file
is streamed: any size, constant memory. Bad rows are reported with their line number and
skipped. On PostgreSQL each batch goes through COPY into a temporary table and one upsert,
while the next batch is parsed; elsewhere through bulk_create(update_conflicts=True).
Re-running updates rows, never duplicates them. The parsing loop is written for speed
(≥ 100,000 rows/s): see `parse`.
"""

import csv
import functools
import io
import itertools
import operator
import re
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date

from django.db import connection

from .models import EtablissementSirene

# registry field -> StockEtablissement column
COLUMNS = {
    "siret": "siret",
    "denomination_usuelle": "denominationUsuelleEtablissement",
    "enseigne": "enseigne1Etablissement",
    "naf": "activitePrincipaleEtablissement",
    "tranche_effectifs": "trancheEffectifsEtablissement",
    "code_postal": "codePostalEtablissement",
    "code_commune": "codeCommuneEtablissement",
    "libelle_commune": "libelleCommuneEtablissement",
    "date_creation": "dateCreationEtablissement",
    "etat": "etatAdministratifEtablissement",
    "diffusion": "statutDiffusionEtablissement",
    "siege": "etablissementSiege",
}
REQUIRED_HEADERS = {"siret", "etatAdministratifEtablissement", "statutDiffusionEtablissement"}
FIELDS = [
    "siret",
    "siren",
    "denomination",
    "naf",
    "tranche_effectifs",
    "code_postal",
    "code_commune",
    "libelle_commune",
    "date_creation",
    "actif",
    "diffusible",
    "siege",
]
HIDDEN = "[ND]"  # what INSEE writes in place of a field hidden by statutDiffusion = P
MAX_REPORTED_ERRORS = 1000


class SireneFileError(Exception):
    """The file cannot be imported at all (not a StockEtablissement CSV)."""


@dataclass
class ImportReport:
    read: int = 0
    imported: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)
    rejected: int = 0
    seconds: float = 0.0

    @property
    def rows_per_second(self) -> float:
        return self.read / self.seconds if self.seconds else 0.0

    def reject(self, line: int, reason: str) -> None:
        self.rejected += 1
        if len(self.errors) < MAX_REPORTED_ERRORS:
            self.errors.append((line, reason))


# A SIRET is 14 ASCII digits (what python-stdnum accepts once compacted, which the registry's
# 14-character key could not store anyway).
_SIRET_FORMAT = re.compile(r"[0-9]{14}")
# Bytes that were not UTF-8, kept as lone surrogates by errors="surrogateescape".
_UNREADABLE = re.compile("[\udc80-\udcff]")
# Luhn: every second digit from the right is doubled and the digits of the result summed. The
# table maps an ASCII digit to that sum for its double (7 → 14 → 1 + 4 = 5); the plain digits are
# summed as ASCII codes, hence the `48 ×` corrections below.
_DOUBLED = bytes.maketrans(b"0123456789", bytes([0, 2, 4, 6, 8, 1, 3, 5, 7, 9]))
_LA_POSTE = "356000000"
_LA_POSTE_HEAD_OFFICE = "35600000000048"


def siret_valid(siret: str) -> bool:
    """Same rule as stdnum.fr.siret.is_valid for a compact SIRET: Luhn key of the SIREN and of
    the SIRET (La Poste's establishments: the sum of the digits is a multiple of 5).

    Runs once per row: a few C-level byte operations, no Python loop (about 12 times faster
    than python-stdnum)."""
    if not _SIRET_FORMAT.fullmatch(siret):
        return False
    digits = siret.encode()
    doubled = digits.translate(_DOUBLED)
    # SIREN, 9 digits: doubled at positions 1, 3, 5, 7
    if (sum(digits[0:9:2]) - 48 * 5 + sum(doubled[1:9:2])) % 10:
        return False
    if siret.startswith(_LA_POSTE) and siret != _LA_POSTE_HEAD_OFFICE:
        return (sum(digits) - 48 * 14) % 5 == 0
    # SIRET, 14 digits: doubled at positions 0, 2, …, 12
    return (sum(digits[1::2]) - 48 * 7 + sum(doubled[0::2])) % 10 == 0


@functools.lru_cache(maxsize=100_000)
def _iso_date(text: str) -> str:
    """The creation date in ISO form, '' when empty; ValueError when invalid. Cached: a file of
    millions of rows holds a few tens of thousands of distinct dates."""
    return date.fromisoformat(text).isoformat() if text else ""


def _records(handle: io.TextIOBase) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) as csv.reader reads them. A line without a double quote (nearly
    all) is split on commas here, a third cheaper; csv.reader takes the others, reading on
    when a quoted field spans lines (the number is then the record's last line, as csv's)."""
    lines = iter(handle)
    number = 0
    for line in lines:
        number += 1
        if '"' not in line:
            text = line.rstrip("\r\n")
            yield number, text.split(",") if text else []
        else:
            reader = csv.reader(itertools.chain((line,), lines))
            row = next(reader)
            number += reader.line_num - 1
            yield number, row


def parse(handle: io.TextIOBase, report: ImportReport) -> Iterator[tuple[str, ...]]:
    """Yield one tuple of FIELDS per valid row; record the others in the report.

    Values are text as PostgreSQL's COPY reads them: booleans 't' or 'f', the date in ISO form
    or '' (none). Hot loop (millions of rows): columns are picked by index with one itemgetter
    call and checked with precompiled expressions; no per-row dict."""
    records = _records(handle)
    try:
        _, header = next(records)
    except StopIteration as exc:
        raise SireneFileError("Le fichier est vide.") from exc
    header = [name.strip().lstrip("\ufeff") for name in header]
    missing = REQUIRED_HEADERS - set(header)
    if missing:
        raise SireneFileError(
            "Ce n'est pas un fichier StockEtablissement : colonnes absentes "
            + ", ".join(sorted(missing))
        )
    position = {name: index for index, name in enumerate(header)}
    # A column absent from an older file format reads as "" (index `width`, appended below).
    width = len(header)
    pick = operator.itemgetter(*(position.get(column, width) for column in COLUMNS.values()))
    unreadable = _UNREADABLE.search
    iso_date = _iso_date

    for line, row in records:
        report.read += 1
        if len(row) != width:
            report.reject(line, f"{len(row)} colonnes au lieu de {width} (ligne tronquée ?)")
            continue
        row.append("")  # the value of absent columns (see `pick`)
        values = pick(row)
        if unreadable("\x00".join(values)):
            report.reject(line, "caractères illisibles : le fichier doit être encodé en UTF-8")
            continue
        (
            siret,
            denomination_usuelle,
            enseigne,
            naf,
            tranche,
            code_postal,
            code_commune,
            libelle_commune,
            creation,
            etat,
            diffusion,
            siege,
        ) = values
        siret = siret.strip()
        if not siret_valid(siret):
            report.reject(line, f"SIRET invalide « {siret[:20]} »")
            continue
        creation = creation.strip()
        try:
            date_creation = iso_date(creation)
        except ValueError:
            report.reject(line, f"date de création invalide « {creation[:20]} »")
            continue
        diffusible = diffusion.strip() != "P"
        if diffusible:  # HIDDEN marks a field INSEE does not publish: read as empty
            denomination = "" if denomination_usuelle == HIDDEN else denomination_usuelle.strip()
            if not denomination and enseigne != HIDDEN:
                denomination = enseigne.strip()
        else:
            denomination = ""
        yield (
            siret,
            siret[:9],
            denomination[:255],
            naf.strip()[:6],
            tranche.strip()[:2],
            "" if code_postal == HIDDEN else code_postal.strip()[:5],
            "" if code_commune == HIDDEN else code_commune.strip()[:5],
            "" if libelle_commune == HIDDEN else libelle_commune.strip()[:100],
            date_creation,
            "f" if etat.strip() == "F" else "t",
            "t" if diffusible else "f",
            "t" if siege.strip().lower() == "true" else "f",
        )


def _batches(rows: Iterator[tuple], size: int) -> Iterator[tuple[dict[str, tuple], int]]:
    """Batches keyed by SIRET: within a batch the last occurrence of a SIRET wins, as across
    batches (each batch upserts over the previous ones)."""
    batch = {}
    count = 0
    for row in rows:
        batch[row[0]] = row
        count += 1
        if count >= size:
            yield batch, count
            batch, count = {}, 0
    if batch:
        yield batch, count


# Text columns: an empty CSV field is '' there, not NULL (only date_creation may be NULL).
_NOT_NULL = ", ".join(name for name in FIELDS if name != "date_creation")
_WIDTH = len(FIELDS)


def _copy_text(rows: list[tuple[str, ...]]) -> str:
    """A batch as COPY's CSV with tabs between fields.

    Values almost never hold a tab, a line break or a double quote: the batch is then a plain
    join, five times cheaper than the csv module, which quotes the rare batches that need it
    (counting the separators is how they are recognised)."""
    text = "\n".join(map("\t".join, rows)) + "\n"
    if (
        text.count("\t") == (_WIDTH - 1) * len(rows)
        and text.count("\n") == len(rows)
        and '"' not in text
        and "\r" not in text
    ):
        return text
    buffer = io.StringIO()
    csv.writer(buffer, delimiter="\t", lineterminator="\n").writerows(rows)
    return buffer.getvalue()


def _postgresql_writer() -> Callable[[dict[str, tuple]], None]:
    """Write batches with COPY into a temporary staging table, then one INSERT … ON CONFLICT.

    The writer runs in a worker thread on the raw connection while the main thread parses the
    next batch (parsing is Python, the upsert is PostgreSQL: they overlap on two cores). Each
    statement commits on its own, as batches did, unless the caller holds a transaction."""
    table = EtablissementSirene._meta.db_table
    columns = ", ".join(FIELDS)
    updated = [name for name in FIELDS if name != "siret"]
    upsert = (
        f"INSERT INTO {table} ({columns}) SELECT {columns} FROM sirene_lot "
        f"ON CONFLICT (siret) DO UPDATE SET "
        + ", ".join(f"{name} = EXCLUDED.{name}" for name in updated)
        # a re-run leaves unchanged establishments alone: no new row version, no index write
        # (ON CONFLICT still locks them, which costs far less)
        + f" WHERE ({', '.join(f'{table}.{name}' for name in updated)}) IS DISTINCT FROM "
        f"({', '.join(f'EXCLUDED.{name}' for name in updated)})"
    )
    copy_sql = (
        f"COPY sirene_lot ({columns}) FROM STDIN "
        f"(FORMAT csv, DELIMITER E'\\t', FORCE_NOT_NULL ({_NOT_NULL}))"
    )
    connection.ensure_connection()
    raw = connection.connection
    with raw.cursor() as cursor:
        cursor.execute(f"CREATE TEMP TABLE IF NOT EXISTS sirene_lot (LIKE {table})")

    def write(batch: dict[str, tuple]) -> None:
        text = _copy_text(list(batch.values()))
        with raw.cursor() as cursor:
            cursor.execute("TRUNCATE sirene_lot")
            with cursor.copy(copy_sql) as copy:
                copy.write(text)
            cursor.execute(upsert)

    return write


def _write_orm(batch: dict[str, tuple]) -> None:
    etablissements = []
    for row in batch.values():
        values = dict(zip(FIELDS, row, strict=True))  # the model fields read 't'/'f' as booleans
        values["date_creation"] = values["date_creation"] or None
        etablissements.append(EtablissementSirene(**values))
    EtablissementSirene.objects.bulk_create(
        etablissements,
        update_conflicts=True,
        unique_fields=["siret"],
        update_fields=FIELDS[1:],
        batch_size=2000,
    )


def import_stock_etablissement(
    path: str,
    *,
    batch_size: int = 100_000,
    dry_run: bool = False,
    progress: Callable[[ImportReport], None] | None = None,
) -> ImportReport:
    report = ImportReport()
    postgresql = connection.vendor == "postgresql"
    write_postgresql = None  # made at the first batch: a file refused never reaches the database
    started = time.perf_counter()
    # One batch in the writer while the next is parsed: memory stays bounded by two batches.
    with (
        open(path, encoding="utf-8", errors="surrogateescape", newline="") as handle,
        ThreadPoolExecutor(max_workers=1) as writer,
    ):
        pending = None
        for batch, count in _batches(parse(handle, report), batch_size):
            if pending:
                pending.result()
            if postgresql and not dry_run:
                write_postgresql = write_postgresql or _postgresql_writer()
                pending = writer.submit(write_postgresql, batch)
            elif not dry_run:
                _write_orm(batch)  # SQLite connections belong to their thread
            report.imported += count
            report.seconds = time.perf_counter() - started
            if progress:
                progress(report)
        if pending:
            pending.result()
    report.seconds = time.perf_counter() - started
    return report
