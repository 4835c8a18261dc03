"""An aid reaches firms only once someone publishes it: never on its first save, in the admin
or on the regions' page; publishing and unpublishing keep who and when."""

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse
from django.utils.html import escape

from aides.models import Aide
from croissance.pages_anonymes import pages
from tests.securite.formulaire_admin import donnees_du_formulaire

from .factories import AideFactory
from .simulateur import ouvrir_simulateur, simuler

pytestmark = pytest.mark.django_db

TITRE = "Chèque « Commerce & numérique » d'Ille-et-Vilaine"


def _visible_par_les_entreprises(client, aide) -> bool:
    client.logout()
    pages.clear()  # anonymous visitors' copies of the catalogue expire after 5 minutes
    catalogue = escape(TITRE) in client.get(reverse("aides:liste")).content.decode()
    fiche = client.get(reverse("aides:detail", args=[aide.pk])).status_code == 200
    api = any(a["titre"] == TITRE for a in client.get("/api/aides/").json()["results"])
    simulateur = (
        TITRE
        in simuler(
            ouvrir_simulateur(client),
            lieu="35000",
            effectif="12",
            activite="Services",
            site="8000 €",
        ).texte
    )
    assert catalogue == fiche == api == simulateur, (catalogue, fiche, api, simulateur)
    return catalogue


def _creer_dans_l_admin(client):
    url = reverse("admin:aides_aide_add")
    data = {
        **donnees_du_formulaire(client.get(url)),
        "titre": TITRE,
        "financeur_type": "region",
        "financeur": "Région Bretagne",
        "regions": ["53"],
    }
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    return Aide.objects.get(titre=TITRE)


def _action(client, aide, action):
    response = client.post(
        reverse("admin:aides_aide_changelist"), {"action": action, "_selected_action": [aide.pk]}
    )
    assert response.status_code == 302
    aide.refresh_from_db()


def test_a_new_aid_in_the_admin_waits_for_its_publication(client, mission_marc):
    client.force_login(mission_marc)
    aide = _creer_dans_l_admin(client)
    assert not aide.publiee and aide.publication_le is None
    assert not _visible_par_les_entreprises(client, aide)

    client.force_login(mission_marc)
    _action(client, aide, "publier")
    assert aide.publiee and aide.publication_par == mission_marc and aide.publication_le
    assert _visible_par_les_entreprises(client, aide)
    client.force_login(mission_marc)
    page = client.get(reverse("admin:aides_aide_change", args=[aide.pk])).content.decode()
    assert "Marc" in page  # who published it, on the aid's page

    _action(client, aide, "depublier")
    assert not aide.publiee and aide.publication_par == mission_marc
    assert not _visible_par_les_entreprises(client, aide)
    messages = [e.get_change_message() for e in LogEntry.objects.filter(object_id=str(aide.pk))]
    assert "Action « Publier les aides sélectionnées »" in messages
    assert "Action « Dépublier les aides sélectionnées »" in messages


def test_saving_a_published_aid_in_the_admin_keeps_it_published(client, mission_marc):
    aide = AideFactory(titre=TITRE)
    client.force_login(mission_marc)
    url = reverse("admin:aides_aide_change", args=[aide.pk])
    client.post(url, {**donnees_du_formulaire(client.get(url)), "taux": "45"})
    aide.refresh_from_db()
    assert aide.publiee and str(aide.taux) == "45.00"


def test_regional_staff_publish_from_the_aid_s_page(
    client, instructeur_bretagne, instructeur_occitanie
):
    aide = AideFactory(titre=TITRE, publiee=False)
    publication = reverse("aides:regles_publication", args=[aide.pk])
    client.force_login(instructeur_occitanie)
    assert client.post(publication, {"publier": "oui"}).status_code == 404

    client.force_login(instructeur_bretagne)
    page = client.get(reverse("aides:regles_modifier", args=[aide.pk])).content.decode()
    assert "Non publiée" in page and "Publier l'aide" in page
    response = client.post(publication, {"publier": "oui"}, follow=True)
    assert "est publiée : elle est au catalogue" in response.content.decode()
    aide.refresh_from_db()
    assert aide.publiee and aide.publication_par == instructeur_bretagne
    assert "Dépublier l'aide" in response.content.decode()
    liste = client.get(reverse("aides:regles")).content.decode()
    assert f"Oui, depuis le {aide.publication_le:%d/%m/%Y}" in liste
    assert _visible_par_les_entreprises(client, aide)

    client.force_login(instructeur_bretagne)
    client.post(publication, {"publier": "non"})
    aide.refresh_from_db()
    assert not aide.publiee
    assert not _visible_par_les_entreprises(client, aide)
