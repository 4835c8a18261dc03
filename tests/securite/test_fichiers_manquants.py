"""A document whose stored copy is gone (a restore without the media): the person gets a
French page that says so and the error is logged, never a 500; `verifier_fichiers` lists
what is missing and what nothing references."""

import logging

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.urls import reverse

from tests.aides.factories import AideFactory, dossier_depose
from tests.factories import EntrepriseFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def dossier(pme_alice):
    entreprise = EntrepriseFactory(gestionnaires=[pme_alice], nom="Librairie l'Encre & la Plume")
    return dossier_depose(user=pme_alice, entreprise=entreprise, aide=AideFactory())


def test_a_missing_document_gives_a_french_page_and_a_logged_error(
    client, dossier, pme_alice, caplog
):
    piece = dossier.documents.first()
    default_storage.delete(piece.fichier.name)
    client.force_login(pme_alice)
    with caplog.at_level(logging.ERROR, logger="croissance.uploads"):
        reponse = client.get(reverse("aides:document", args=[dossier.pk, piece.pk]))
    assert reponse.status_code == 404
    page = reponse.content.decode()
    assert "Document indisponible" in page and "déposer à nouveau" in page
    assert any(piece.fichier.name in r.getMessage() for r in caplog.records)


def test_the_check_lists_missing_copies_and_unreferenced_files(dossier, capsys):
    piece = dossier.documents.first()
    call_command("verifier_fichiers")  # everything matches: no error
    default_storage.delete(piece.fichier.name)
    orpheline = default_storage.save("aides/oublie.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"))
    with pytest.raises(CommandError):
        call_command("verifier_fichiers")
    sortie = capsys.readouterr().out
    assert f"{piece.fichier.name} ← aides.Document" in sortie
    assert orpheline in sortie.split("Copies stockées sans référence")[-1]
