"""Import of INSEE's StockEtablissement CSV into the SIRENE registry table.

Columns are read by header name (the file has had 48, 53 and 54 columns over time). The file
is streamed: any size, constant memory. Bad rows are reported with their line number and
skipped. On PostgreSQL each batch goes through COPY into a temporary table and one upsert;
elsewhere through bulk_create(update_conflicts=True). Re-running updates rows, never
duplicates them.
"""

import csv
import io
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date

from django.db import connection, transaction
from stdnum.fr import siret as siret_number

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


def _parse_date(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


def _clean(value: str) -> str:
    return "" if value == HIDDEN else value.strip()


def parse(handle: io.TextIOBase, report: ImportReport) -> Iterator[tuple]:
    """Yield one tuple of FIELDS per valid row; record the others in the report."""
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
    indexes = {key: position.get(column) for key, column in COLUMNS.items()}
    width = len(header)

    for row in reader:
        line = reader.line_num
        report.read += 1
        if len(row) != width:
            report.reject(line, f"{len(row)} colonnes au lieu de {width} (ligne tronquée ?)")
            continue
        values = {key: (row[i] if i is not None else "") for key, i in indexes.items()}
        if any("\udc80" <= ch <= "\udcff" for value in values.values() for ch in value):
            report.reject(line, "caractères illisibles : le fichier doit être encodé en UTF-8")
            continue
        siret = values["siret"].strip()
        if not siret_number.is_valid(siret):
            report.reject(line, f"SIRET invalide « {siret[:20]} »")
            continue
        try:
            date_creation = _parse_date(values["date_creation"].strip())
        except ValueError:
            report.reject(line, f"date de création invalide « {values['date_creation'][:20]} »")
            continue
        diffusible = values["diffusion"].strip() != "P"
        denomination = _clean(values["denomination_usuelle"]) or _clean(values["enseigne"])
        yield (
            siret,
            siret[:9],
            denomination[:255] if diffusible else "",
            values["naf"].strip()[:6],
            values["tranche_effectifs"].strip()[:2],
            _clean(values["code_postal"])[:5],
            _clean(values["code_commune"])[:5],
            _clean(values["libelle_commune"])[:100],
            date_creation,
            values["etat"].strip() != "F",
            diffusible,
            values["siege"].strip().lower() == "true",
        )


def _batches(rows: Iterator[tuple], size: int) -> Iterator[list[tuple]]:
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _write_postgresql(batch: list[tuple]) -> None:
    table = EtablissementSirene._meta.db_table
    columns = ", ".join(FIELDS)
    updates = ", ".join(f"{name} = EXCLUDED.{name}" for name in FIELDS if name != "siret")
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            f"CREATE TEMP TABLE IF NOT EXISTS sirene_lot (LIKE {table}) ON COMMIT DELETE ROWS"
        )
        with cursor.copy(f"COPY sirene_lot ({columns}) FROM STDIN") as copy:
            for row in batch:
                copy.write_row(row)
        cursor.execute(
            f"INSERT INTO {table} ({columns}) "
            f"SELECT DISTINCT ON (siret) {columns} FROM sirene_lot ORDER BY siret "
            f"ON CONFLICT (siret) DO UPDATE SET {updates}"
        )


def _write_orm(batch: list[tuple]) -> None:
    unique = {row[0]: row for row in batch}  # the last occurrence of a SIRET wins
    EtablissementSirene.objects.bulk_create(
        [EtablissementSirene(**dict(zip(FIELDS, row, strict=True))) for row in unique.values()],
        update_conflicts=True,
        unique_fields=["siret"],
        update_fields=FIELDS[1:],
        batch_size=2000,
    )


def import_stock_etablissement(
    path: str,
    *,
    batch_size: int = 50_000,
    dry_run: bool = False,
    progress: Callable[[ImportReport], None] | None = None,
) -> ImportReport:
    report = ImportReport()
    write = _write_postgresql if connection.vendor == "postgresql" else _write_orm
    started = time.perf_counter()
    with open(path, encoding="utf-8", errors="surrogateescape", newline="") as handle:
        for batch in _batches(parse(handle, report), batch_size):
            if not dry_run:
                write(batch)
            report.imported += len(batch)
            report.seconds = time.perf_counter() - started
            if progress:
                progress(report)
    report.seconds = time.perf_counter() - started
    return report
