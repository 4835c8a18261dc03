from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from aides.enums import EtatDossier
from aides.models import Aide, Commentaire
from tests.factories import EntrepriseFactory, UserFactory

from .factories import PDF, AideFactory, dossier_brouillon, dossier_depose, dossier_en_instruction

pytestmark = pytest.mark.django_db


# Catalogue and simulator -------------------------------------------------------------------


def test_catalogue_filters(client):
    AideFactory(titre="Pass commerce Bretagne", types_depense=["site"])
    AideFactory(titre="Occitanie production", regions=["76"], types_depense=["logiciel"])
    AideFactory(titre="Bpifrance conseil", regions=[], nationale=True, financeur_type="bpifrance")
    page = client.get(reverse("aides:liste"), {"region": "76"}).content.decode()
    assert "Occitanie production" in page and "Bpifrance conseil" in page
    assert "Pass commerce Bretagne" not in page
    page = client.get(reverse("aides:liste"), {"depense": "logiciel"}).content.decode()
    assert "Occitanie production" in page and "Pass commerce" not in page
    page = client.get(reverse("aides:liste"), {"financeur_type": "bpifrance"}).content.decode()
    assert "Bpifrance conseil" in page and "Occitanie production" not in page
    page = client.get(reverse("aides:liste"), {"q": "commerce"}).content.decode()
    assert "Pass commerce Bretagne" in page and "Occitanie production" not in page


def test_open_now_filter(client):
    AideFactory(titre="Aide close", date_cloture="2020-01-01")
    AideFactory(titre="Aide ouverte")
    page = client.get(reverse("aides:liste"), {"ouverte": "on"}).content.decode()
    assert "Aide ouverte" in page and "Aide close" not in page


@pytest.mark.parametrize("nombre", [3, 30])
def test_catalogue_and_detail_query_count(client, django_assert_max_num_queries, nombre):
    for _ in range(nombre):
        AideFactory(regions=["53", "76"])
    with django_assert_max_num_queries(6):
        assert client.get(reverse("aides:liste"), {"region": "53"}).status_code == 200
    aide = Aide.objects.first()
    with django_assert_max_num_queries(5):
        assert client.get(reverse("aides:detail", args=[aide.pk])).status_code == 200


SIMULATION = {
    "localisation": "29000",
    "naf": "47.61Z",
    "effectif": "8",
    "activite": "commerce",
    "surface_vente_m2": "120",
    "depense_site": "12000",
}


def test_anonymous_simulation_shows_amounts_and_reasons(client):
    AideFactory(titre="Pass commerce Bretagne", plafond="5000")
    AideFactory(titre="Aide artisanat", activites=["artisanat"])
    page = client.get(reverse("aides:simulateur"), SIMULATION).content.decode()
    assert "Pass commerce Bretagne" in page
    assert "5\u202f000 €" in page
    assert (
        "50 % de 12\u202f000 € de création de site éligible = 6\u202f000 €, "
        "plafonné à 5\u202f000 €" in page
    )
    assert "réservée aux entreprises de production artisanale" in page


def test_simulation_errors_in_french(client):
    page = client.get(
        reverse("aides:simulateur"), {**SIMULATION, "depense_site": "12,345", "naf": "99.99Z"}
    )
    content = page.content.decode()
    assert "Deux décimales au plus" in content or "Saisissez un montant" in content
    assert "Code NAF inconnu" in content


@pytest.mark.parametrize("nombre", [5, 5000])
def test_simulator_query_count_does_not_grow(client, django_assert_max_num_queries, nombre):
    aide = AideFactory(regions=["53"])
    if nombre > 5:
        fields = {
            f.name: getattr(aide, f.attname) for f in Aide._meta.concrete_fields if f.name != "id"
        }
        Aide.objects.bulk_create([Aide(**{**fields, "titre": f"Aide {i}"}) for i in range(nombre)])
        through = Aide.regions.through
        through.objects.bulk_create(
            [
                through(aide_id=pk, region_id="53")
                for pk in Aide.objects.values_list("pk", flat=True).exclude(pk=aide.pk)
            ]
        )
    with django_assert_max_num_queries(8):
        response = client.get(reverse("aides:simulateur"), SIMULATION)
    assert response.status_code == 200
    assert response.context["nombre_eligibles"] == (nombre + 1 if nombre > 5 else 1)
    assert len(response.context["eligibles"]) <= 20


def test_simulator_prefilled_for_a_logged_in_sme(client, pme_alice, librairie):
    client.force_login(pme_alice)
    page = client.get(reverse("aides:simulateur")).content.decode()
    assert 'value="47.61Z"' in page and 'value="29000"' in page
    assert "Librairie des Mots" in page


# Application files -------------------------------------------------------------------------


