from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from connecteurs import services
from connecteurs.models import Avis, Connecteur, Piece
from tests.connecteurs.factories import (
    PDF,
    PNG,
    CandidatureFactory,
    ConnecteurFactory,
    EvenementFactory,
    PrestationFactory,
)
from tests.factories import EntrepriseFactory, UserFactory, theme
from tests.navigateur import Page

pytestmark = pytest.mark.django_db


def _reseau(n):
    for i in range(n):
        connecteur = ConnecteurFactory(labellise=i % 2 == 0, regions=["53", "76"])
        connecteur.departements.set(["29"])
        PrestationFactory(connecteur=connecteur)
        EvenementFactory(connecteur=connecteur)


class TestAnnuaire:
    @pytest.mark.parametrize("taille", [10, 200])
    def test_directory_query_count_is_fixed(self, client, django_assert_max_num_queries, taille):
        _reseau(taille)
        with django_assert_max_num_queries(10):
            response = client.get(
                reverse("connecteurs:annuaire"), {"region": "53", "theme": "vente-en-ligne"}
            )
        assert response.status_code == 200
        assert f"{taille} connecteur" in response.content.decode()

    def test_filters_on_tier_type_and_free_text(self, client):
        ConnecteurFactory(nom="CCI du Finistère", labellise=True)
        ConnecteurFactory(nom="Médiathèque de Lorient", type_acteur="mediateur")
        ConnecteurFactory(nom="Pas signataire", non_signe=True)
        page = client.get(reverse("connecteurs:annuaire")).content.decode()
        assert "CCI du Finistère" in page and "Pas signataire" not in page
        page = client.get(reverse("connecteurs:annuaire"), {"niveau": "labellise"}).content.decode()
        assert "CCI du Finistère" in page and "Médiathèque" not in page
        page = client.get(
            reverse("connecteurs:annuaire"), {"type_acteur": "mediateur"}
        ).content.decode()
        assert "Médiathèque de Lorient" in page and "CCI du Finistère" not in page
        page = client.get(reverse("connecteurs:annuaire"), {"q": "lorient"}).content.decode()
        assert "Médiathèque de Lorient" in page and "CCI du Finistère" not in page
        page = client.get(reverse("connecteurs:annuaire"), {"region": "76"}).content.decode()
        assert "Aucun connecteur ne correspond" in page

    def test_area_filters_include_national_and_departement_structures_once(self, client):
        ConnecteurFactory(nom="Réseau national", national=True).regions.clear()
        ConnecteurFactory(nom="Bretagne entière", regions=["53"])
        finistere = ConnecteurFactory(nom="Finistère seulement")
        finistere.regions.clear()
        finistere.departements.set(["29"])
        partout = ConnecteurFactory(nom="Bretagne et Finistère", regions=["53"])
        partout.departements.set(["29"])
        ConnecteurFactory(nom="Normandie seulement", regions=["28"])

        def noms(**filtres):
            page = client.get(reverse("connecteurs:annuaire"), filtres).content.decode()
            return {nom for nom in NOMS if nom in page}, page

        NOMS = [
            "Réseau national",
            "Bretagne entière",
            "Finistère seulement",
            "Bretagne et Finistère",
            "Normandie seulement",
        ]
        trouves, page = noms(region="53")
        assert trouves == set(NOMS) - {"Normandie seulement"}
        assert "4 connecteurs" in page  # each structure once, however it serves the region
        trouves, _ = noms(departement="56")  # Morbihan: served by the region-wide structures
        assert trouves == {"Réseau national", "Bretagne entière", "Bretagne et Finistère"}
        trouves, _ = noms(departement="29")
        assert trouves == set(NOMS) - {"Normandie seulement"}

    def test_directory_paginates(self, client):
        _reseau(15)
        page = client.get(reverse("connecteurs:annuaire"), {"page": 2}).content.decode()
        assert "2 / 2" in page

    @pytest.mark.parametrize("taille", [10, 200])
    def test_regions_and_agenda_query_counts(self, client, django_assert_max_num_queries, taille):
        _reseau(taille)
        with django_assert_max_num_queries(4):
            response = client.get(reverse("connecteurs:regions"))
        assert "Bretagne" in response.content.decode()
        with django_assert_max_num_queries(6):
            response = client.get(reverse("connecteurs:agenda"), {"region": "53"})
        assert response.status_code == 200


