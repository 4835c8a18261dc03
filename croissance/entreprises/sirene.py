"""Import of INSEE's StockEtablissement CSV into the SIRENE registry table.

Columns are read by header name (the file has had 48, 53 and 54 columns over time). The file
is streamed: any size, constant memory. Bad rows are reported with their line number and
skipped. On PostgreSQL each batch goes through COPY into a temporary table and one upsert,
while the next batch is parsed; elsewhere through bulk_create(update_conflicts=True).
Re-running updates rows, never duplicates them. The parsing loop is written for speed
(≥ 100,000 rows/s): see `parse`.
"""

import csv
import io
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
# Luhn: every second digit from the right is doubled, and the digits of the result summed.
_DOUBLED = str.maketrans("0123456789", "0246813579")
_LA_POSTE = "356000000"
_LA_POSTE_HEAD_OFFICE = "35600000000048"


def _luhn_ok(digits: str) -> bool:
    # Only C-level string operations: about 10 times faster than python-stdnum per row.
    plain = digits[-1::-2].encode()
    doubled = digits[-2::-2].translate(_DOUBLED).encode()
    return (sum(plain) + sum(doubled) - 48 * len(digits)) % 10 == 0


def siret_valid(siret: str) -> bool:
    """Same rule as stdnum.fr.siret.is_valid for a compact SIRET: Luhn key of the SIRET (La
    Poste's establishments: the sum of the digits is a multiple of 5) and of its SIREN."""
    if not _SIRET_FORMAT.fullmatch(siret):
        return False
    if siret.startswith(_LA_POSTE) and siret != _LA_POSTE_HEAD_OFFICE:
        if (sum(siret.encode()) - 48 * 14) % 5:
            return False
    elif not _luhn_ok(siret):
        return False
    return _luhn_ok(siret[:9])


def _clean(value: str) -> str:
    return "" if value == HIDDEN else value.strip()


def parse(handle: io.TextIOBase, report: ImportReport) -> Iterator[tuple]:
    """Yield one tuple of FIELDS per valid row; record the others in the report.

    Hot loop (millions of rows): columns are picked by index with one itemgetter call and
    checked with precompiled expressions; no per-row dict."""
    reader = csv.reader(handle)
    try:
        header = next(reader)
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

    for row in reader:
        report.read += 1
        if len(row) != width:
            report.reject(
                reader.line_num, f"{len(row)} colonnes au lieu de {width} (ligne tronquée ?)"
            )
            continue
        row.append("")  # the value of absent columns (see `pick`)
        values = pick(row)
        if unreadable("\x00".join(values)):
            report.reject(
                reader.line_num, "caractères illisibles : le fichier doit être encodé en UTF-8"
            )
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
            report.reject(reader.line_num, f"SIRET invalide « {siret[:20]} »")
            continue
        creation = creation.strip()
        try:
            date_creation = date.fromisoformat(creation) if creation else None
        except ValueError:
            report.reject(reader.line_num, f"date de création invalide « {creation[:20]} »")
            continue
        diffusible = diffusion.strip() != "P"
        denomination = _clean(denomination_usuelle) or _clean(enseigne)
        yield (
            siret,
            siret[:9],
            denomination[:255] if diffusible else "",
            naf.strip()[:6],
            tranche.strip()[:2],
            _clean(code_postal)[:5],
            _clean(code_commune)[:5],
            _clean(libelle_commune)[:100],
            date_creation,
            etat.strip() != "F",
            diffusible,
            siege.strip().lower() == "true",
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
        # a re-run leaves unchanged establishments alone (no new row version, no index write)
        + f" WHERE ({', '.join(f'{table}.{name}' for name in updated)}) IS DISTINCT FROM "
        f"({', '.join(f'EXCLUDED.{name}' for name in updated)})"
    )
    copy_sql = f"COPY sirene_lot ({columns}) FROM STDIN (FORMAT csv, FORCE_NOT_NULL ({_NOT_NULL}))"
    connection.ensure_connection()
    raw = connection.connection
    with raw.cursor() as cursor:
        cursor.execute(f"CREATE TEMP TABLE IF NOT EXISTS sirene_lot (LIKE {table})")

    def write(batch: dict[str, tuple]) -> None:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows(batch.values())
        with raw.cursor() as cursor:
            cursor.execute("TRUNCATE sirene_lot")
            with cursor.copy(copy_sql) as copy:
                copy.write(buffer.getvalue())
            cursor.execute(upsert)

    return write


def _write_orm(batch: dict[str, tuple]) -> None:
    EtablissementSirene.objects.bulk_create(
        [EtablissementSirene(**dict(zip(FIELDS, row, strict=True))) for row in batch.values()],
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
