"""Saved searches, permissions, daily digest of new leads, unsubscribe without login."""

import re
from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from croissance.celery import app as celery_app
from einter import services, tasks
from einter.models import LeadEnvoye, RechercheSauvegardee
from tests.einter.factories import LeadFactory, RechercheFactory

pytestmark = pytest.mark.django_db


def _hier():
    return timezone.now() - timedelta(days=1)


def test_logged_in_user_saves_a_search_from_the_results_page(client, pme_alice):
    client.force_login(pme_alice)
    html = client.get(reverse("einter:leads"), {"q": "fromages", "pays": "JP"}).content.decode()
    assert "Enregistrer la recherche" in html
    response = client.post(
        reverse("einter:recherche_enregistrer"),
        {"nom": "Fromages au Japon", "q": "fromages", "pays": "JP", "csrfmiddlewaretoken": "x"},
    )
    assert response.status_code == 302
    recherche = RechercheSauvegardee.objects.get(user=pme_alice)
    assert recherche.criteres == {"q": "fromages", "pays": "JP"}
    assert recherche.alerte_active
    html = client.get(reverse("einter:recherches")).content.decode()
    assert "Fromages au Japon" in html and "Japon" in html


def test_a_search_without_criteria_is_not_saved(client, pme_alice):
    client.force_login(pme_alice)
    client.post(reverse("einter:recherche_enregistrer"), {"nom": "Tout"})
    assert not RechercheSauvegardee.objects.exists()


def test_anonymous_visitor_is_asked_to_log_in_to_save(client):
    html = client.get(reverse("einter:leads"), {"q": "vins"}).content.decode()
    assert "Créer un compte" in html and "Enregistrer la recherche et" not in html
    response = client.post(reverse("einter:recherche_enregistrer"), {"nom": "x", "q": "vins"})
    assert response.status_code == 302 and "/compte/login/" in response["Location"]
    assert client.get(reverse("einter:recherches")).status_code == 302


def test_users_only_see_and_delete_their_own_searches(client, pme_alice, pme_bruno):
    a_bruno = RechercheFactory(user=pme_bruno, nom="Recherche Bruno")
    a_alice = RechercheFactory(user=pme_alice, nom="Recherche Alice")
    client.force_login(pme_alice)
    html = client.get(reverse("einter:recherches")).content.decode()
    assert "Recherche Alice" in html and "Recherche Bruno" not in html
    for name in ["einter:recherche_supprimer", "einter:recherche_alerte"]:
        assert client.post(reverse(name, args=[a_bruno.pk])).status_code == 404
    assert client.get(reverse("einter:recherche_supprimer", args=[a_bruno.pk])).status_code == 404
    assert RechercheSauvegardee.objects.filter(pk=a_bruno.pk, alerte_active=True).exists()

    client.post(reverse("einter:recherche_supprimer", args=[a_alice.pk]))
    assert not RechercheSauvegardee.objects.filter(pk=a_alice.pk).exists()


def test_user_suspends_and_reactivates_an_alert(client, pme_alice):
    recherche = RechercheFactory(user=pme_alice)
    client.force_login(pme_alice)
    client.post(reverse("einter:recherche_alerte", args=[recherche.pk]))
    recherche.refresh_from_db()
    assert not recherche.alerte_active
    client.post(reverse("einter:recherche_alerte", args=[recherche.pk]))
    recherche.refresh_from_db()
    assert recherche.alerte_active


def test_digest_sends_only_new_matching_leads_and_never_twice(
    pme_alice, django_capture_on_commit_callbacks
):
    LeadFactory(titre="Biscuits anciens", reference="VIEUX")  # before the search was saved
    recherche = RechercheFactory(user=pme_alice, criteres={"q": "biscuits", "pays": "DE"})
    LeadFactory(titre="Biscuits au beurre pour Berlin", pays="DE")
    LeadFactory(titre="Biscuits pour Tokyo", pays="JP")
    LeadFactory(titre="Vins pour Berlin", pays="DE")

    with django_capture_on_commit_callbacks(execute=True):
        assert services.envoyer_digest(user_id=pme_alice.pk) == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["alice@pme.test"]
    assert "1 nouveau lead" in message.subject
    assert "Biscuits au beurre pour Berlin" in message.body
    assert "Tokyo" not in message.body and "Vins" not in message.body
    assert "anciens" not in message.body
    assert recherche.jeton in message.body

    with django_capture_on_commit_callbacks(execute=True):
        assert services.envoyer_digest(user_id=pme_alice.pk) == 0
    assert len(mail.outbox) == 1

    LeadFactory(titre="Biscuits sablés pour Munich", pays="DE")
    with django_capture_on_commit_callbacks(execute=True):
        services.envoyer_digest(user_id=pme_alice.pk)
    assert len(mail.outbox) == 2
    assert "Munich" in mail.outbox[1].body and "Berlin" not in mail.outbox[1].body
    assert LeadEnvoye.objects.filter(recherche=recherche).count() == 2