def test_sme_applies_and_submits(client, pme_alice, librairie, aide_bretagne):
    client.force_login(pme_alice)
    response = client.post(
        reverse("aides:demander", args=[aide_bretagne.pk]),
        {"entreprise": librairie.pk, "titre": "Mon site"},
    )
    dossier = librairie.dossiers_aide.get()
    # the sequence starts with the project
    assert response.url == reverse("aides:etape", args=[dossier.pk, "projet"])
    client.post(
        reverse("aides:ajouter_ligne", args=[dossier.pk]),
        {"type_depense": "site", "libelle": "Site", "montant_ht": "8000"},
    )
    response = client.post(reverse("aides:deposer", args=[dossier.pk]), {"confirmation": "on"})
    assert "Joignez au moins un devis" in response.content.decode()
    response = client.post(
        reverse("aides:ajouter_document", args=[dossier.pk]),
        {
            "nature": "devis",
            "siret_prestataire": "350 000 006 020 44",
            "fichier": SimpleUploadedFile("devis.pdf", PDF, content_type="application/pdf"),
        },
    )
    assert response.status_code == 302
    client.post(reverse("aides:deposer", args=[dossier.pk]), {"confirmation": "on"})
    dossier.refresh_from_db()
    assert dossier.etat == EtatDossier.DEPOSE
    assert dossier.montant_sollicite == Decimal("4000.00")


def test_fake_pdf_is_rejected_with_a_clear_message(client, pme_alice, librairie, aide_bretagne):
    dossier = dossier_brouillon(user=pme_alice, entreprise=librairie, aide=aide_bretagne)
    client.force_login(pme_alice)
    response = client.post(
        reverse("aides:ajouter_document", args=[dossier.pk]),
        {"nature": "autre", "fichier": SimpleUploadedFile("devis.pdf", b"MZ\x90\x00 not a pdf")},
    )
    assert response.status_code == 400
    assert "est pas un document accepté (PDF, PNG, JPEG)" in response.content.decode()
    assert dossier.documents.count() == 1


def test_amounts_must_be_positive_with_two_decimals(client, pme_alice, librairie, aide_bretagne):
    dossier = dossier_brouillon(user=pme_alice, entreprise=librairie, aide=aide_bretagne)
    client.force_login(pme_alice)
    url = reverse("aides:ajouter_ligne", args=[dossier.pk])
    for montant, message in [
        ("-5", "Le montant doit être positif"),
        ("10,123", "Deux décimales au plus"),
    ]:
        response = client.post(url, {"type_depense": "site", "libelle": "X", "montant_ht": montant})
        assert message in response.content.decode()
    assert dossier.lignes.count() == 1


def test_ineligible_entreprise_is_told_why_before_typing(client, pme_alice, aide_bretagne):
    EntrepriseFactory(gestionnaires=[pme_alice], effectif=80)
    client.force_login(pme_alice)
    page = client.get(reverse("aides:demander", args=[aide_bretagne.pk])).content.decode()
    assert "ne peut pas demander cette aide" in page
    assert "moins de 50 personnes (la vôtre en compte 80)" in page
    assert "Créer mon dossier" not in page


def test_closed_aid_refuses_new_files(client, pme_alice, librairie):
    aide = AideFactory(date_cloture="2020-01-01")
    client.force_login(pme_alice)
    client.post(
        reverse("aides:demander", args=[aide.pk]), {"entreprise": librairie.pk, "titre": "X"}
    )
    assert not librairie.dossiers_aide.exists()


# Permissions -------------------------------------------------------------------------------


@pytest.fixture
def dossier(pme_alice, librairie, aide_bretagne, cci):
    return dossier_depose(user=pme_alice, entreprise=librairie, aide=aide_bretagne, connecteur=cci)


def test_sme_sees_only_its_files(client, dossier, pme_bruno):
    client.force_login(pme_bruno)
    assert client.get(reverse("aides:dossier", args=[dossier.pk])).status_code == 404
    piece = dossier.documents.first()
    assert client.get(reverse("aides:document", args=[dossier.pk, piece.pk])).status_code == 404
    assert client.post(reverse("aides:deposer", args=[dossier.pk])).status_code == 404


def test_documents_served_to_those_who_may_see_the_file(
    client, dossier, pme_alice, instructeur_bretagne, instructeur_occitanie, connecteur_claire
):
    url = reverse("aides:document", args=[dossier.pk, dossier.documents.first().pk])
    for user, status in [
        (pme_alice, 200),
        (instructeur_bretagne, 200),
        (connecteur_claire, 200),
        (instructeur_occitanie, 404),
    ]:
        client.force_login(user)
        assert client.get(url).status_code == status, user
    client.logout()
    assert client.get(url).status_code == 302


