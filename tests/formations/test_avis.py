import pytest
from django.core import mail
from django.urls import reverse

from formations.models import Avis
from tests.factories import UserFactory
from tests.formations.factories import InscriptionFactory, SessionFactory, organisme_avec_membre

pytestmark = pytest.mark.django_db


def noter(client, inscription, note=5, commentaire="Très concret"):
    return client.post(
        reverse("formations:noter", args=[inscription.pk]),
        {"note": note, "commentaire": commentaire},
    )


def test_participant_rates_an_ended_session_and_it_shows(client, pme_alice):
    inscription = InscriptionFactory(demandeur=pme_alice, session__passee=True, confirmee=True)
    client.force_login(pme_alice)
    assert client.get(reverse("formations:noter", args=[inscription.pk])).status_code == 200
    response = noter(client, inscription, note=4)
    assert response.status_code == 302
    html = client.get(reverse("formations:detail", args=[inscription.session.formation_id]))
    html = html.content.decode()
    assert "4,0 / 5" in html and "(1 avis)" in html and "Très concret" in html


def test_employee_with_an_account_rates_its_own_enrolment(client):
    salarie = UserFactory(email="yann@fournil.test")
    inscription = InscriptionFactory(
        participant_email="yann@fournil.test", session__passee=True, confirmee=True
    )
    client.force_login(salarie)
    assert noter(client, inscription).status_code == 302


def test_only_once_per_session(client, pme_alice):
    inscription = InscriptionFactory(demandeur=pme_alice, session__passee=True, confirmee=True)
    client.force_login(pme_alice)
    noter(client, inscription)
    assert noter(client, inscription, note=1).status_code == 403
    assert Avis.objects.get().note == 5


def test_nobody_else_can_rate(client, pme_bruno, connecteur_claire, mission_marc):
    inscription = InscriptionFactory(session__passee=True, confirmee=True)
    for user in (pme_bruno, connecteur_claire, mission_marc):
        client.force_login(user)
        assert noter(client, inscription).status_code == 403
    client.logout()
    assert noter(client, inscription).status_code == 302  # to the login page
    assert not Avis.objects.exists()


@pytest.mark.parametrize(
    ("session_kwargs", "etat"),
    [({"passee": True}, "demandee"), ({"passee": True}, "refusee"), ({}, "confirmee")],
)
def test_not_before_the_end_nor_without_confirmation(client, pme_alice, session_kwargs, etat):
    session = SessionFactory(**session_kwargs)
    inscription = InscriptionFactory(demandeur=pme_alice, session=session, etat=etat)
    client.force_login(pme_alice)
    assert noter(client, inscription).status_code == 403


def test_provider_answers_publicly(client, pme_alice):
    organisme, membre = organisme_avec_membre()
    inscription = InscriptionFactory(
        session__formation__organisme=organisme, session__passee=True, confirmee=True
    )
    avis = Avis.objects.create(
        inscription=inscription, formation=inscription.session.formation, note=2
    )
    client.force_login(membre)
    client.post(
        reverse("formations:gestion_repondre", args=[avis.pk]),
        {"reponse": "Merci, nous ajoutons une demi-journée de pratique."},
    )
    client.logout()
    html = client.get(reverse("formations:detail", args=[avis.formation_id])).content.decode()
    assert "Réponse de l'organisme" in html and "demi-journée de pratique" in html


def test_another_provider_cannot_answer(client):
    _, intrus = organisme_avec_membre()
    inscription = InscriptionFactory(session__passee=True, confirmee=True)
    avis = Avis.objects.create(
        inscription=inscription, formation=inscription.session.formation, note=2
    )
    client.force_login(intrus)
    response = client.post(reverse("formations:gestion_repondre", args=[avis.pk]), {"reponse": "x"})
    assert response.status_code == 404


def test_participants_are_invited_to_rate_once(django_capture_on_commit_callbacks):
    from django.conf import settings

    from formations import tasks

    InscriptionFactory(session__passee=True, confirmee=True, participant_email="yann@f.test")
    InscriptionFactory(session__passee=True)  # not confirmed
    InscriptionFactory(confirmee=True)  # session still to come
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.inviter_participants_a_noter() == 1
    assert tasks.inviter_participants_a_noter() == 0
    invitation = [m for m in mail.outbox if m.subject.startswith("Votre avis")]
    assert len(invitation) == 1 and "yann@f.test" in invitation[0].to
    entry = settings.CELERY_BEAT_SCHEDULE["formations-inviter-a-noter"]
    assert entry["task"] == tasks.inviter_participants_a_noter.name