class TestProfil:
    @pytest.mark.parametrize("taille", [10, 200])
    def test_profile_query_count_and_money(self, client, django_assert_max_num_queries, taille):
        _reseau(taille)
        connecteur = Connecteur.objects.filter(niveau="labellise").first()
        with django_assert_max_num_queries(10):
            response = client.get(reverse("connecteurs:profil", args=[connecteur.pk]))
        page = response.content.decode()
        assert "2\u202f500 €" in page and "1\u202f250 €" in page  # price, State share, remainder

    def test_signatory_shows_no_state_share(self, client):
        connecteur = ConnecteurFactory()
        PrestationFactory(connecteur=connecteur)
        page = client.get(reverse("connecteurs:profil", args=[connecteur.pk])).content.decode()
        assert "2\u202f500 €" in page and "Reste à charge" not in page

    def test_unsigned_structure_has_no_public_profile(self, client):
        connecteur = ConnecteurFactory(non_signe=True)
        assert client.get(reverse("connecteurs:profil", args=[connecteur.pk])).status_code == 404


class TestEspaceConnecteur:
    def test_new_connecteur_creates_profile_with_logo_then_signs(self, client, connecteur_claire):
        client.force_login(connecteur_claire)
        assert client.get(reverse("connecteurs:espace")).url == reverse(
            "connecteurs:profil_modifier"
        )
        data = {
            "nom": "Médiathèque de Lorient",
            "type_acteur": "mediateur",
            "siret": "",
            "presentation": "<p>Ateliers</p><img src=x onerror=alert(1)>",
            "regions": ["53"],
            "themes": ["competences"],
            "langues": ["fr", "br"],
            "logo": SimpleUploadedFile("logo.png", PNG, content_type="image/png"),
        }
        response = client.post(reverse("connecteurs:profil_modifier"), data)
        assert response.url == reverse("connecteurs:charte")
        connecteur = Connecteur.objects.get(membres=connecteur_claire)
        assert connecteur.presentation == "<p>Ateliers</p>"
        assert connecteur.langues == ["fr", "br"]
        response = client.post(reverse("connecteurs:charte"), {"accepte": "on"})
        assert response.url == reverse("connecteurs:espace")
        assert client.get(reverse("connecteurs:logo", args=[connecteur.pk])).status_code == 200

    def test_logo_must_be_an_image(self, client, connecteur_claire):
        client.force_login(connecteur_claire)
        data = {
            "nom": "X",
            "type_acteur": "cci",
            "regions": ["53"],
            "themes": ["competences"],
            "logo": SimpleUploadedFile("logo.png", PDF, content_type="image/png"),
        }
        response = client.post(reverse("connecteurs:profil_modifier"), data)
        assert response.status_code == 200
        assert "accepté (PNG, JPEG)" in response.content.decode()

    def test_member_edits_only_its_own_profile(self, client, cci_finistere, connecteur_claire):
        ConnecteurFactory(nom="Structure voisine")
        client.force_login(connecteur_claire)
        page = client.get(reverse("connecteurs:profil_modifier")).content.decode()
        assert "CCI du Finistère" in page and "Structure voisine" not in page

    def test_other_roles_get_403(self, client, pme_alice):
        client.force_login(pme_alice)
        for name in (
            "espace",
            "profil_modifier",
            "charte",
            "demandes",
            "candidature",
            "prestations",
        ):
            assert client.get(reverse(f"connecteurs:{name}")).status_code == 403

    def test_other_structures_objects_are_404(self, client, cci_finistere, connecteur_claire):
        other = ConnecteurFactory(membres=[UserFactory(connecteur=True)])
        prestation = PrestationFactory(connecteur=other)
        evenement = EvenementFactory(connecteur=other)
        entreprise = EntrepriseFactory(gestionnaires=[UserFactory()])
        demande = services.demande_creer(
            entreprise=entreprise,
            auteur=entreprise.gestionnaires.get(),
            theme=theme("competences"),
            message="Aide",
            partage_diagnostic=False,
            connecteurs=[other],
        )
        client.force_login(connecteur_claire)
        assert (
            client.get(reverse("connecteurs:demande", args=[demande.reponses.get().pk])).status_code
            == 404
        )
        assert (
            client.get(reverse("connecteurs:prestation_modifier", args=[prestation.pk])).status_code
            == 404
        )
        assert (
            client.post(reverse("connecteurs:evenement_supprimer", args=[evenement.pk])).status_code
            == 404
        )

    def test_piece_downloads_are_permission_checked(
        self, client, cci_finistere, connecteur_claire, mission_marc, instructeur_occitanie
    ):
        candidature = CandidatureFactory(connecteur=cci_finistere)
        client.force_login(connecteur_claire)
        response = client.post(
            reverse("connecteurs:piece_ajouter", args=[candidature.pk]),
            {
                "type_piece": "cv",
                "titre": "CV de Claire",
                "fichier": SimpleUploadedFile("cv.pdf", PDF, content_type="application/pdf"),
            },
        )
        assert response.status_code == 302
        piece = Piece.objects.get()
        assert client.get(reverse("connecteurs:piece", args=[piece.pk])).status_code == 200
        client.force_login(UserFactory(connecteur=True))
        assert client.get(reverse("connecteurs:piece", args=[piece.pk])).status_code == 404
        client.force_login(instructeur_occitanie)
        assert client.get(reverse("connecteurs:piece", args=[piece.pk])).status_code == 404
        client.force_login(mission_marc)
        assert client.get(reverse("connecteurs:piece", args=[piece.pk])).status_code == 200

    def test_demandes_list_query_count(
        self, client, cci_finistere, connecteur_claire, django_assert_max_num_queries
    ):
        for _ in range(12):
            entreprise = EntrepriseFactory(gestionnaires=[UserFactory()])
            services.demande_creer(
                entreprise=entreprise,
                auteur=entreprise.gestionnaires.get(),
                theme=theme("competences"),
                message="Aide",
                partage_diagnostic=False,
                connecteurs=[cci_finistere],
            )
        client.force_login(connecteur_claire)
        with django_assert_max_num_queries(10):
            response = client.get(reverse("connecteurs:demandes"))
        assert response.content.decode().count("Entreprise ") >= 12


