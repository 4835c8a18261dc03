"""A structure's members: a connecteur account asks to join, the referent accepts or
refuses, removes a member (who loses access at once) and hands the role over."""

import pytest
from django.core import mail
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from connecteurs.enums import EtatAdhesion, EtatReponse
from connecteurs.models import Demande, DemandeAdhesion, Membre, MouvementMembre, Reponse
from croissance.referentiels.models import Theme
from tests.aides.factories import AideFactory, dossier_depose
from tests.connecteurs.factories import ConnecteurFactory
from tests.factories import EntrepriseFactory, UserFactory
from tests.parcours import Navigateur

pytestmark = pytest.mark.django_db
# emails leave once the request's transaction is committed
envoi = TestCase.captureOnCommitCallbacks


@pytest.fixture
def cci(connecteur_claire):
    """Claire's structure: she created it, she is its referent."""
    connecteur_claire.nom = "Le Goff"
    connecteur_claire.save()
    return ConnecteurFactory(nom="CCI d'Armor & Finistère", membres=[connecteur_claire])


@pytest.fixture
def yann(db):
    return UserFactory(connecteur=True, prenom="Yann", nom="O'Kerjean", email="yann@cci.test")


def _demander(client, user, structure, message="Conseiller « numérique » à Brest"):
    client.force_login(user)
    navigateur = Navigateur(client)
    navigateur.ouvrir(reverse("connecteurs:rejoindre", args=[structure.pk]))
    formulaire = navigateur.formulaire("Demander à rejoindre")
    formulaire.remplir("Message pour le référent de la structure", message)
    with envoi(execute=True):
        navigateur.envoyer(formulaire, "Demander à rejoindre")
    return navigateur


def _page_membres(client, user) -> Navigateur:
    client.force_login(user)
    navigateur = Navigateur(client)
    navigateur.ouvrir("/")
    navigateur.cliquer("Mon espace")
    navigateur.cliquer("Ma structure de connecteur")
    navigateur.cliquer("Membres")
    return navigateur


def _decider(navigateur, demandeur, decision, motif=""):
    navigateur.cliquer(demandeur)
    formulaire = navigateur.formulaire("Enregistrer ma décision")
    formulaire.cocher(decision)
    formulaire.remplir("Motif", motif)
    with envoi(execute=True):
        navigateur.envoyer(formulaire, "Enregistrer ma décision")


class TestRejoindre:
    def test_the_referent_accepts_and_the_newcomer_reaches_the_space(
        self, client, cci, connecteur_claire, yann
    ):
        navigateur = _demander(client, yann, cci)
        assert "Votre demande est envoyée au référent de CCI d'Armor & Finistère" in (
            navigateur.texte
        )
        assert "Demande pour rejoindre CCI d'Armor & Finistère : en attente" in navigateur.texte
        (courriel,) = mail.outbox
        assert courriel.to == ["claire@connecteur.test"]
        assert "Yann O'Kerjean" in courriel.body and "Conseiller « numérique »" in courriel.body
        assert client.get(reverse("connecteurs:demandes")).status_code == 404

        navigateur = _page_membres(client, connecteur_claire)
        assert "Demandes pour rejoindre la structure" in navigateur.texte
        _decider(navigateur, "Yann O'Kerjean", "Accepter ce nouveau membre", "Bienvenue !")
        assert "Yann O'Kerjean est maintenant membre de la structure." in navigateur.texte
        assert "Aucune demande en attente." in navigateur.texte
        assert "Arrivée" in navigateur.texte and "Bienvenue !" in navigateur.texte
        courriel = mail.outbox[-1]
        assert courriel.to == ["yann@cci.test"]
        assert "Votre demande pour rejoindre CCI d'Armor & Finistère est acceptée" in courriel.body

        client.force_login(yann)
        assert client.get(reverse("connecteurs:demandes")).status_code == 200
        # a plain member sees the members but cannot manage them
        page = client.get(reverse("connecteurs:membres")).content.decode()
        assert "Retirer" not in page
        demande = DemandeAdhesion.objects.get()
        assert client.get(reverse("connecteurs:adhesion", args=[demande.pk])).status_code == 403

    def test_a_refusal_needs_a_reason_that_the_requester_receives(
        self, client, cci, connecteur_claire, yann
    ):
        _demander(client, yann, cci)
        navigateur = _page_membres(client, connecteur_claire)
        _decider(navigateur, "Yann O'Kerjean", "Refuser la demande")
        assert "Expliquez à la personne pourquoi vous refusez." in navigateur.erreurs()
        formulaire = navigateur.formulaire("Enregistrer ma décision")
        formulaire.cocher("Refuser la demande")
        formulaire.remplir("Motif", "Vous êtes à la CMA, pas à la CCI d'Armor")
        with envoi(execute=True):
            navigateur.envoyer(formulaire, "Enregistrer ma décision")
        demande = DemandeAdhesion.objects.get()
        assert demande.etat == EtatAdhesion.REFUSEE
        assert (demande.decidee_par, demande.motif) == (
            connecteur_claire,
            "Vous êtes à la CMA, pas à la CCI d'Armor",
        )
        courriel = mail.outbox[-1]
        assert courriel.to == ["yann@cci.test"]
        assert "Vous êtes à la CMA, pas à la CCI d'Armor" in courriel.body
        assert not Membre.objects.filter(user=yann).exists()
        client.force_login(yann)
        page = client.get(reverse("connecteurs:profil_modifier")).content.decode()
        assert "refusée" in page

    def test_a_member_of_a_structure_cannot_ask_to_join_another(
        self, client, cci, connecteur_claire
    ):
        autre = ConnecteurFactory(nom="Réseau Entreprendre")
        navigateur = _demander(client, connecteur_claire, autre)
        assert "Votre compte représente déjà une structure." in navigateur.texte
        assert not DemandeAdhesion.objects.exists()
        # nor its own
        reponse = client.get(reverse("connecteurs:rejoindre", args=[cci.pk]))
        assert reponse.status_code == 404


