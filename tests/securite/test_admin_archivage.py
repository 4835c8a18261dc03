"""Label applications and aid files are never deleted from the admin: the mission archives
them with a reason, sees who did it and why, and can undo it with a reason too."""

import pytest
from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.test import RequestFactory
from django.urls import reverse
from django.utils.html import escape

from aides.models import Dossier
from connecteurs.models import Candidature
from croissance.label.models import CandidatureLabel
from tests.aides.factories import AideFactory, dossier_depose
from tests.connecteurs.factories import CandidatureFactory
from tests.factories import EntrepriseFactory

pytestmark = pytest.mark.django_db

TITRE = "Boutique en ligne de l'Atelier Kéréon & fils"
TITRE_HTML = escape(TITRE)


@pytest.fixture
def dossier(pme_alice):
    entreprise = EntrepriseFactory(gestionnaires=[pme_alice], nom="Atelier Kéréon")
    dossier = dossier_depose(user=pme_alice, entreprise=entreprise, aide=AideFactory())
    Dossier.objects.filter(pk=dossier.pk).update(titre=TITRE)
    return dossier


def _changelist(obj):
    meta = obj._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist")


def _action(client, obj, action, motif=None):
    """The action chosen on the admin's list: archived files are on the "Archivés" one."""
    data = {"action": action, "_selected_action": [obj.pk]}
    if motif is not None:
        data["motif"] = motif
    filtre = "?archivage=archives" if action == "desarchiver" else ""
    response = client.post(_changelist(obj) + filtre, data)
    if response.status_code == 302:
        client.get(response["Location"])  # the admin's page shows its messages
    return response


@pytest.mark.parametrize("model", [Dossier, Candidature, CandidatureLabel])
def test_no_deletion_even_for_mission_staff(client, mission_marc, model):
    request = RequestFactory().get("/admin/")
    request.user = mission_marc
    model_admin = admin.site._registry[model]
    assert not model_admin.has_delete_permission(request, None)
    assert "delete_selected" not in model_admin.get_actions(request)
    assert {"archiver", "desarchiver"} <= set(model_admin.get_actions(request))


def test_the_delete_page_is_refused(client, mission_marc, dossier):
    client.force_login(mission_marc)
    url = reverse("admin:aides_dossier_delete", args=[dossier.pk])
    assert client.get(url).status_code == 403
    assert client.post(url, {"post": "yes"}).status_code == 403
    assert Dossier.objects.filter(pk=dossier.pk).exists()


def test_archiving_a_file_asks_why_and_keeps_who_and_when(
    client, mission_marc, instructeur_bretagne, pme_alice, dossier
):
    client.force_login(instructeur_bretagne)
    assert TITRE_HTML in client.get(reverse("aides:instruction")).content.decode()

    client.force_login(mission_marc)
    page = _action(client, dossier, "archiver")
    assert page.status_code == 200 and "Motif (gardé dans l" in page.content.decode()
    dossier.refresh_from_db()
    assert not dossier.archive  # nothing happens before the reason is given

    motif = "Doublon du dossier n° 12 : l'entreprise a déposé deux fois"
    assert _action(client, dossier, "archiver", motif).status_code == 302

    dossier.refresh_from_db()
    assert dossier.archive_par == mission_marc and dossier.archive_le
    assert dossier.motif_archivage == motif
    historique = client.get(reverse("admin:aides_dossier_history", args=[dossier.pk]))
    assert "Archiver (avec un motif)" in historique.content.decode()
    assert escape(motif) in historique.content.decode()
    # out of the admin's default list, in the "Archivés" one
    liste = client.get(_changelist(dossier)).content.decode()
    assert TITRE_HTML not in liste
    archives = client.get(_changelist(dossier) + "?archivage=archives").content.decode()
    assert TITRE_HTML in archives

    client.force_login(instructeur_bretagne)
    file = client.get(reverse("aides:instruction")).content.decode()
    assert TITRE_HTML not in file
    client.force_login(pme_alice)
    mes_dossiers = client.get(reverse("aides:mes_dossiers")).content.decode()
    assert TITRE_HTML in mes_dossiers and "Archivé" in mes_dossiers


def test_undoing_an_archiving_asks_why_too(client, mission_marc, instructeur_bretagne, dossier):
    client.force_login(mission_marc)
    _action(client, dossier, "archiver", "Archivé par erreur ?")
    assert _action(client, dossier, "desarchiver").status_code == 200  # the reason first

    _action(client, dossier, "desarchiver", "L'entreprise attend toujours sa réponse")

    dossier.refresh_from_db()
    assert not dossier.archive and dossier.archive_par is None
    messages = [
        e.get_change_message()
        for e in LogEntry.objects.filter(object_id=str(dossier.pk)).order_by("pk")
    ]
    assert messages[-1] == (
        "Action « Désarchiver (avec un motif) » ; motif : "
        "« L'entreprise attend toujours sa réponse »"
    )
    client.force_login(instructeur_bretagne)
    assert TITRE_HTML in client.get(reverse("aides:instruction")).content.decode()


def test_archiving_twice_is_refused_and_not_logged_again(client, mission_marc, dossier):
    client.force_login(mission_marc)
    _action(client, dossier, "archiver", "Doublon")
    _action(client, dossier, "archiver", "Encore")
    dossier.refresh_from_db()
    assert dossier.motif_archivage == "Doublon"
    assert LogEntry.objects.filter(object_id=str(dossier.pk)).count() == 1


def test_label_applications_are_archived_too(client, mission_marc, instructeur_bretagne):
    candidature = CandidatureFactory(connecteur__nom="Numérique & Territoires", etat="soumise")
    sme = CandidatureLabel.objects.create(
        entreprise=EntrepriseFactory(nom="Crêperie d'Armor"), presentation="Vente en ligne"
    )
    client.force_login(mission_marc)
    liste = reverse("connecteurs:candidatures")
    assert "Numérique &amp; Territoires" in client.get(liste).content.decode()

    for obj in (candidature, sme):
        assert _action(client, obj, "archiver", "Structure dissoute").status_code == 302
        obj.refresh_from_db()
        assert obj.archive_par == mission_marc and obj.motif_archivage == "Structure dissoute"

    assert "Numérique &amp; Territoires" not in client.get(liste).content.decode()
    assert "Crêperie d&#x27;Armor" not in client.get(_changelist(sme)).content.decode()
