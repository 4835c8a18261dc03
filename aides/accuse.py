"""The acknowledgement of receipt of a filed application (accusé de réception), as a PDF."""

from croissance.pdf import rendre_pdf

from .models import Dossier


def titre_accuse(dossier: Dossier) -> str:
    return f"Accusé de réception – dossier n° {dossier.pk}"


def accuse_reception_pdf(dossier: Dossier) -> bytes:
    """What was filed and when (Europe/Paris): number, date, firm, aid, expenses, documents."""
    return rendre_pdf(
        "aides/accuse_reception.html",
        {
            "dossier": dossier,
            "lignes": list(dossier.lignes.all()),
            "documents": list(dossier.documents.all()),
        },
        titre=titre_accuse(dossier),
    )
