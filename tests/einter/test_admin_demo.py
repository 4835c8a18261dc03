"""Mission staff screens and demo data."""

import io

import pytest
from django.urls import reverse

from einter.demo import charger
from einter.models import (
    Lead,
    Marche,
    OffrePreferentielle,
    PlaceDeMarche,
    QuestionFaq,
    RechercheSauvegardee,
    Temoignage,
)
from tests.einter.factories import LeadFactory, RechercheFactory

pytestmark = pytest.mark.django_db


def test_demo_loads_content_and_leads_and_is_idempotent(pme_bruno):
    for _ in range(2):
        charger({"pme_bruno": pme_bruno}, io.StringIO())
    assert Marche.objects.count() >= 8
    assert all(marche.chiffres.exists() for marche in Marche.objects.all())
    assert PlaceDeMarche.objects.count() == 7
    assert OffrePreferentielle.objects.count() >= 4
    assert Temoignage.objects.count() == 6
    assert QuestionFaq.objects.count() >= 8
    assert Lead.objects.count() == 300
    assert RechercheSauvegardee.objects.filter(user=pme_bruno).count() == 1


@pytest.mark.parametrize(
    "modele",
    [
        "marche",
        "placedemarche",
        "offrepreferentielle",
        "temoignage",
        "dispositif",
        "questionfaq",
        "lead",
        "recherchesauvegardee",
        "leadenvoye",
        "secteur",
    ],
)
def test_admin_lists_and_add_forms_open(client, mission_marc, modele):
    client.force_login(mission_marc)
    assert client.get(reverse(f"admin:einter_{modele}_changelist")).status_code == 200
    assert client.get(reverse(f"admin:einter_{modele}_add")).status_code in (200, 403)


@pytest.mark.parametrize("n", [2, 30])
def test_admin_lead_list_has_a_fixed_number_of_queries(
    client, mission_marc, django_assert_max_num_queries, n
):
    for _ in range(n):
        LeadFactory()
        RechercheFactory(user=mission_marc)
    client.force_login(mission_marc)
    with django_assert_max_num_queries(12):
        client.get(reverse("admin:einter_lead_changelist"))
    with django_assert_max_num_queries(12):
        client.get(reverse("admin:einter_recherchesauvegardee_changelist"))


def test_admin_saves_market_with_sanitised_html(client, mission_marc):
    client.force_login(mission_marc)
    response = client.post(
        reverse("admin:einter_marche_add"),
        {
            "code_pays": "SE",
            "nom": "Suède",
            "accroche": "",
            "publie": "on",
            "mis_a_jour_le": "2026-11-01",
            "caracteristiques": '<p>Klarna <img src=x onerror="alert(1)"></p>',
            "chiffres-TOTAL_FORMS": "1",
            "chiffres-INITIAL_FORMS": "0",
            "chiffres-0-libelle": "Chiffre d'affaires",
            "chiffres-0-valeur": "≈ 15 Md€",
            "chiffres-0-source": "Svensk Handel",
            "chiffres-0-annee": "2024",
            "chiffres-0-ordre": "0",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    marche = Marche.objects.get(code_pays="SE")
    assert marche.caracteristiques == "<p>Klarna </p>"
    assert marche.chiffres.get().source == "Svensk Handel"