class TestStaff:
    def test_evaluator_of_another_region_cannot_see_a_file(
        self, client, cci_finistere, instructeur_bretagne
    ):
        candidature = CandidatureFactory(connecteur=cci_finistere, etat="soumise")
        client.force_login(instructeur_bretagne)
        assert (
            client.get(reverse("connecteurs:candidature_detail", args=[candidature.pk])).status_code
            == 404
        )
        assert client.get(reverse("connecteurs:evaluer", args=[candidature.pk])).status_code == 404

    def test_mission_sees_the_file_and_assigns(
        self,
        client,
        cci_finistere,
        mission_marc,
        instructeur_bretagne,
        django_assert_max_num_queries,
    ):
        PrestationFactory(connecteur=cci_finistere)
        candidature = CandidatureFactory(connecteur=cci_finistere, etat="soumise")
        client.force_login(mission_marc)
        with django_assert_max_num_queries(20):
            page = client.get(reverse("connecteurs:candidature_detail", args=[candidature.pk]))
        assert "Désigner un évaluateur" in page.content.decode()
        response = client.post(
            reverse("connecteurs:candidature_detail", args=[candidature.pk]),
            {"evaluateur": instructeur_bretagne.pk},
        )
        assert response.status_code == 302
        candidature.refresh_from_db()
        assert candidature.etat == "en_evaluation"
        client.force_login(instructeur_bretagne)
        assert client.get(reverse("connecteurs:evaluer", args=[candidature.pk])).status_code == 200

    def test_connecteur_cannot_reach_staff_pages(self, client, connecteur_claire):
        client.force_login(connecteur_claire)
        assert client.get(reverse("connecteurs:candidatures")).status_code == 403