def test_one_digest_per_user_and_a_lead_matching_two_searches_comes_once(
    pme_alice, django_capture_on_commit_callbacks
):
    RechercheFactory(user=pme_alice, nom="Biscuits", criteres={"q": "biscuits"}, cree_le=_hier())
    RechercheFactory(user=pme_alice, nom="Allemagne", criteres={"pays": "DE"}, cree_le=_hier())
    LeadFactory(titre="Biscuits pour Berlin", pays="DE")
    with django_capture_on_commit_callbacks(execute=True):
        tasks.envoyer_digests_leads()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].body.count("Biscuits pour Berlin") == 1


def test_suspended_alerts_send_nothing(pme_alice, django_capture_on_commit_callbacks):
    RechercheFactory(user=pme_alice, alerte_active=False, cree_le=_hier())
    LeadFactory(titre="Biscuits")
    with django_capture_on_commit_callbacks(execute=True):
        tasks.envoyer_digests_leads()
    assert mail.outbox == []


def test_unsubscribe_link_asks_then_unsubscribes_and_can_be_undone(
    client, pme_alice, django_capture_on_commit_callbacks
):
    recherche = RechercheFactory(user=pme_alice, cree_le=_hier())
    LeadFactory(titre="Biscuits au beurre")
    with django_capture_on_commit_callbacks(execute=True):
        services.envoyer_digest(user_id=pme_alice.pk)
    lien = re.search(r"https?://\S+/alertes/desabonnement/\S+/", mail.outbox[0].body).group(0)
    chemin = lien.split(settings.SITE_URL, 1)[1]

    # a link scanner (or a preview) opening the link changes nothing
    html = client.get(chemin).content.decode()
    assert "Me désabonner" in html
    recherche.refresh_from_db()
    assert recherche.alerte_active

    html = client.post(chemin, {"action": "desabonner"}).content.decode()
    assert "Désabonnement confirmé" in html
    recherche.refresh_from_db()
    assert not recherche.alerte_active

    client.post(chemin, {"action": "reactiver"})
    recherche.refresh_from_db()
    assert recherche.alerte_active


def test_digest_offers_one_click_unsubscribe_to_mail_clients(
    pme_alice, django_capture_on_commit_callbacks
):
    une = RechercheFactory(user=pme_alice, cree_le=_hier(), nom="Fromages d'Auvergne")
    autre = RechercheFactory(user=pme_alice, cree_le=_hier(), nom="Cidres & poirés")
    LeadFactory(titre="Biscuits au beurre")
    with django_capture_on_commit_callbacks(execute=True):
        services.envoyer_digest(user_id=pme_alice.pk)
    entetes = mail.outbox[0].extra_headers
    assert entetes["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    lien = entetes["List-Unsubscribe"].strip("<>")
    assert lien in mail.outbox[0].body  # the same link, readable in the text
    chemin = lien.split(settings.SITE_URL, 1)[1]

    # RFC 8058: the mail client POSTs this body, with no cookie and no CSRF token
    navigateur = Client(enforce_csrf_checks=True)
    assert "Me désabonner" in navigateur.get(chemin).content.decode()
    assert RechercheSauvegardee.objects.filter(alerte_active=True).count() == 2
    reponse = navigateur.post(
        chemin, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert reponse.status_code == 200
    for recherche in (une, autre):
        recherche.refresh_from_db()
        assert not recherche.alerte_active


def test_a_forged_unsubscribe_signature_is_404(client, pme_alice):
    RechercheFactory(user=pme_alice)
    signature = services.signature_desabonnement_total(pme_alice.pk)
    faux = signature[:-3] + ("aaa" if not signature.endswith("aaa") else "bbb")
    reponse = client.post(reverse("einter:desabonnement_total", args=[faux]))
    assert reponse.status_code == 404
    assert RechercheSauvegardee.objects.get().alerte_active


def test_unsubscribe_tokens_are_random_and_a_wrong_one_is_404(client, pme_alice):
    une, autre = RechercheFactory(user=pme_alice), RechercheFactory(user=pme_alice)
    assert une.jeton != autre.jeton and len(une.jeton) >= 40
    response = client.get(reverse("einter:desabonnement", args=[str(une.pk)]))
    assert response.status_code == 404


def test_daily_digest_is_scheduled_on_a_real_task():
    entree = settings.CELERY_BEAT_SCHEDULE["einter-alertes-leads"]
    celery_app.loader.import_default_modules()
    assert entree["task"] in celery_app.tasks


def test_saved_searches_page_has_a_fixed_number_of_queries(
    client, pme_alice, django_assert_max_num_queries
):
    client.force_login(pme_alice)
    for i in range(8):
        RechercheFactory(user=pme_alice, nom=f"R{i}", criteres={"q": "x", "pays": "DE"})
    with django_assert_max_num_queries(3):
        client.get(reverse("einter:recherches"))
