import pytest
from django.urls import reverse

from croissance.indicateurs import services
from croissance.indicateurs.models import Instantane

from . import donnees

pytestmark = pytest.mark.django_db

URL = reverse("indicateurs:tableau_de_bord")


def test_anonymous_is_sent_to_login(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert "/compte/login/" in response["Location"]


@pytest.mark.parametrize("fixture", ["pme_alice", "connecteur_claire"])
def test_other_roles_are_refused(client, request, fixture):
    client.force_login(request.getfixturevalue(fixture))
    assert client.get(URL).status_code == 403
    assert (
        client.get(reverse("indicateurs:export_csv", args=["aides", "enveloppes"])).status_code
        == 403
    )


def test_mission_sees_national_figures_with_the_snapshot_date(client, mission_marc):
    donnees.jeu(2)
    services.prendre_instantane()
    client.force_login(mission_marc)
    content = client.get(URL).content.decode()
    assert "France entière" in content
    assert "Chiffres calculés le" in content
    assert "Commerce connecté par région" in content
    assert "Occitanie" in content and "Bretagne" in content
    assert "Recalculer les indicateurs" in content
    assert "<svg" in content


def test_instructeur_sees_only_its_regions(client, instructeur_bretagne):
    donnees.jeu(2)
    client.force_login(instructeur_bretagne)
    content = client.get(URL).content.decode()
    assert "Région Bretagne" in content
    assert "Recalculer" not in content
    par_region = content.split("<caption>Commerce connecté par région</caption>")[1].split(
        "</table>"
    )[0]
    assert "Bretagne" in par_region and "Occitanie" not in par_region
    assert client.get(URL, {"region": "76"}).status_code == 404
    assert client.get(URL, {"region": ""}).status_code == 200  # falls back to its region
    csv_url = reverse("indicateurs:export_csv", args=["commerce-connecte", "par-region"])
    assert client.get(csv_url, {"region": "76"}).status_code == 404
    body = client.get(csv_url).content.decode("utf-8-sig")
    assert "Bretagne" in body and "Occitanie" not in body


def test_instructeur_cannot_recalculate(client, instructeur_bretagne):
    client.force_login(instructeur_bretagne)
    assert client.post(reverse("indicateurs:recalculer")).status_code == 403
    assert not Instantane.objects.exists()


def test_mission_recalculates(client, mission_marc):
    client.force_login(mission_marc)
    response = client.post(reverse("indicateurs:recalculer"), follow=True)
    assert "Les indicateurs ont été recalculés." in response.content.decode()
    assert Instantane.objects.filter(perimetre="national", calcule_par=mission_marc).exists()
    assert Instantane.objects.filter(perimetre="53").exists()


def test_period_filter_computes_now(client, mission_marc):
    donnees.diagnostics(1, jours=400)
    services.prendre_instantane()
    client.force_login(mission_marc)
    response = client.get(URL, {"debut": "2000-01-01", "pas": "trimestre"})
    content = response.content.decode()
    assert "Chiffres calculés à l'instant" in content
    bad = client.get(URL, {"debut": "2026-05-01", "fin": "2026-01-01"})
    assert "La date de fin doit suivre la date de début." in bad.content.decode()


def test_csv_export_has_the_table_figures(client, mission_marc):
    donnees.jeu(1)
    client.force_login(mission_marc)
    response = client.get(reverse("indicateurs:export_csv", args=["aides", "dossiers-par-etat"]))
    assert response["Content-Type"].startswith("text/csv")
    lignes = response.content.decode("utf-8-sig").splitlines()
    assert lignes[0] == "État;Dossiers;Montant sollicité (€);Montant accordé (€)"
    assert "Accepté;1;12000.00;6000.00" in lignes
    assert (
        client.get(reverse("indicateurs:export_csv", args=["aides", "inconnu"])).status_code == 404
    )


@pytest.mark.parametrize("taille", [1, 15])
def test_dashboard_reads_the_snapshot_in_fixed_queries(
    client, mission_marc, instructeur_bretagne, taille, django_assert_max_num_queries
):
    donnees.jeu(taille)
    services.prendre_tous_les_instantanes()
    client.force_login(mission_marc)
    with django_assert_max_num_queries(8):
        assert client.get(URL).status_code == 200
    client.force_login(instructeur_bretagne)
    with django_assert_max_num_queries(8):
        assert client.get(URL).status_code == 200


@pytest.mark.parametrize("taille", [1, 15])
def test_live_computation_is_bounded_too(
    client, mission_marc, taille, django_assert_max_num_queries
):
    donnees.jeu(taille)
    client.force_login(mission_marc)
    with django_assert_max_num_queries(40):
        assert client.get(URL, {"debut": "2000-01-01"}).status_code == 200


@pytest.mark.parametrize("taille", [1, 15])
def test_open_data_page_is_public_and_national(client, taille, django_assert_max_num_queries):
    donnees.jeu(taille)
    services.prendre_instantane()
    with django_assert_max_num_queries(4):
        response = client.get(reverse("indicateurs:donnees_ouvertes"))
    content = response.content.decode()
    assert response.status_code == 200
    assert "Part des PME ayant des éléments de commerce connecté" in content
    assert "Eurostat" in content
    csv_url = reverse("indicateurs:donnees_ouvertes_csv", args=["commerce-connecte", "objectif"])
    assert csv_url in content
    body = client.get(csv_url).content.decode("utf-8-sig")
    assert (
        f"PME diagnostiquées ayant des éléments de commerce connecté;{2 * taille};{taille};50.0"
        in body
    )


def test_reference_is_editable_in_the_admin(client, mission_marc):
    client.force_login(mission_marc)
    response = client.post(
        reverse("admin:indicateurs_referenceue_add"),
        {"libelle": "PME vendant en ligne", "valeur": "19.5", "source": "Eurostat", "annee": 2024},
    )
    assert response.status_code == 302
    from croissance.indicateurs.models import ReferenceUE

    assert str(ReferenceUE.courante().valeur) == "19.5"
    assert client.get(reverse("admin:indicateurs_instantane_changelist")).status_code == 200


def test_every_table_has_its_csv_export(client, mission_marc):
    from croissance.indicateurs import selectors
    from croissance.indicateurs.registry import Perimetre

    donnees.jeu(1)
    client.force_login(mission_marc)
    page = client.get(URL).content.decode()
    for section in selectors.calculer(Perimetre()):
        for tableau in section["tableaux"]:
            url = reverse("indicateurs:export_csv", args=[section["slug"], tableau["slug"]])
            assert url in page
            premiere = client.get(url).content.decode("utf-8-sig").splitlines()[0]
            assert premiere == ";".join(tableau["colonnes"])


def test_instructeur_of_several_regions_sees_them_together_never_others(client):
    from tests.factories import UserFactory

    donnees.jeu(1)
    donnees.diagnostics(2, code_postal="75001")  # Île-de-France
    instructeur = UserFactory(instructeur=True, regions=["53", "76"])
    client.force_login(instructeur)
    content = client.get(URL).content.decode()
    assert "Toutes mes régions" in content
    assert "Régions Bretagne, Occitanie" in content or "Régions Occitanie, Bretagne" in content
    par_region = content.split("<caption>Commerce connecté par région</caption>")[1].split(
        "</table>"
    )[0]
    assert "Bretagne" in par_region and "Occitanie" in par_region
    assert "Île-de-France" not in par_region
    assert client.get(URL, {"region": "11"}).status_code == 404


def test_instructeur_without_region_is_told_why_there_are_no_figures(client):
    from tests.factories import UserFactory

    client.force_login(UserFactory(instructeur=True))
    page = client.get(URL)
    assert page.status_code == 200
    texte = page.content.decode()
    assert "Aucune région ne vous est rattachée" in texte
    assert "/indicateurs/donnees-ouvertes/" in texte
    assert client.get("/indicateurs/export/aides/enveloppes.csv").status_code == 404


def test_amounts_show_in_euros(client, mission_marc):
    donnees.dossier(montant="6000")
    client.force_login(mission_marc)
    assert "6\u202f000 €" in client.get(URL).content.decode()