class TestPme:
    def test_mise_en_relation_from_diagnostic_link(self, client, pme_alice, entreprise_alice):
        ConnecteurFactory(nom="CCI du Finistère", membres=[UserFactory(connecteur=True)])
        client.force_login(pme_alice)
        url = reverse("connecteurs:mise_en_relation")
        page = Page(client.get(url, {"theme": "vente-en-ligne", "entreprise": entreprise_alice.pk}))
        # the link's need and entreprise are chosen; the connecteurs come at the next step
        formulaire = page.formulaire("Vérifier avant l'envoi")
        assert formulaire.donnees()["theme"] == ["vente-en-ligne"]
        assert formulaire.donnees()["entreprise"] == [str(entreprise_alice.pk)]
        formulaire.remplir("Votre message", "Vendre en ligne")
        formulaire.cocher("J'accepte de partager mon dernier diagnostic numérique")
        page = formulaire.soumettre(client)
        assert "CCI du Finistère" in page.texte
        page = page.formulaire("Envoyer ma demande").soumettre(client)
        demande = entreprise_alice.demandes_connecteurs.get()
        assert page.url == reverse("connecteurs:ma_demande", args=[demande.pk])
        assert demande.partage_diagnostic and demande.origine == "diagnostic"

    def test_another_pme_cannot_see_a_request_nor_rate(
        self, client, pme_alice, pme_bruno, entreprise_alice, cci_finistere
    ):
        demande = services.demande_creer(
            entreprise=entreprise_alice,
            auteur=pme_alice,
            theme=theme("competences"),
            message="Aide",
            partage_diagnostic=False,
            connecteurs=[cci_finistere],
        )
        client.force_login(pme_bruno)
        assert client.get(reverse("connecteurs:ma_demande", args=[demande.pk])).status_code == 404
        assert (
            client.get(reverse("connecteurs:noter", args=[demande.reponses.get().pk])).status_code
            == 404
        )
        client.force_login(pme_alice)
        assert client.get(reverse("connecteurs:ma_demande", args=[demande.pk])).status_code == 200

    def test_only_own_entreprises_can_be_used(
        self, client, pme_alice, pme_bruno, entreprise_alice, cci_finistere
    ):
        autre = EntrepriseFactory(gestionnaires=[pme_bruno])
        client.force_login(pme_alice)
        response = client.post(
            reverse("connecteurs:contacter", args=[cci_finistere.pk]),
            {"entreprise": autre.pk, "theme": "competences", "message": "x"},
        )
        assert response.status_code == 200
        assert not autre.demandes_connecteurs.exists()

    def test_mes_demandes_query_count(
        self, client, pme_alice, entreprise_alice, django_assert_max_num_queries
    ):
        for _ in range(8):
            services.demande_creer(
                entreprise=entreprise_alice,
                auteur=pme_alice,
                theme=theme("competences"),
                message="Aide",
                partage_diagnostic=False,
                connecteurs=[ConnecteurFactory(), ConnecteurFactory()],
            )
        client.force_login(pme_alice)
        with django_assert_max_num_queries(8):
            response = client.get(reverse("connecteurs:mes_demandes"))
        assert response.status_code == 200


def test_published_reviews_show_on_profile(
    client, pme_alice, entreprise_alice, cci_finistere, connecteur_claire, mission_marc
):
    demande = services.demande_creer(
        entreprise=entreprise_alice,
        auteur=pme_alice,
        theme=theme("competences"),
        message="Aide",
        partage_diagnostic=False,
        connecteurs=[cci_finistere],
    )
    reponse = demande.reponses.get()
    services.reponse_repondre(reponse=reponse, auteur=connecteur_claire, etat="prise_en_charge")
    services.reponse_repondre(reponse=reponse, auteur=connecteur_claire, etat="terminee_aidee")
    client.force_login(pme_alice)
    client.post(
        reverse("connecteurs:noter", args=[reponse.pk]),
        {"contacte": "oui", "utile": "oui", "note": "4", "commentaire": "Très utile"},
    )
    avis = Avis.objects.get()
    url = reverse("connecteurs:profil", args=[cci_finistere.pk])
    assert "Très utile" not in client.get(url).content.decode()
    client.force_login(mission_marc)
    client.post(
        reverse("admin:connecteurs_avis_changelist"),
        {"action": "publier", "_selected_action": [avis.pk]},
    )
    page = client.get(url).content.decode()
    assert "Très utile" in page and "4,0/5" in page


def test_agenda_lists_future_events_only(client):
    EvenementFactory(titre="Atelier à venir")
    EvenementFactory(titre="Atelier passé", debut=timezone.now() - timedelta(days=1))
    page = client.get(reverse("connecteurs:agenda")).content.decode()
    assert "Atelier à venir" in page and "Atelier passé" not in page
    page = client.get(reverse("connecteurs:agenda"), {"theme": "cybersecurite"}).content.decode()
    assert "Atelier à venir" not in page


@pytest.mark.parametrize("taille", [3, 30])
def test_staff_and_member_lists_have_fixed_query_counts(
    client, taille, mission_marc, cci_finistere, connecteur_claire, django_assert_max_num_queries
):
    for _ in range(taille):
        CandidatureFactory(etat="soumise", soumise_le=timezone.now())
        entreprise = EntrepriseFactory(gestionnaires=[UserFactory()])
        services.demande_creer(
            entreprise=entreprise,
            auteur=entreprise.gestionnaires.get(),
            theme=theme("competences"),
            message="Aide",
            partage_diagnostic=False,
            connecteurs=[cci_finistere],
        )
        EvenementFactory(connecteur=cci_finistere)
        PrestationFactory(connecteur=cci_finistere)
    client.force_login(mission_marc)
    with django_assert_max_num_queries(8):
        assert client.get(reverse("connecteurs:candidatures")).status_code == 200
    client.force_login(connecteur_claire)
    for name in ("espace", "demandes", "evenements", "prestations", "candidature", "charte"):
        with django_assert_max_num_queries(14):
            assert client.get(reverse(f"connecteurs:{name}")).status_code == 200
