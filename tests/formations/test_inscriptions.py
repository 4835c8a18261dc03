import threading

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import connection
from django.urls import reverse

from formations import services
from formations.enums import EtatInscription
from formations.models import Inscription
from tests.factories import EntrepriseFactory, UserFactory
from tests.formations.factories import (
    InscriptionFactory,
    SessionFactory,
    organisme_avec_membre,
)

pytestmark = pytest.mark.django_db


def demander(session, user, entreprise, nom="Camille Martin", email=None):
    return services.inscription_demander(
        session=session,
        entreprise=entreprise,
        demandeur=user,
        participant_nom=nom,
        participant_email=email or user.email,
    )


def test_pme_requests_a_seat_for_an_employee_and_gets_an_email(
    client, pme_alice, entreprise_alice, django_capture_on_commit_callbacks
):
    organisme, membre = organisme_avec_membre()
    session = SessionFactory(formation__organisme=organisme)
    client.force_login(pme_alice)
    url = reverse("formations:inscrire", args=[session.pk])
    assert client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url,
            {
                "entreprise": entreprise_alice.pk,
                "pour": "salarie",
                "participant_nom": "Yann Kerjean",
                "participant_email": "yann@fournil.test",
            },
        )
    assert response.status_code == 302
    inscription = Inscription.objects.get()
    assert inscription.participant_nom == "Yann Kerjean"
    assert inscription.etat == EtatInscription.DEMANDEE
    assert inscription.historique.get().etat_apres == EtatInscription.DEMANDEE
    destinataires = {tuple(sorted(message.to)) for message in mail.outbox}
    assert ("alice@pme.test", "yann@fournil.test") in destinataires
    assert any(membre.email in message.to for message in mail.outbox)


def test_employee_fields_are_required_when_enrolling_someone_else(
    client, pme_alice, entreprise_alice
):
    session = SessionFactory()
    client.force_login(pme_alice)
    response = client.post(
        reverse("formations:inscrire", args=[session.pk]),
        {"entreprise": entreprise_alice.pk, "pour": "salarie"},
    )
    assert "Indiquez le nom du ou de la salariée." in response.content.decode()
    assert not Inscription.objects.exists()


def test_full_session_takes_no_more_requests_and_cancellation_frees_the_seat(
    pme_alice, entreprise_alice
):
    session = SessionFactory(places=1)
    premiere = demander(session, pme_alice, entreprise_alice)
    with pytest.raises(ValidationError, match="complète"):
        demander(session, pme_alice, entreprise_alice, email="autre@fournil.test")
    services.inscription_annuler(inscription=premiere, auteur=pme_alice)
    seconde = demander(session, pme_alice, entreprise_alice, email="autre@fournil.test")
    assert seconde.etat == EtatInscription.DEMANDEE


def test_refused_request_frees_the_seat(pme_alice, entreprise_alice):
    session = SessionFactory(places=1)
    organisme_user = UserFactory(connecteur=True)
    premiere = demander(session, pme_alice, entreprise_alice)
    services.inscription_refuser(inscription=premiere, auteur=organisme_user, motif="Complet")
    assert demander(session, pme_alice, entreprise_alice, email="b@fournil.test")


def test_cannot_enrol_twice_nor_for_a_firm_one_does_not_manage(pme_alice, entreprise_alice):
    session = SessionFactory()
    demander(session, pme_alice, entreprise_alice)
    with pytest.raises(ValidationError, match="déjà inscrit"):
        demander(session, pme_alice, entreprise_alice)
    with pytest.raises(ValidationError, match="ne gérez pas"):
        demander(session, pme_alice, EntrepriseFactory(), email="x@y.test")


def test_started_session_is_closed(pme_alice, entreprise_alice):
    with pytest.raises(ValidationError, match="closes"):
        demander(SessionFactory(passee=True), pme_alice, entreprise_alice)


def test_full_session_page_shows_complet(client, pme_alice, entreprise_alice):
    session = SessionFactory(places=1)
    demander(session, pme_alice, entreprise_alice)
    html = client.get(reverse("formations:detail", args=[session.formation_id])).content.decode()
    assert "Complet" in html
    assert reverse("formations:inscrire", args=[session.pk]) not in html


