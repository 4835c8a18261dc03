"""Reading a PDF back as a person or a screen reader would: poppler's pdfinfo and pdftotext."""

import shutil
import subprocess

import pytest


def _poppler(programme: str, contenu: bytes, *args: str) -> str:
    if not shutil.which(programme):
        pytest.fail(f"{programme} introuvable : installez le paquet poppler-utils")
    return subprocess.run(
        [programme, *args, "-", "-"] if programme == "pdftotext" else [programme, *args, "-"],
        input=contenu,
        capture_output=True,
        check=True,
    ).stdout.decode()


def infos(contenu: bytes) -> dict[str, str]:
    """pdfinfo's fields: Title, Tagged, Pages…"""
    lignes = _poppler("pdfinfo", contenu).splitlines()
    return {
        cle.strip(): valeur.strip() for cle, _, valeur in (ligne.partition(":") for ligne in lignes)
    }


def texte(contenu: bytes) -> str:
    """The text of every page, in reading order, runs of spaces made one."""
    return " ".join(_poppler("pdftotext", contenu, "-layout").split())


def verifier_accessible(contenu: bytes, *, titre: str) -> str:
    """A tagged PDF titled `titre`, with the portal's brand and page numbers: its text."""
    assert contenu.startswith(b"%PDF-")
    champs = infos(contenu)
    assert champs["Tagged"] == "yes", champs
    assert champs["Title"] == titre, champs
    lu = texte(contenu)
    assert "Croissance connectée" in lu and "République française" in lu
    assert f"Page 1 sur {champs['Pages']}" in lu
    return lu