def test_instructeur_sees_only_its_regions(
    client, dossier, instructeur_bretagne, instructeur_occitanie
):
    client.force_login(instructeur_occitanie)
    assert client.get(reverse("aides:instruction_dossier", args=[dossier.pk])).status_code == 404
    assert dossier.titre not in client.get(reverse("aides:instruction")).content.decode()
    response = client.post(
        reverse("aides:instruction_action", args=[dossier.pk, "refuser"]), {"refus-motif": "Non"}
    )
    assert response.status_code == 404
    client.force_login(instructeur_bretagne)
    assert dossier.titre in client.get(reverse("aides:instruction")).content.decode()


def test_drafts_are_not_in_the_queue(
    client, pme_alice, librairie, aide_bretagne, instructeur_bretagne
):
    brouillon = dossier_brouillon(user=pme_alice, entreprise=librairie, aide=aide_bretagne)
    client.force_login(instructeur_bretagne)
    assert client.get(reverse("aides:instruction_dossier", args=[brouillon.pk])).status_code == 404


def test_connecteur_sees_only_files_it_accompanies(client, dossier, connecteur_claire):
    client.force_login(connecteur_claire)
    assert client.get(reverse("aides:accompagnement_dossier", args=[dossier.pk])).status_code == 200
    autre = UserFactory(connecteur=True)
    from .factories import connecteur_labellise

    connecteur_labellise(autre, nom="Autre structure")
    client.force_login(autre)
    assert client.get(reverse("aides:accompagnement_dossier", args=[dossier.pk])).status_code == 404


@pytest.mark.parametrize(
    "url_name", ["aides:instruction", "aides:accompagnement", "aides:mes_dossiers"]
)
def test_other_roles_get_403(client, pme_bruno, connecteur_claire, instructeur_bretagne, url_name):
    allowed = {
        "aides:instruction": instructeur_bretagne,
        "aides:accompagnement": connecteur_claire,
        "aides:mes_dossiers": pme_bruno,
    }[url_name]
    for user in (pme_bruno, connecteur_claire, instructeur_bretagne):
        client.force_login(user)
        assert client.get(reverse(url_name)).status_code == (200 if user == allowed else 403)


def test_internal_comments_never_shown_to_the_sme(client, dossier, pme_alice, instructeur_bretagne):
    client.force_login(instructeur_bretagne)
    client.post(
        reverse("aides:instruction_action", args=[dossier.pk, "commenter"]),
        {"texte": "Vérifier le devis, prix élevé"},
    )
    assert Commentaire.objects.filter(dossier=dossier).exists()
    page = client.get(reverse("aides:instruction_dossier", args=[dossier.pk])).content.decode()
    assert "Vérifier le devis, prix élevé" in page
    client.force_login(pme_alice)
    assert (
        "Vérifier le devis"
        not in client.get(reverse("aides:dossier", args=[dossier.pk])).content.decode()
    )


def test_decision_flow_through_the_pages(
    client, dossier, instructeur_bretagne, django_capture_on_commit_callbacks
):
    from django.core import mail

    client.force_login(instructeur_bretagne)
    base = lambda action: reverse("aides:instruction_action", args=[dossier.pk, action])  # noqa: E731
    with django_capture_on_commit_callbacks(execute=True):
        client.post(base("instruire"))
        response = client.post(base("accepter"), {"montant": "6000", "motif": ""})
        assert (
            "Motivez la décision" in response.content.decode()
            or "obligatoire" in response.content.decode()
        )
        client.post(base("accepter"), {"montant": "6000", "motif": "Projet conforme"})
    dossier.refresh_from_db()
    assert dossier.etat == EtatDossier.ACCEPTE
    assert dossier.aide.montant_engage == Decimal("6000")
    assert "accepté" in mail.outbox[-1].subject
    page = client.get(reverse("aides:instruction_dossier", args=[dossier.pk])).content.decode()
    assert "Projet conforme" in page


def test_bulk_close_from_the_queue(
    client, pme_alice, librairie, aide_bretagne, instructeur_bretagne
):
    dossiers = [
        dossier_depose(user=pme_alice, entreprise=librairie, aide=aide_bretagne) for _ in range(2)
    ]
    client.force_login(instructeur_bretagne)
    client.post(
        reverse("aides:instruction_lot"),
        {"dossiers": [d.pk for d in dossiers], "decision": "classer", "motif": "Abandon"},
    )
    for dossier in dossiers:
        dossier.refresh_from_db()
        assert dossier.etat == EtatDossier.CLASSE
        assert dossier.historique.last().motif == "Abandon"