def test_provider_confirms_and_refuses_with_history_and_emails(
    client, django_capture_on_commit_callbacks
):
    organisme, membre = organisme_avec_membre()
    session = SessionFactory(formation__organisme=organisme)
    a, b = InscriptionFactory.create_batch(2, session=session)
    client.force_login(membre)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("formations:gestion_decider", args=[a.pk, "confirmer"]))
        client.post(
            reverse("formations:gestion_decider", args=[b.pk, "refuser"]),
            {"motif": "Public non visé"},
        )
    a.refresh_from_db()
    b.refresh_from_db()
    assert (a.etat, b.etat) == (EtatInscription.CONFIRMEE, EtatInscription.REFUSEE)
    assert b.historique.last().motif == "Public non visé"
    assert b.historique.last().auteur == membre
    sujets = [message.subject for message in mail.outbox]
    assert any(sujet.startswith("Inscription confirmée") for sujet in sujets)
    assert any("Motif : Public non visé" in message.body for message in mail.outbox)


def test_refusal_needs_a_reason(client):
    organisme, membre = organisme_avec_membre()
    inscription = InscriptionFactory(session__formation__organisme=organisme)
    client.force_login(membre)
    client.post(reverse("formations:gestion_decider", args=[inscription.pk, "refuser"]))
    inscription.refresh_from_db()
    assert inscription.etat == EtatInscription.DEMANDEE


def test_pme_sees_only_its_own_enrolments(client, pme_alice, pme_bruno):
    mine = InscriptionFactory(demandeur=pme_alice)
    other = InscriptionFactory(demandeur=pme_bruno)
    client.force_login(pme_alice)
    html = client.get(reverse("formations:mes_inscriptions")).content.decode()
    assert mine.session.formation.titre in html
    assert other.session.formation.titre not in html
    assert client.get(reverse("formations:inscription", args=[other.pk])).status_code == 404
    assert client.post(reverse("formations:annuler", args=[other.pk])).status_code == 404
    assert client.get(reverse("formations:inscription", args=[mine.pk])).status_code == 200


def test_cancel_from_the_pme_page_tells_the_provider(
    client, pme_alice, django_capture_on_commit_callbacks
):
    organisme, membre = organisme_avec_membre()
    inscription = InscriptionFactory(demandeur=pme_alice, session__formation__organisme=organisme)
    client.force_login(pme_alice)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("formations:annuler", args=[inscription.pk]))
    inscription.refresh_from_db()
    assert inscription.etat == EtatInscription.ANNULEE
    assert inscription.historique.last().auteur == pme_alice
    annulations = [m for m in mail.outbox if m.subject.startswith("Inscription annulée")]
    assert {tuple(m.to) for m in annulations} >= {
        ("alice@pme.test",),
        tuple(sorted([organisme.email_contact, membre.email])),
    }


@pytest.mark.parametrize("nombre", [2, 25])
def test_my_enrolments_query_count(client, pme_alice, django_assert_max_num_queries, nombre):
    for _ in range(nombre):
        InscriptionFactory(demandeur=pme_alice)
    client.force_login(pme_alice)
    with django_assert_max_num_queries(6):
        assert client.get(reverse("formations:mes_inscriptions")).status_code == 200


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_requests_for_the_last_seat():
    session = SessionFactory(places=1)
    users = [UserFactory(), UserFactory()]
    entreprises = [EntrepriseFactory(gestionnaires=[user]) for user in users]
    barrier = threading.Barrier(2)
    results = []

    def request_seat(index):
        try:
            barrier.wait()
            demander(session, users[index], entreprises[index])
            results.append("ok")
        except ValidationError as error:
            results.append(error.messages[0])
        finally:
            connection.close()

    threads = [threading.Thread(target=request_seat, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == ["Cette session est complète : choisissez une autre date.", "ok"]
    assert Inscription.objects.filter(session=session).count() == 1
