"""Co-managers of a firm: invitations by email, removal with a reason, departure, and what
each attachment and departure records."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from croissance.entreprises.enums import EtatInvitation, OrigineGestionnaire
from croissance.entreprises.models import DepartGestionnaire, Gestionnaire, Invitation
from tests.factories import UserFactory
from tests.rgpd.scenario import pme_complete

pytestmark = pytest.mark.django_db


def inviter(client, entreprise, email, capture):
    with capture(execute=True):
        return client.post(
            reverse("entreprises:ajouter_gestionnaire", args=[entreprise.pk]),
            {"email": email},
            follow=True,
        )


def lien_invitation(message) -> str:
    return re.search(r"https?://\S+(/entreprises/invitations/\S+/)", message.body).group(1)


def accepter(client, user, lien):
    client.force_login(user)
    return client.post(lien, {"reponse": "accepter"}, follow=True)


def test_an_invitation_attaches_nobody_until_the_invited_person_accepts(
    client, pme_alice, pme_bruno, entreprise_alice, django_capture_on_commit_callbacks
):
    client.force_login(pme_alice)
    page = inviter(client, entreprise_alice, "Bruno@PME.test", django_capture_on_commit_callbacks)

    assert "L&#x27;invitation est envoyée à bruno@pme.test" in page.content.decode()
    assert pme_bruno not in entreprise_alice.gestionnaires.all()
    assert "bruno@pme.test" in page.content.decode()  # listed as pending
    message = mail.outbox[-1]
    assert message.to == ["bruno@pme.test"]
    assert "Boulangerie du Port" in message.subject
    invitation = Invitation.objects.get()
    assert invitation.etat == EtatInvitation.ENVOYEE
    assert invitation.expire_le.date() == (timezone.now() + timedelta(days=14)).date()
    # only a digest of the token is kept: the link itself is in the email alone
    assert lien_invitation(message).split("/")[-2] not in invitation.empreinte_jeton

    bruno = Client()
    page = accepter(bruno, pme_bruno, lien_invitation(message))

    assert "Vous gérez désormais Boulangerie du Port" in page.content.decode()
    lien = Gestionnaire.objects.get(entreprise=entreprise_alice, user=pme_bruno)
    assert lien.origine == OrigineGestionnaire.INVITATION
    assert lien.ajoute_par == pme_alice
    invitation.refresh_from_db()
    assert invitation.etat == EtatInvitation.ACCEPTEE
    assert [h.auteur for h in invitation.historique.all()] == [pme_alice, pme_bruno]
    fiche = client.get(reverse("entreprises:detail", args=[entreprise_alice.pk])).content
    assert "invitation acceptée" in fiche.decode()


def test_the_same_answer_and_email_whether_or_not_an_account_exists(
    client, pme_alice, pme_bruno, entreprise_alice, django_capture_on_commit_callbacks
):
    """Inviting an address tells the inviter nothing about whether it has an account."""
    client.force_login(pme_alice)

    def page_apres_invitation(email):
        reponse = inviter(client, entreprise_alice, email, django_capture_on_commit_callbacks)
        texte = reponse.content.decode().replace(email, "ADRESSE")
        for motif in (r'value="[^"]{30,}"', r'nonce="[^"]+"', r"/invitations/\d+/"):
            texte = re.sub(motif, "", texte)
        invitation = Invitation.objects.get(etat=EtatInvitation.ENVOYEE)
        client.post(
            reverse("entreprises:annuler_invitation", args=[entreprise_alice.pk, invitation.pk]),
            follow=True,  # its message read
        )
        return reponse.status_code, reponse.redirect_chain, texte

    avec_compte = page_apres_invitation(pme_bruno.email)
    sans_compte = page_apres_invitation("personne@nulle.part")

    assert avec_compte == sans_compte
    assert "L&#x27;invitation est envoyée à ADRESSE" in avec_compte[2]
    premier, second = mail.outbox[-2:]
    assert (premier.to, second.to) == (["bruno@pme.test"], ["personne@nulle.part"])
    assert premier.subject == second.subject
    corps = [re.sub(r"/invitations/\S+/", "/invitations/LIEN/", m.body) for m in (premier, second)]
    assert corps[0] == corps[1]


def test_anonymous_visitors_of_the_link_sign_in_first_then_come_back(
    client, pme_alice, pme_bruno, entreprise_alice, django_capture_on_commit_callbacks
):
    client.force_login(pme_alice)
    inviter(client, entreprise_alice, pme_bruno.email, django_capture_on_commit_callbacks)
    lien = lien_invitation(mail.outbox[-1])
    visiteur = Client()
    reponse = visiteur.get(lien)
    assert reponse.status_code == 302
    assert reponse.url.startswith(reverse("account_login")) and "next=" in reponse.url
    assert visiteur.get("/entreprises/invitations/jeton-invente/").status_code == 302
    visiteur.force_login(pme_bruno)
    assert visiteur.get("/entreprises/invitations/jeton-invente/").status_code == 404
    page = visiteur.get(lien).content.decode()
    assert "Accepter l'invitation" in page


def test_another_account_cannot_use_a_forwarded_link(
    client, pme_alice, pme_bruno, entreprise_alice, django_capture_on_commit_callbacks
):
    client.force_login(pme_alice)
    inviter(client, entreprise_alice, pme_bruno.email, django_capture_on_commit_callbacks)
    intrus = UserFactory(email="intrus@exemple.fr")
    page = accepter(Client(), intrus, lien_invitation(mail.outbox[-1])).content.decode()
    assert "envoyée à une autre adresse" in page
    assert intrus not in entreprise_alice.gestionnaires.all()


def test_declined_cancelled_and_expired_invitations_open_nothing(
    client, pme_alice, pme_bruno, entreprise_alice, django_capture_on_commit_callbacks
):
    client.force_login(pme_alice)
    inviter(client, entreprise_alice, pme_bruno.email, django_capture_on_commit_callbacks)
    bruno = Client()
    bruno.force_login(pme_bruno)
    page = bruno.post(lien_invitation(mail.outbox[-1]), {"reponse": "refuser"}, follow=True)
    assert "Vous avez refusé l&#x27;invitation" in page.content.decode()

    inviter(client, entreprise_alice, pme_bruno.email, django_capture_on_commit_callbacks)
    annulee = Invitation.objects.get(etat=EtatInvitation.ENVOYEE)
    url = reverse("entreprises:annuler_invitation", args=[entreprise_alice.pk, annulee.pk])
    page = client.post(url, follow=True).content.decode()
    assert "L&#x27;invitation de bruno@pme.test est annulée" in page
    page = accepter(bruno, pme_bruno, lien_invitation(mail.outbox[-1])).content.decode()
    assert "n&#x27;est plus valable (annulée)" in page

    inviter(client, entreprise_alice, pme_bruno.email, django_capture_on_commit_callbacks)
    Invitation.objects.filter(etat=EtatInvitation.ENVOYEE).update(
        expire_le=timezone.now() - timedelta(minutes=1)
    )
    page = accepter(bruno, pme_bruno, lien_invitation(mail.outbox[-1])).content.decode()
    assert "n&#x27;est plus valable (expirée)" in page
    assert pme_bruno not in entreprise_alice.gestionnaires.all()
    assert list(Invitation.objects.values_list("etat", flat=True).order_by("pk")) == [
        EtatInvitation.REFUSEE,
        EtatInvitation.ANNULEE,
        EtatInvitation.ENVOYEE,  # expired in fact: the periodic task marks it so
    ]


def test_the_periodic_task_expires_unanswered_invitations(
    client, pme_alice, entreprise_alice, django_capture_on_commit_callbacks
):
    from croissance.entreprises.tasks import echeances

    client.force_login(pme_alice)
    inviter(client, entreprise_alice, "lea@exemple.fr", django_capture_on_commit_callbacks)
    assert echeances() == {"invitations_expirees": 0, "revendications_transmises": 0}
    Invitation.objects.update(expire_le=timezone.now() - timedelta(minutes=1))
    assert echeances()["invitations_expirees"] == 1
    assert Invitation.objects.get().etat == EtatInvitation.EXPIREE
    page = client.get(reverse("entreprises:detail", args=[entreprise_alice.pk])).content
    assert "lea@exemple.fr" not in page.decode()


def test_a_pending_invitation_or_a_current_manager_is_not_invited_twice(
    client, pme_alice, pme_bruno, entreprise_alice, django_capture_on_commit_callbacks
):
    client.force_login(pme_alice)
    inviter(client, entreprise_alice, "lea@exemple.fr", django_capture_on_commit_callbacks)
    page = inviter(client, entreprise_alice, "LEA@exemple.fr", django_capture_on_commit_callbacks)
    assert "Une invitation attend déjà la réponse de cette adresse" in page.content.decode()
    page = inviter(client, entreprise_alice, pme_alice.email, django_capture_on_commit_callbacks)
    assert "Cette personne gère déjà l&#x27;entreprise" in page.content.decode()
    assert Invitation.objects.count() == 1


def _co_gestion(client, alice, bruno, entreprise, capture):
    client.force_login(alice)
    inviter(client, entreprise, bruno.email, capture)
    accepter(Client(), bruno, lien_invitation(mail.outbox[-1]))
    assert bruno in entreprise.gestionnaires.all()


def _pages_de_l_entreprise(objets) -> list[str]:
    entreprise, brouillon = objets["entreprise"], objets["brouillon"]
    return [
        reverse("entreprises:detail", args=[entreprise.pk]),
        reverse("entreprises:modifier", args=[entreprise.pk]),
        reverse("aides:dossier", args=[brouillon.pk]),
        reverse("aides:dossier", args=[objets["accorde"].pk]),
        reverse("aides:document", args=[brouillon.pk, brouillon.documents.get().pk]),
        reverse("diagnostic:historique", args=[entreprise.pk])
        + f"?questionnaire={objets['version'].questionnaire.slug}",
        reverse("diagnostic:resultat", args=[objets["resultat"].jeton]),
        reverse("label:candidater", args=[entreprise.pk]),
    ]


def test_a_removed_comanager_loses_every_page_of_the_firm_at_once(
    client, pme_alice, pme_bruno, django_capture_on_commit_callbacks
):
    objets = pme_complete(pme_alice, nom="L'Atelier d'Élise & Fils")
    entreprise = objets["entreprise"]
    _co_gestion(client, pme_alice, pme_bruno, entreprise, django_capture_on_commit_callbacks)
    bruno = Client()
    bruno.force_login(pme_bruno)
    pages = _pages_de_l_entreprise(objets)
    assert [bruno.get(url).status_code for url in pages] == [200] * len(pages)

    with django_capture_on_commit_callbacks(execute=True):
        page = client.post(
            reverse("entreprises:retirer_gestionnaire", args=[entreprise.pk]),
            {
                "retrait-personne": pme_bruno.pk,
                "retrait-motif": "A quitté l'entreprise & le métier",
            },
            follow=True,
        )

    assert "ne gère plus l&#x27;entreprise" in page.content.decode()
    assert [bruno.get(url).status_code for url in pages] == [404] * len(pages)
    assert entreprise.nom not in bruno.get(reverse("entreprises:liste")).content.decode()
    depart = DepartGestionnaire.objects.get()
    assert (depart.user, depart.retire_par, depart.origine) == (
        pme_bruno,
        pme_alice,
        OrigineGestionnaire.INVITATION,
    )
    assert mail.outbox[-1].to == [pme_bruno.email]
    assert "Motif : A quitté l'entreprise & le métier" in mail.outbox[-1].body
    historique = page.content.decode()
    assert "Anciens gestionnaires" in historique and "retiré par Alice" in historique


def test_a_removal_needs_a_reason(client, pme_alice, pme_bruno, entreprise_alice):
    Gestionnaire.objects.create(entreprise=entreprise_alice, user=pme_bruno)
    client.force_login(pme_alice)
    page = client.post(
        reverse("entreprises:retirer_gestionnaire", args=[entreprise_alice.pk]),
        {"retrait-personne": pme_bruno.pk, "retrait-motif": ""},
        follow=True,
    )
    assert "Ce champ est obligatoire" in page.content.decode()
    assert pme_bruno in entreprise_alice.gestionnaires.all()


def test_a_manager_leaves_but_not_the_last_one(client, pme_alice, pme_bruno, entreprise_alice):
    client.force_login(pme_alice)
    url = reverse("entreprises:quitter", args=[entreprise_alice.pk])
    page = client.post(url, {"quitter-motif": ""}, follow=True).content.decode()
    assert "Vous êtes la dernière personne à gérer cette entreprise" in page
    assert pme_alice in entreprise_alice.gestionnaires.all()
    # the page says why there is no button to leave
    assert "invitez d'abord la personne qui prendra le relais" in page
    assert "Quitter l'entreprise</button>" not in page

    Gestionnaire.objects.create(entreprise=entreprise_alice, user=pme_bruno)
    detail = client.get(reverse("entreprises:detail", args=[entreprise_alice.pk]))
    assert "Quitter l'entreprise</button>" in detail.content.decode()
    page = client.post(url, {"quitter-motif": "Je pars à la retraite"}, follow=True)
    assert "Vous ne gérez plus l&#x27;entreprise Boulangerie du Port" in page.content.decode()
    assert list(entreprise_alice.gestionnaires.all()) == [pme_bruno]
    assert client.get(reverse("entreprises:detail", args=[entreprise_alice.pk])).status_code == 404
    depart = DepartGestionnaire.objects.get()
    assert depart.volontaire and depart.motif == "Je pars à la retraite"


def test_a_deactivated_comanager_does_not_count_as_the_one_who_stays(
    client, pme_alice, pme_bruno, entreprise_alice
):
    Gestionnaire.objects.create(entreprise=entreprise_alice, user=pme_bruno)
    pme_bruno.is_active = False
    pme_bruno.save()
    client.force_login(pme_alice)
    page = client.post(reverse("entreprises:quitter", args=[entreprise_alice.pk]), follow=True)
    assert "Vous êtes la dernière personne" in page.content.decode()


def test_registering_a_firm_records_its_creator(client, pme_alice):
    client.force_login(pme_alice)
    client.post(
        reverse("entreprises:creer"),
        {
            "siret": "35000000602044",
            "nom": "Crêperie d'Armor",
            "activite": "commerce",
            "code_postal": "29200",
        },
    )
    lien = Gestionnaire.objects.get(user=pme_alice)
    assert (lien.origine, lien.ajoute_par) == (OrigineGestionnaire.CREATION, pme_alice)


@pytest.mark.parametrize("nombre", [1, 12])
def test_firm_page_query_count_does_not_grow_with_its_people(
    client, pme_alice, entreprise_alice, nombre, django_assert_max_num_queries
):
    for _ in range(nombre):
        user = UserFactory()
        Gestionnaire.objects.create(entreprise=entreprise_alice, user=user, ajoute_par=pme_alice)
        DepartGestionnaire.objects.create(
            entreprise=entreprise_alice,
            user=UserFactory(),
            nom="Ancien",
            origine=OrigineGestionnaire.IMPORT,
            ajoute_le=timezone.now(),
            retire_par=pme_alice,
        )
    client.force_login(pme_alice)
    with django_assert_max_num_queries(12):
        reponse = client.get(reverse("entreprises:detail", args=[entreprise_alice.pk]))
    assert reponse.status_code == 200