def test_the_queue_finds_an_aid_by_words_of_its_title_or_its_number(
    client, pme_alice, librairie, aide_bretagne, instructeur_bretagne
):
    autre = AideFactory(titre="Chèque export Bretagne", regions=["53"])
    site = dossier_depose(user=pme_alice, entreprise=librairie, aide=aide_bretagne)
    salon = dossier_depose(user=pme_alice, entreprise=librairie, aide=autre)
    client.force_login(instructeur_bretagne)

    def dossiers(recherche):
        page = client.get(reverse("aides:instruction"), {"aide": recherche}).content.decode()
        return [
            dossier
            for dossier in (site, salon)
            if reverse("aides:instruction_dossier", args=[dossier.pk]) in page
        ]

    assert dossiers("") == [site, salon]
    assert dossiers("export chèque") == [salon]
    assert dossiers(str(aide_bretagne.pk)) == [site]
    assert dossiers(f"n° {autre.pk}") == [salon]
    assert dossiers("introuvable") == []


@pytest.mark.parametrize("nombre", [2, 25])
def test_queue_and_file_pages_query_count(
    client,
    pme_alice,
    librairie,
    aide_bretagne,
    cci,
    instructeur_bretagne,
    connecteur_claire,
    django_assert_max_num_queries,
    nombre,
):
    for _ in range(nombre):
        dossier = dossier_en_instruction(
            user=pme_alice, entreprise=librairie, aide=aide_bretagne, connecteur=cci
        )
    client.force_login(instructeur_bretagne)
    with django_assert_max_num_queries(12):
        assert (
            client.get(reverse("aides:instruction"), {"etat": "en_instruction"}).status_code == 200
        )
    with django_assert_max_num_queries(20):
        assert (
            client.get(reverse("aides:instruction_dossier", args=[dossier.pk])).status_code == 200
        )
    client.force_login(pme_alice)
    with django_assert_max_num_queries(10):
        assert client.get(reverse("aides:mes_dossiers")).status_code == 200
    with django_assert_max_num_queries(16):
        assert client.get(reverse("aides:dossier", args=[dossier.pk])).status_code == 200
    client.force_login(connecteur_claire)
    with django_assert_max_num_queries(10):
        assert client.get(reverse("aides:accompagnement")).status_code == 200
    with django_assert_max_num_queries(16):
        assert (
            client.get(reverse("aides:accompagnement_dossier", args=[dossier.pk])).status_code
            == 200
        )


def test_admin_add_aid_offers_programme_template(client, mission_marc):
    client.force_login(mission_marc)
    page = client.get(reverse("admin:aides_aide_add")).content.decode()
    assert 'value="2000' in page and 'value="30000' in page and 'value="50' in page
    vierge = client.get(reverse("admin:aides_aide_add") + "?vierge=1").content.decode()
    assert 'value="30000' not in vierge


def test_sme_declares_aid_received_elsewhere(client, dossier, pme_alice, instructeur_bretagne):
    client.force_login(pme_alice)
    response = client.post(
        reverse("aides:declarer_aide", args=[dossier.pk]),
        {
            "declaration-financeur": "Département",
            "declaration-montant": "299000",
            "declaration-date_octroi": "2026-01-15",
        },
    )
    assert response.status_code == 302
    client.force_login(instructeur_bretagne)
    page = client.get(reverse("aides:instruction_dossier", args=[dossier.pk])).content.decode()
    assert "Département (déclarée par l'entreprise) : 299\u202f000 €" in page
    assert "dépasserait le plafond de minimis" in page


def test_declaring_for_someone_else_is_not_possible(client, dossier, pme_bruno):
    client.force_login(pme_bruno)
    response = client.post(
        reverse("aides:declarer_aide", args=[dossier.pk]),
        {
            "declaration-financeur": "X",
            "declaration-montant": "1",
            "declaration-date_octroi": "2026-01-15",
        },
    )
    assert response.status_code == 404


def test_queue_filters_and_counts(
    client, pme_alice, librairie, aide_bretagne, instructeur_bretagne
):
    autre_aide = AideFactory(titre="Chèque formation")
    a = dossier_depose(user=pme_alice, entreprise=librairie, aide=aide_bretagne)
    b = dossier_en_instruction(user=pme_alice, entreprise=librairie, aide=autre_aide)
    Dossier = a.__class__
    Dossier.objects.filter(pk=a.pk).update(titre="Dossier A")
    Dossier.objects.filter(pk=b.pk).update(titre="Dossier B")
    client.force_login(instructeur_bretagne)
    url = reverse("aides:instruction")
    page = client.get(url).content.decode()
    assert "Déposé : 1" in page and "En instruction : 1" in page
    page = client.get(url, {"etat": "en_instruction"}).content.decode()
    assert "Dossier B" in page and "Dossier A" not in page
    page = client.get(url, {"aide": aide_bretagne.pk}).content.decode()
    assert "Dossier A" in page and "Dossier B" not in page
    page = client.get(url, {"depose_apres": "2099-01-01"}).content.decode()
    assert "Dossier A" not in page and "Aucun dossier ne correspond" in page
