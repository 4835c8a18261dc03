import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from formations.enums import EtatProposition
from formations.models import AppelFormations, Formation, Proposition
from tests.formations.factories import organisme_avec_membre

pytestmark = pytest.mark.django_db

DONNEES = {
    "titre": "Le numérique pour les dirigeants de TPE",
    "type_etablissement": "gen",
    "type_formation": "certificat",
    "public": "dirigeant",
    "modalite": "hybride",
    "type_lieu": "tiers_lieu",
    "lieux_immersion": "La Cantine, Nantes",
    "regions": ["52", "53"],
    "themes": ["strategie-numerique"],
    "niveau": "decouverte",
    "duree_heures": "35",
    "prix": "1200.00",
    "eligible_cpf": "on",
    "description": "Cinq jours pour décider.",
    "programme": "Stratégie, vente, données.",
}


@pytest.fixture
def appel():
    return AppelFormations.objects.create(
        titre="AMI 2027 : former les dirigeants",
        description="Appel national",
        criteres="Immersion, prix, régions couvertes",
        date_limite=timezone.now() + datetime.timedelta(days=30),
        publie=True,
    )


def deposer(client, appel):
    return client.post(reverse("formations:appel_repondre", args=[appel.pk]), DONNEES)


def test_call_is_public(client, appel):
    assert client.get(reverse("formations:appels")).status_code == 200
    html = client.get(reverse("formations:appel", args=[appel.pk])).content.decode()
    assert "Immersion, prix, régions couvertes" in html


def test_provider_answers_and_mission_accepts_which_publishes_the_training(
    client, appel, mission_marc, django_capture_on_commit_callbacks
):
    organisme, membre = organisme_avec_membre()
    client.force_login(membre)
    with django_capture_on_commit_callbacks(execute=True):
        response = deposer(client, appel)
    proposition = Proposition.objects.get()
    assert response.status_code == 302
    assert proposition.organisme == organisme
    assert any("déposée" in message.subject for message in mail.outbox)

    client.force_login(mission_marc)
    url = reverse("formations:proposition_evaluer", args=[proposition.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"decision": "a_completer", "motif": "Précisez les lieux"})
    proposition.refresh_from_db()
    assert proposition.etat == EtatProposition.A_COMPLETER
    assert any("Précisez les lieux" in message.body for message in mail.outbox)

    client.force_login(membre)
    client.post(reverse("formations:proposition_completer", args=[proposition.pk]), DONNEES)
    proposition.refresh_from_db()
    assert proposition.etat == EtatProposition.DEPOSEE

    client.force_login(mission_marc)
    client.post(url, {"decision": "acceptee", "motif": ""})
    proposition.refresh_from_db()
    formation = Formation.objects.get()
    assert proposition.formation == formation and formation.publiee
    assert formation.region_id == "53" and formation.organisme == organisme
    assert [h.etat_apres for h in proposition.historique.all()] == [
        "deposee",
        "a_completer",
        "deposee",
        "acceptee",
    ]
    assert client.get(reverse("formations:detail", args=[formation.pk])).status_code == 200


def test_refusal_needs_a_reason(client, appel, mission_marc):
    _, membre = organisme_avec_membre()
    client.force_login(membre)
    deposer(client, appel)
    proposition = Proposition.objects.get()
    client.force_login(mission_marc)
    client.post(
        reverse("formations:proposition_evaluer", args=[proposition.pk]), {"decision": "refusee"}
    )
    proposition.refresh_from_db()
    assert proposition.etat == EtatProposition.DEPOSEE


def test_closed_call_takes_no_more_answers(client, appel):
    appel.date_limite = timezone.now() - datetime.timedelta(days=1)
    appel.save()
    _, membre = organisme_avec_membre()
    client.force_login(membre)
    assert "Cet appel est clos" in deposer(client, appel).content.decode()


def test_only_providers_answer_and_only_mission_reviews(
    client, appel, pme_alice, connecteur_claire
):
    client.force_login(pme_alice)
    assert deposer(client, appel).status_code == 403
    client.force_login(connecteur_claire)
    assert deposer(client, appel).status_code == 403
    _, membre = organisme_avec_membre()
    client.force_login(membre)
    deposer(client, appel)
    proposition = Proposition.objects.get()
    url = reverse("formations:proposition_evaluer", args=[proposition.pk])
    assert client.post(url, {"decision": "acceptee"}).status_code == 403
    _, autre = organisme_avec_membre()
    client.force_login(autre)
    assert client.get(reverse("formations:proposition", args=[proposition.pk])).status_code == 404


def test_mission_publishes_a_call_from_the_site(client, mission_marc, pme_alice):
    url = reverse("formations:appel_creer")
    client.force_login(pme_alice)
    assert client.get(url).status_code == 403
    client.force_login(mission_marc)
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "titre": "AMI immersion en fablab",
            "description": "Appel",
            "criteres": "Critères",
            "date_limite": "2031-01-15T12:00",
            "publie": "on",
        },
    )
    appel = AppelFormations.objects.get()
    assert response.status_code == 302 and appel.publie
    assert "AMI immersion en fablab" in client.get(reverse("formations:appels")).content.decode()
