"""Uploaded documents: checked by content (not by name), size-limited, stored outside the
static tree and served only by views that check permission first."""

import logging

from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404

logger = logging.getLogger(__name__)

MAX_UPLOAD_BYTES = 10 * 1024 * 1024

# content type -> magic bytes at the start of the file
SIGNATURES = {
    "application/pdf": (b"%PDF-",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/jpeg": (b"\xff\xd8\xff",),
}
LABELS = {"application/pdf": "PDF", "image/png": "PNG", "image/jpeg": "JPEG"}


def detect_content_type(uploaded) -> str | None:
    uploaded.seek(0)
    head = uploaded.read(16)
    uploaded.seek(0)
    for content_type, signatures in SIGNATURES.items():
        if any(head.startswith(signature) for signature in signatures):
            return content_type
    return None


def validate_document(uploaded, allowed=("application/pdf", "image/png", "image/jpeg")) -> None:
    """Form/model validator: PDF, PNG or JPEG by content, at most 10 Mo."""
    if uploaded.size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            f"Le fichier « {uploaded.name} » dépasse 10 Mo : réduisez-le ou scannez-le "
            "en plus basse résolution.",
            code="file_too_large",
        )
    if detect_content_type(uploaded) not in allowed:
        formats = ", ".join(LABELS[t] for t in allowed)
        raise ValidationError(
            f"Le fichier « {uploaded.name} » n'est pas un document accepté ({formats}).",
            code="file_type",
        )


class DocumentIndisponible(Http404):
    """A document is referenced but its stored copy is missing (a restore without the media,
    a disk lost): the person gets a page that says so (croissance.views.erreur_404)."""


def serve_document(field_file, filename: str | None = None) -> FileResponse:
    """Stream a stored file; images inline, anything else as an attachment."""
    try:
        handle = field_file.open("rb")
    except (FileNotFoundError, ValueError) as erreur:  # ValueError: no file at all
        logger.error("Document sans copie stockée : %s (%s)", field_file.name, erreur)
        raise DocumentIndisponible(field_file.name) from erreur
    content_type = detect_content_type(handle) or "application/octet-stream"
    return FileResponse(
        handle,
        as_attachment=not content_type.startswith("image/"),
        filename=filename or field_file.name.rsplit("/", 1)[-1],
        content_type=content_type,
    )
