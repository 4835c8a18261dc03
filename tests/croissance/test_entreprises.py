import pytest
from django.urls import reverse

from croissance.entreprises.models import Entreprise
from croissance.entreprises.sirene import import_stock_etablissement
from tests.croissance.test_sirene_import import SAMPLE
from tests.factories import EntrepriseFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_siret_step_prefills_from_registry(client, pme_alice):
    import_stock_etablissement(str(SAMPLE))
    client.force_login(pme_alice)

    response = client.get(reverse("entreprises:creer"), {"siret": "350 000 006 020 44"})

    assert response.status_code == 200
    form = response.context["form"]
    assert form.initial["nom"] == "BOULANGERIE LE FOURNIL BRETON"
    assert form.initial["naf"] == "10.71C"
    assert form.initial["code_postal"] == "29200"
    assert "répertoire SIRENE" in response.content.decode()


def test_invalid_siret_shows_french_error(client, pme_alice):
    client.force_login(pme_alice)
    response = client.get(reverse("entreprises:creer"), {"siret": "12345678901234"})
    assert response.status_code == 200
    assert "n&#x27;est pas valide" in response.content.decode()


def test_create_entreprise_computes_location_and_category(client, pme_alice):
    client.force_login(pme_alice)
    response = client.post(
        reverse("entreprises:creer"),
        {
            "siret": "35000000602044",
            "nom": "Boulangerie Le Fournil Breton",
            "naf": "10.71C",
            "activite": "artisanat",
            "code_postal": "29200",
            "code_commune": "29019",
            "effectif": "12",
            "chiffre_affaires": "900000.00",
        },
    )
    entreprise = Entreprise.objects.get(siret="35000000602044")
    assert response.status_code == 302
    assert entreprise.region.nom == "Bretagne"
    assert entreprise.commune.nom == "Brest"
    assert entreprise.categorie == "pme"
    assert list(entreprise.gestionnaires.all()) == [pme_alice]


def test_unknown_postal_code_is_a_form_error(client, pme_alice):
    client.force_login(pme_alice)
    response = client.post(
        reverse("entreprises:creer"),
        {"siret": "35000000602044", "nom": "X", "activite": "services", "code_postal": "00000"},
    )
    assert response.status_code == 200
    assert "Ce code postal est inconnu" in response.content.decode()
    assert not Entreprise.objects.exists()


def test_already_registered_siret_leads_to_a_request_to_join(client, pme_bruno, entreprise_alice):
    client.force_login(pme_bruno)
    response = client.get(
        reverse("entreprises:creer"), {"siret": entreprise_alice.siret}, follow=True
    )
    assert "déjà enregistrée sur le portail par d'autres personnes" in response.content.decode()
    assert response.redirect_chain[-1][0] == reverse(
        "entreprises:revendiquer", args=[entreprise_alice.siret]
    )


def test_another_pme_cannot_see_or_edit_my_entreprise(client, pme_bruno, entreprise_alice):
    client.force_login(pme_bruno)
    for name in ("entreprises:detail", "entreprises:modifier"):
        assert client.get(reverse(name, args=[entreprise_alice.pk])).status_code == 404
    url = reverse("entreprises:ajouter_gestionnaire", args=[entreprise_alice.pk])
    assert client.post(url, {"email": "bruno@pme.test"}).status_code == 404


def test_other_roles_are_refused_and_anonymous_redirected(
    client, connecteur_claire, entreprise_alice
):
    url = reverse("entreprises:detail", args=[entreprise_alice.pk])
    response = client.get(url)
    assert response.status_code == 302 and "/compte/login/" in response.url
    client.force_login(connecteur_claire)
    assert client.get(url).status_code == 403


@pytest.mark.parametrize("count", [1, 50])
def test_entreprise_list_query_count_does_not_grow(
    client, pme_alice, count, django_assert_max_num_queries
):
    EntrepriseFactory.create_batch(count, gestionnaires=[pme_alice])
    client.force_login(pme_alice)
    with django_assert_max_num_queries(6):
        response = client.get(reverse("entreprises:liste"))
    assert len(response.context["entreprises"]) == count


def test_empty_list_invites_to_add_one(client):
    user = UserFactory()
    client.force_login(user)
    assert "Aucune entreprise pour l" in client.get(reverse("entreprises:liste")).content.decode()