class TestReferent:
    @pytest.fixture
    def equipe(self, cci, yann):
        Membre.objects.create(connecteur=cci, user=yann)
        return cci

    def test_a_removed_member_loses_the_space_requests_and_files_at_once(
        self, client, equipe, connecteur_claire, yann, pme_alice
    ):
        entreprise = EntrepriseFactory(gestionnaires=[pme_alice], nom="Librairie des Mots")
        demande = Demande.objects.create(
            entreprise=entreprise,
            auteur=pme_alice,
            theme=Theme.objects.get(slug="vente-en-ligne"),
            message="Site",
            cree_le=timezone.now(),
        )
        reponse = Reponse.objects.create(
            demande=demande, connecteur=equipe, etat=EtatReponse.ENVOYEE
        )
        dossier = dossier_depose(
            user=pme_alice, entreprise=entreprise, aide=AideFactory(), connecteur=equipe
        )
        urls = [
            reverse("connecteurs:espace"),
            reverse("connecteurs:demandes"),
            reverse("connecteurs:demande", args=[reponse.pk]),
            reverse("aides:accompagnement_dossier", args=[dossier.pk]),
            reverse("connecteurs:membres"),
        ]
        client.force_login(yann)
        assert all(client.get(url).status_code == 200 for url in urls)

        navigateur = _page_membres(client, connecteur_claire)
        membre = Membre.objects.get(user=yann)
        navigateur.ouvrir(reverse("connecteurs:membre_retirer", args=[membre.pk]))
        navigateur.envoyer(navigateur.formulaire("Retirer ce membre"), "Retirer ce membre")
        assert "Indiquez pourquoi ce membre quitte la structure." in navigateur.erreurs()
        formulaire = navigateur.formulaire("Retirer ce membre")
        formulaire.remplir("Motif du retrait", "Départ de l'équipe « export »")
        with envoi(execute=True):
            navigateur.envoyer(formulaire, "Retirer ce membre")
        assert navigateur.erreurs() == []
        assert "Yann O'Kerjean ne fait plus partie de la structure." in navigateur.texte
        assert "Départ" in navigateur.texte and "Départ de l'équipe « export »" in navigateur.texte
        assert mail.outbox[-1].to == ["yann@cci.test"]

        client.force_login(yann)
        statuts = [client.get(url).status_code for url in urls]
        # the space now asks to present a structure; the rest is closed
        assert statuts == [302, 404, 404, 403, 404]

    def test_the_referent_cannot_remove_themself(self, client, equipe, connecteur_claire):
        client.force_login(connecteur_claire)
        moi = Membre.objects.get(user=connecteur_claire)
        reponse = client.post(
            reverse("connecteurs:membre_retirer", args=[moi.pk]), {"motif": "Je pars"}
        )
        assert "transmettez d'abord le rôle de référent" in reponse.content.decode().replace(
            "&#x27;", "'"
        )
        assert Membre.objects.filter(user=connecteur_claire).exists()

    def test_handing_over_the_referent_role(self, client, equipe, connecteur_claire, yann):
        navigateur = _page_membres(client, connecteur_claire)
        navigateur.cliquer("Transmettre le rôle de référent")
        formulaire = navigateur.formulaire("Transmettre le rôle de référent")
        formulaire.remplir("Motif", "Je change de poste")
        with envoi(execute=True):
            navigateur.envoyer(formulaire, "Transmettre le rôle de référent")
        assert "Yann O'Kerjean est maintenant le référent de la structure." in navigateur.texte
        assert Membre.objects.get(referent=True).user == yann
        mouvement = MouvementMembre.objects.get(nature="passation")
        assert (mouvement.auteur, mouvement.membre, mouvement.motif) == (
            connecteur_claire,
            yann,
            "Je change de poste",
        )
        assert mail.outbox[-1].to == ["yann@cci.test"]
        # Claire is a plain member now: she manages no one
        membre = Membre.objects.get(user=yann)
        reponse = client.get(reverse("connecteurs:membre_retirer", args=[membre.pk]))
        assert reponse.status_code == 403

    def test_another_structure_referent_gets_nothing(self, client, equipe, yann):
        david = UserFactory(connecteur=True, email="david@connecteur.test")
        ConnecteurFactory(nom="Numérique Occitanie Conseil", membres=[david])
        client.force_login(david)
        membre = Membre.objects.get(user=yann)
        assert client.get(reverse("connecteurs:membre_retirer", args=[membre.pk])).status_code == (
            404
        )


def test_members_page_query_count(client, cci, connecteur_claire, django_assert_max_num_queries):
    for n in range(8):
        user = UserFactory(connecteur=True, email=f"membre{n}@cci.test")
        Membre.objects.create(connecteur=cci, user=user)
        MouvementMembre.objects.create(connecteur=cci, membre=user, nature="arrivee")
        DemandeAdhesion.objects.create(
            connecteur=cci, demandeur=UserFactory(connecteur=True, email=f"d{n}@x.test")
        )
    client.force_login(connecteur_claire)
    with django_assert_max_num_queries(14):
        assert client.get(reverse("connecteurs:membres")).status_code == 200
