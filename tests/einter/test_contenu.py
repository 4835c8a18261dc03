"""Public e-export content: hub, market fiches, marketplaces, success stories, schemes, FAQ."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from einter.forms import MarcheAdminForm, QuestionFaqAdminForm
from einter.models import ChiffreCle, Dispositif
from tests.einter.factories import (
    MarcheFactory,
    OffreFactory,
    PlaceFactory,
    QuestionFactory,
    TemoignageFactory,
    secteur,
)

pytestmark = pytest.mark.django_db


def test_hub_links_to_every_section_and_to_the_diagnostic(client):
    response = client.get(reverse("einter:accueil"))
    html = response.content.decode()
    assert response.status_code == 200
    for name in ["marches", "places", "temoignages", "leads", "dispositifs", "faq"]:
        assert reverse(f"einter:{name}") in html
    assert 'href="/diagnostic/"' in html
    assert "/aides/?q=export" in html


def test_market_fiche_shows_sections_figures_marketplaces_and_stories(client):
    marche = MarcheFactory(code_pays="JP", nom="Japon", douane="<p>Accord UE–Japon.</p>")
    ChiffreCle.objects.create(
        marche=marche,
        libelle="Chiffre d'affaires",
        valeur="≈ 24 000 Md¥",
        source="METI",
        annee=2023,
    )
    place = PlaceFactory(nom="Rakuten Ichiba", marches=[marche])
    OffreFactory(place=place, titre="Boutique traduite à moitié prix")
    TemoignageFactory(marche=marche, titre="Nos fromages à Tokyo")
    TemoignageFactory(marche=MarcheFactory(code_pays="DE"), titre="Biscuits en Allemagne")

    response = client.get(reverse("einter:marche", args=["jp"]))
    html = response.content.decode()
    assert "Vendre en ligne : Japon" in html
    assert "METI" in html and "2023" in html
    assert "Accord UE–Japon." in html and "Droits de douane" in html
    assert "Rakuten Ichiba" in html and "Offre négociée" in html
    assert "Nos fromages à Tokyo" in html
    assert "Biscuits en Allemagne" not in html


def test_unpublished_or_unknown_market_is_404(client):
    MarcheFactory(code_pays="IT", publie=False)
    assert client.get(reverse("einter:marche", args=["it"])).status_code == 404
    assert client.get(reverse("einter:marche", args=["zz"])).status_code == 404


def test_admin_form_sanitises_rich_text():
    form = MarcheAdminForm(
        data={
            "code_pays": "ES",
            "nom": "Espagne",
            "mis_a_jour_le": "2026-01-01",
            "publie": "on",
            "paiement": '<p onclick="x()">Bizum<script>alert(1)</script></p>',
        }
    )
    assert form.is_valid(), form.errors
    marche = form.save()
    assert marche.paiement == "<p>Bizum</p>"


def test_faq_admin_form_refuses_javascript_links():
    form = QuestionFaqAdminForm(
        data={
            "categorie": "douane",
            "question": "Q ?",
            "reponse": "<p>R</p>",
            "lien_url": "javascript:alert(1)",
            "ordre": 0,
            "publie": "on",
        }
    )
    assert not form.is_valid()
    assert "lien_url" in form.errors


def test_marketplace_directory_filters_by_country_and_sector_and_hides_expired_offers(client):
    allemagne, japon = MarcheFactory(code_pays="DE"), MarcheFactory(code_pays="JP")
    mode, agro = secteur("mode"), secteur("agroalimentaire")
    otto = PlaceFactory(nom="Otto", marches=[allemagne], secteurs=[mode])
    PlaceFactory(nom="Rakuten", marches=[japon], secteurs=[agro])
    PlaceFactory(nom="Amazon", marches=[allemagne, japon], secteurs=[mode, agro])
    OffreFactory(
        place=otto,
        titre="Offre expirée",
        debut=timezone.localdate() - timedelta(days=60),
        fin=timezone.localdate() - timedelta(days=1),
    )

    html = client.get(reverse("einter:places"), {"pays": "DE", "secteur": "mode"}).content.decode()
    assert "Otto" in html and "Amazon" in html and "Rakuten" not in html
    assert "Offre négociée pour les PME" not in html

    html = client.get(reverse("einter:place", args=[otto.slug])).content.decode()
    assert "Offre expirée" not in html
    assert "Aucune offre négociée" in html


def test_marketplace_page_shows_current_offer_with_conditions_and_dates(client):
    offre = OffreFactory(titre="Trois mois offerts", conditions="Sur justificatif.")
    html = client.get(reverse("einter:place", args=[offre.place.slug])).content.decode()
    assert "Trois mois offerts" in html and "Sur justificatif." in html
    assert "Valable du" in html


def test_future_offer_is_not_shown_yet(client):
    offre = OffreFactory(
        titre="Bientôt",
        debut=timezone.localdate() + timedelta(days=5),
        fin=timezone.localdate() + timedelta(days=50),
    )
    html = client.get(reverse("einter:place", args=[offre.place.slug])).content.decode()
    assert "Bientôt" not in html


def test_success_stories_filter_by_country_and_sector(client):
    japon = MarcheFactory(code_pays="JP")
    TemoignageFactory(titre="Fromages à Tokyo", marche=japon, secteur=secteur("agroalimentaire"))
    TemoignageFactory(titre="Kimonos en lin", marche=japon, secteur=secteur("mode"))
    TemoignageFactory(titre="Biscuits à Berlin", marche=MarcheFactory(code_pays="DE"))

    html = client.get(
        reverse("einter:temoignages"), {"pays": "JP", "secteur": "agroalimentaire"}
    ).content.decode()
    assert "Fromages à Tokyo" in html
    assert "Kimonos en lin" not in html and "Biscuits à Berlin" not in html


def test_success_story_page_shows_budget_in_euros_and_links_market(client):
    temoignage = TemoignageFactory(budget="12000.00")
    html = client.get(reverse("einter:temoignage", args=[temoignage.slug])).content.decode()
    assert "12\u202f000 €" in html
    assert temoignage.marche.get_absolute_url() in html


def test_schemes_page_links_to_the_aids_catalogue(client):
    Dispositif.objects.create(
        nom="Assurance prospection",
        type="assurance",
        organisme="Bpifrance",
        description="Couvre les dépenses de prospection.",
        url="https://www.bpifrance.fr",
        recherche_aides="assurance prospection",
    )
    html = client.get(reverse("einter:dispositifs")).content.decode()
    assert "Assurance prospection" in html
    assert "/aides/?q=assurance%20prospection" in html


def test_faq_guides_by_need_and_by_keywords(client):
    question = QuestionFactory()
    QuestionFactory(categorie="pays", question="Quel pays choisir ?", mots_cles="pays")

    html = client.get(reverse("einter:faq"), {"categorie": "douane"}).content.decode()
    assert question.question in html and "Quel pays choisir" not in html

    html = client.get(reverse("einter:faq"), {"q": "TVA"}).content.decode()
    assert question.question in html

    html = client.get(reverse("einter:faq"), {"q": "astronautes"}).content.decode()
    assert "pas encore de réponse" in html

    html = client.get(reverse("einter:faq_question", args=[question.pk])).content.decode()
    assert "guichet OSS" in html and 'href="/e-export/dispositifs/"' in html


def _contenu(n):
    marches = [MarcheFactory() for _ in range(min(n, 10))]
    for i in range(n):
        place = PlaceFactory(marches=marches[:2], secteurs=[secteur("mode")])
        OffreFactory(place=place)
        TemoignageFactory(marche=marches[i % len(marches)])
        QuestionFactory(question=f"Question {i} ?")
    return marches


@pytest.mark.parametrize("n", [1, 12])
def test_content_pages_have_a_fixed_number_of_queries(client, django_assert_max_num_queries, n):
    marches = _contenu(n)
    temoignage = TemoignageFactory(marche=marches[0])
    place = PlaceFactory(marches=marches, secteurs=[secteur("mode")])
    urls = [
        (reverse("einter:accueil"), 2),
        (reverse("einter:marches"), 2),
        (marches[0].get_absolute_url(), 5),
        (reverse("einter:places") + "?pays=" + marches[0].code_pays, 8),
        (place.get_absolute_url(), 5),
        (reverse("einter:temoignages") + "?secteur=mode", 4),
        (temoignage.get_absolute_url(), 2),
        (reverse("einter:dispositifs"), 1),
        (reverse("einter:faq") + "?q=question", 1),
    ]
    for url, budget in urls:
        with django_assert_max_num_queries(budget):
            assert client.get(url).status_code == 200, url
