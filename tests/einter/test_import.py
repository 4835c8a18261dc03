"""Bulk import of leads from CSV: command, admin upload, bad rows, bad files."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from einter.models import Lead
from einter.services import importer_leads

pytestmark = pytest.mark.django_db

ENTETE = (
    "reference;titre;description;pays;secteur;naf;categorie_produit;quantite;date_limite;"
    "source;publie_le;statut;contact_nom;contact_email;contact_url"
)
BONNE = (
    "R-1;Fromages affinés;Épiceries fines;JP;agroalimentaire;;Fromages;2 t/an;2026-12-31;"
    "CCI International;2026-11-01;ouvert;Achats;achats@example.jp;"
)


def _csv(*lignes, entete=ENTETE):
    return ("\n".join([entete, *lignes]) + "\n").encode()


def test_valid_rows_are_created_and_bad_rows_reported_with_their_line_number():
    contenu = _csv(
        BONNE,
        "R-2;Vins;;ZZ;;;;;;CCI;;ouvert;;;",
        "R-3;;;DE;;;;;;CCI;;ouvert;;;",
        "R-4;Chaussures;;DE;;15.20Z;;;31/12/2026;CCI;;ouvert;;pas-un-courriel;",
        "R-5;Meubles;;DE;;;;;2026-02-30;CCI;;ouvert;;;",
        "R-6;Tronquée;;DE",
        "R-1;Doublon;;DE;;;;;;CCI;;ouvert;;;",
        "R-7;Inconnu;;DE;astronautique;;;;;CCI;;fini;;;",
    )
    rapport = importer_leads(contenu=contenu)
    assert rapport.crees == 1
    lignes = dict(rapport.rejets)
    assert "pays" in lignes[3]
    assert "titre" in lignes[4]
    assert "contact_email" in lignes[5]
    assert "date_limite" in lignes[6]
    assert "tronquée" in lignes[7]
    assert "double" in lignes[8]
    assert "secteur" in lignes[9] and "statut" in lignes[9]
    lead = Lead.objects.get(reference="R-1")
    assert lead.titre == "Fromages affinés"
    assert lead.secteur.slug == "agroalimentaire"
    assert str(lead.date_limite) == "2026-12-31"


def test_naf_code_gives_the_sector_and_import_twice_updates():
    importer_leads(contenu=_csv("N-1;Chaussures cuir;;DE;;15.20Z;;;;CCI;;ouvert;;;"))
    lead = Lead.objects.get(reference="N-1")
    assert lead.naf_division_id == "15"
    assert lead.secteur.slug == "mode"

    rapport = importer_leads(contenu=_csv("N-1;Chaussures en cuir;;DE;;15;;;;CCI;;clos;;;"))
    assert (rapport.crees, rapport.mis_a_jour) == (0, 1)
    lead.refresh_from_db()
    assert lead.titre == "Chaussures en cuir" and lead.statut == "clos"
    assert Lead.objects.count() == 1


def test_windows_1252_comma_separated_file_is_read():
    entete = ENTETE.replace(";", ",")
    contenu = (entete + "\nW-1,Pâtés et rillettes,,BE,,,,,,CCI,,ouvert,,,\n").encode("cp1252")
    rapport = importer_leads(contenu=contenu)
    assert rapport.encodage == "Windows-1252"
    assert Lead.objects.get(reference="W-1").titre == "Pâtés et rillettes"


@pytest.mark.parametrize(
    "contenu, message",
    [
        (b"", "vide"),
        (b"\x00\x01\x02PK binary", "octets nuls"),
        (b"titre;pays\nFromage;JP\n", "Colonnes obligatoires absentes"),
        (b"\x81\x8d\x8f\x90\x9d" * 10, "Encodage"),
    ],
)
def test_unreadable_files_are_refused_with_a_clear_message(contenu, message):
    rapport = importer_leads(contenu=contenu)
    assert message in rapport.erreur
    assert Lead.objects.count() == 0


def test_truncated_file_keeps_the_complete_rows():
    contenu = _csv(BONNE, 'R-2;"Vins de Loire;;FR')
    rapport = importer_leads(contenu=contenu)
    assert rapport.crees == 1
    assert len(rapport.rejets) == 1


def test_command_dry_run_saves_nothing_and_prints_the_report(tmp_path, capsys):
    fichier = tmp_path / "leads.csv"
    fichier.write_bytes(_csv(BONNE, "R-2;Vins;;ZZ;;;;;;CCI;;ouvert;;;"))
    call_command("importer_leads", str(fichier), "--dry-run")
    sortie = capsys.readouterr()
    assert Lead.objects.count() == 0
    assert "1 lead(s) seraient créé(s)" in sortie.out
    assert "ligne 3 : pays" in sortie.err

    call_command("importer_leads", str(fichier))
    assert Lead.objects.count() == 1


def test_command_refuses_a_missing_or_bad_file(tmp_path):
    with pytest.raises(CommandError, match="Lecture impossible"):
        call_command("importer_leads", str(tmp_path / "absent.csv"))
    fichier = tmp_path / "image.csv"
    fichier.write_bytes(b"\x00\x00\x00")
    with pytest.raises(CommandError, match="Fichier refusé"):
        call_command("importer_leads", str(fichier))


def test_mission_staff_upload_a_file_in_the_admin(client, mission_marc):
    client.force_login(mission_marc)
    url = reverse("admin:einter_lead_importer")
    assert url in client.get(reverse("admin:einter_lead_changelist")).content.decode()
    fichier = SimpleUploadedFile("leads.csv", _csv(BONNE, "R-2;Vins;;ZZ;;;;;;CCI;;ouvert;;;"))
    response = client.post(url, {"fichier": fichier})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Import terminé" in html and "pays : code ISO inconnu" in html
    assert Lead.objects.filter(reference="R-1").exists()


def test_admin_upload_is_refused_to_non_staff(client, pme_alice):
    client.force_login(pme_alice)
    response = client.get(reverse("admin:einter_lead_importer"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
