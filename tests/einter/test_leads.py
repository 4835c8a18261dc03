"""Leads: search (SQLite path and PostgreSQL full text), filters, contact protection."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from einter import services
from einter.models import Lead
from einter.selectors import rechercher_leads
from tests.einter.factories import LeadFactory, secteur

pytestmark = pytest.mark.django_db


def _titres(criteres):
    return {lead.titre for lead in rechercher_leads(criteres)}


def test_keywords_match_title_description_and_category():
    LeadFactory(titre="Importateur cherche biscuits au beurre")
    LeadFactory(titre="Grossiste", description="Recherche de biscuits bretons")
    LeadFactory(titre="Distributeur", categorie_produit="Biscuits secs")
    LeadFactory(titre="Acheteur de vins")
    assert _titres({"q": "biscuits"}) == {
        "Importateur cherche biscuits au beurre",
        "Grossiste",
        "Distributeur",
    }


def test_filters_by_country_sector_date_and_status():
    vieux = timezone.localdate() - timedelta(days=45)
    LeadFactory(titre="Allemagne agro", pays="DE", secteur=secteur("agroalimentaire"))
    LeadFactory(titre="Japon agro", pays="JP", secteur=secteur("agroalimentaire"))
    LeadFactory(titre="Allemagne mode", pays="DE", secteur=secteur("mode"))
    LeadFactory(titre="Allemagne ancien", pays="DE", publie_le=vieux)
    LeadFactory(titre="Allemagne clos", pays="DE", statut="clos")

    assert _titres({"pays": "JP"}) == {"Japon agro"}
    assert _titres({"pays": "DE", "secteur": "agroalimentaire"}) == {"Allemagne agro"}
    assert "Allemagne ancien" not in _titres({"periode": "30"})
    assert "Allemagne ancien" in _titres({"periode": "90"})
    assert _titres({"statut": "clos"}) == {"Allemagne clos"}


def test_invalid_filter_values_are_ignored_not_crashing(client):
    LeadFactory(titre="Biscuits")
    response = client.get(reverse("einter:leads"), {"pays": "ZZ", "periode": "abc"})
    assert response.status_code == 200
    assert "Biscuits" in response.content.decode()


def test_search_page_lists_results_with_pagination(client):
    for i in range(25):
        LeadFactory(titre=f"Demande de biscuits numéro {i}")
    response = client.get(reverse("einter:leads"), {"q": "biscuits"})
    html = response.content.decode()
    assert "25 leads trouvés" in html
    assert html.count("Demande de biscuits numéro") == 20
    assert "Page suivante" in html


def test_empty_result_invites_to_save_the_search(client):
    html = client.get(reverse("einter:leads"), {"q": "tracteurs"}).content.decode()
    assert "Aucun lead trouvé" in html
    assert "Enregistrez-la" in html


def test_anonymous_visitor_never_sees_the_buyer_email(client, pme_alice):
    lead = LeadFactory(contact_email="acheteur.prive@example.jp")
    html = client.get(reverse("einter:lead", args=[lead.pk])).content.decode()
    assert "acheteur.prive@example.jp" not in html
    assert "Coordonnées réservées aux utilisateurs connectés" in html
    html = client.get(reverse("einter:leads")).content.decode()
    assert "acheteur.prive@example.jp" not in html

    client.force_login(pme_alice)
    html = client.get(reverse("einter:lead", args=[lead.pk])).content.decode()
    assert "acheteur.prive@example.jp" in html


def test_closed_lead_shows_no_contact(client, pme_alice):
    lead = LeadFactory(statut="clos", contact_email="ferme@example.jp")
    client.force_login(pme_alice)
    html = client.get(reverse("einter:lead", args=[lead.pk])).content.decode()
    assert "ferme@example.jp" not in html and "Cette demande est close" in html


@pytest.mark.parametrize("n", [2, 40])
def test_leads_pages_have_a_fixed_number_of_queries(client, django_assert_max_num_queries, n):
    for i in range(n):
        LeadFactory(titre=f"Biscuits {i}", secteur=secteur("agroalimentaire"), pays="DE")
    with django_assert_max_num_queries(4):
        client.get(reverse("einter:leads"), {"q": "biscuits", "pays": "DE", "secteur": "mode"})
    with django_assert_max_num_queries(4):
        client.get(reverse("einter:leads"), {"q": "biscuits", "statut": "ouvert", "page": 2})
    lead = Lead.objects.first()
    with django_assert_max_num_queries(2):
        client.get(reverse("einter:lead", args=[lead.pk]))


# --- PostgreSQL full text -----------------------------------------------------------------


def _index(*leads):
    services.actualiser_index_recherche(leads=Lead.objects.filter(pk__in=[x.pk for x in leads]))


@pytest.mark.postgresql
def test_french_plural_and_accent_find_the_singular_unaccented_lead():
    cible = LeadFactory(titre="Importateur cherche fromage de chevre", description="")
    LeadFactory(titre="Acheteur de vins", description="")
    _index(*Lead.objects.all())
    assert [lead.pk for lead in rechercher_leads({"q": "fromages de chèvre"})] == [cible.pk]
    assert [lead.pk for lead in rechercher_leads({"q": "Chèvres"})] == [cible.pk]


@pytest.mark.postgresql
def test_english_stemming_and_mixed_language():
    cible = LeadFactory(titre="Retailer seeks organic wines", description="")
    LeadFactory(titre="Importer of cheese", description="")
    _index(*Lead.objects.all())
    assert [lead.pk for lead in rechercher_leads({"q": "organic wine"})] == [cible.pk]


@pytest.mark.postgresql
def test_title_match_ranks_before_description_match():
    description = LeadFactory(titre="Distributeur", description="Gamme de cosmétiques bio")
    titre = LeadFactory(titre="Cosmétique bio pour pharmacies", description="")
    _index(description, titre)
    assert [lead.pk for lead in rechercher_leads({"q": "cosmetiques"})] == [
        titre.pk,
        description.pk,
    ]


@pytest.mark.postgresql
def test_websearch_syntax_excludes_words():
    LeadFactory(titre="Vins rouges de Bordeaux", description="")
    blanc = LeadFactory(titre="Vins blancs de Loire", description="")
    _index(*Lead.objects.all())
    assert [lead.pk for lead in rechercher_leads({"q": "vins -rouges"})] == [blanc.pk]


@pytest.mark.postgresql
def test_full_text_combines_with_filters_and_uses_the_gin_index():
    cible = LeadFactory(titre="Fromages affinés", pays="JP", description="")
    LeadFactory(titre="Fromages affinés", pays="DE", description="")
    _index(*Lead.objects.all())
    assert [lead.pk for lead in rechercher_leads({"q": "fromage", "pays": "JP"})] == [cible.pk]
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'lead_search_vector_gin'")
        assert "gin (search_vector)" in cursor.fetchone()[0]


@pytest.mark.postgresql
def test_the_database_keeps_the_vector_up_to_date_on_any_write():
    lead = LeadFactory(titre="Chaussures en cuir", description="")
    Lead.objects.filter(pk=lead.pk).update(titre="Sacs à main")
    assert list(rechercher_leads({"q": "chaussures"})) == []
    assert [x.pk for x in rechercher_leads({"q": "sac"})] == [lead.pk]
    services.actualiser_index_recherche(leads=Lead.objects.all())
    assert [x.pk for x in rechercher_leads({"q": "sacs"})] == [lead.pk]


@pytest.mark.postgresql
def test_admin_save_refreshes_the_search_vector():
    lead = LeadFactory.build(titre="Chaussures en cuir", reference="ADM-1")
    services.lead_enregistrer(lead=lead)
    assert [x.pk for x in rechercher_leads({"q": "chaussure"})] == [lead.pk]


def test_results_stop_at_the_cap_and_the_page_says_so(client, monkeypatch):
    from einter import selectors

    monkeypatch.setattr(selectors, "MAX_RESULTATS", 5)
    for i in range(7):
        LeadFactory(titre=f"Biscuits {i}")
    html = client.get(reverse("einter:leads"), {"q": "biscuits"}).content.decode()
    assert "Plus de 5 leads trouvés" in html
    assert html.count("Biscuits ") == 5


@pytest.mark.postgresql
def test_only_the_most_recent_matches_are_ranked_beyond_the_cap(monkeypatch):
    from einter import selectors

    monkeypatch.setattr(selectors, "MAX_RESULTATS", 2)
    aujourd_hui = timezone.localdate()
    ancien = LeadFactory(titre="Fromage fromage fromage", publie_le=aujourd_hui - timedelta(10))
    recents = [LeadFactory(titre=f"Fromage {i}", publie_le=aujourd_hui) for i in range(2)]
    pks = [lead.pk for lead in rechercher_leads({"q": "fromage"})]
    assert ancien.pk not in pks and set(pks) == {lead.pk for lead in recents}


@pytest.mark.postgresql
@pytest.mark.parametrize("criteres", [{"q": "fromage", "pays": "JP"}, {"pays": "JP"}])
def test_the_page_finds_old_leads_beyond_the_recent_windows(client, criteres):
    aujourd_hui = timezone.localdate()
    ancien = LeadFactory(
        titre="Fromage de brebis", pays="JP", publie_le=aujourd_hui - timedelta(400)
    )
    LeadFactory(titre="Fromage frais", pays="JP", publie_le=aujourd_hui)
    LeadFactory(titre="Fromage à pâte dure", pays="DE")
    page = client.get(reverse("einter:leads"), criteres).context["page_obj"]
    assert page.paginator.count == 2
    assert [lead.titre for lead in page] == ["Fromage frais", ancien.titre]


def test_lead_links_to_the_market_fiche_only_when_it_exists(client):
    from tests.einter.factories import MarcheFactory

    MarcheFactory(code_pays="JP", nom="Japon")
    japon, maroc = LeadFactory(pays="JP"), LeadFactory(pays="MA")
    assert "Fiche marché : Japon" in client.get(japon.get_absolute_url()).content.decode()
    assert "Fiche marché" not in client.get(maroc.get_absolute_url()).content.decode()


def test_cached_results_follow_imports_and_closing(client):
    LeadFactory(titre="Biscuits pour Oslo", pays="NO")
    url = reverse("einter:leads")
    assert "1 lead trouvé" in client.get(url, {"pays": "NO"}).content.decode()
    services.importer_leads(
        contenu=b"reference;titre;pays;source\nNEW-9;Biscuits pour Bergen;NO;CCI\n"
    )
    html = client.get(url, {"pays": "NO"}).content.decode()
    assert "2 leads trouvés" in html and "Biscuits pour Bergen" in html
    ouverts = {"pays": "NO", "statut": "ouvert"}
    assert "2 leads trouvés" in client.get(url, ouverts).content.decode()
    services.leads_clore(leads=Lead.objects.filter(reference="NEW-9"))
    html = client.get(url, ouverts).content.decode()
    assert "1 lead trouvé" in html and "Biscuits pour Bergen" not in html


def test_the_page_body_is_read_again_without_query_and_follows_writes(
    client, pme_alice, django_assert_max_num_queries
):
    LeadFactory(titre="Biscuits pour Oslo", pays="NO")
    url = reverse("einter:leads")
    client.force_login(pme_alice)
    assert "1 lead trouvé" in client.get(url, {"pays": "NO"}).content.decode()
    with django_assert_max_num_queries(2):  # the session and the user
        assert "1 lead trouvé" in client.get(url, {"pays": "NO"}).content.decode()
    services.lead_enregistrer(lead=LeadFactory.build(titre="Biscuits pour Bergen", pays="NO"))
    assert "2 leads trouvés" in client.get(url, {"pays": "NO"}).content.decode()


def test_logged_in_and_anonymous_visitors_get_their_own_alert_box(client, pme_alice):
    LeadFactory(titre="Biscuits pour Oslo", pays="NO")
    url = reverse("einter:leads")
    html = client.get(url, {"pays": "NO"}).content.decode()
    assert "Connectez-vous ou créez un compte" in html
    assert "?next=/e-export/leads/%3Fpays%3DNO" in html  # back to this very search
    client.force_login(pme_alice)
    html = client.get(url, {"pays": "NO"}).content.decode()
    assert "Enregistrer la recherche et activer l'alerte" in html
    assert "Connectez-vous ou créez un compte" not in html
    client.logout()
    assert "Connectez-vous ou créez un compte" in client.get(url, {"pays": "NO"}).content.decode()
