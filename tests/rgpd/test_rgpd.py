import json
import os

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from aides.enums import EtatDossier
from aides.models import AideDeclaree, Document, Dossier, HistoriqueDossier
from connecteurs.models import Avis as AvisConnecteur
from connecteurs.models import Demande, Membre
from croissance.label.models import SignatureCharte
from croissance.models import Courriel
from croissance.ressources.models import AvisPrestataire, Temoignage
from croissance.rgpd import registry, services
from diagnostic.models import Resultat
from einter.models import RechercheSauvegardee
from formations.models import Avis as AvisFormation
from formations.models import Inscription, MembreBourse, Mouvement
from tests.connecteurs.factories import ConnecteurFactory
from tests.factories import DEFAULT_PASSWORD, UserFactory
from tests.rgpd.scenario import pme_accompagnee_et_formee, pme_complete


@pytest.fixture
def alice_et_bruno(pme_alice, pme_bruno, instructeur_bretagne):
    alice = pme_complete(pme_alice, nom="Boulangerie du Port", instructeur=instructeur_bretagne)
    bruno = pme_complete(
        pme_bruno,
        nom="Fromagerie des Causses",
        aide=alice["aide"],
        version=alice["version"],
        instructeur=instructeur_bretagne,
    )
    alice.update(pme_accompagnee_et_formee(pme_alice, alice["entreprise"]))
    bruno.update(pme_accompagnee_et_formee(pme_bruno, bruno["entreprise"]))
    return alice, bruno


def _export(client, user):
    client.force_login(user)
    response = client.get(reverse("rgpd:telecharger"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith('attachment; filename="croissance-')
    return json.loads(response.content), response.content.decode()


def test_every_merged_module_contributes_to_the_export():
    cles = {t.cle for t in registry.traitements()}
    assert {
        "compte",
        "entreprises",
        "diagnostic",
        "aides",
        "connecteurs",
        "einter",
        "formations",
        "ressources",
        "label",
    } <= cles


def test_export_holds_the_users_data_from_every_module_and_nothing_of_another(
    client, pme_alice, alice_et_bruno
):
    alice, _bruno = alice_et_bruno
    donnees, texte = _export(client, pme_alice)

    assert donnees["compte"]["donnees"]["compte"]["adresse_electronique"] == pme_alice.email
    entreprises = donnees["entreprises"]["donnees"]["entreprises_gerees"]
    assert [e["nom"] for e in entreprises] == ["Boulangerie du Port"]
    diagnostics = donnees["diagnostic"]["donnees"]["diagnostics"]
    assert len(diagnostics) == 1 and diagnostics[0]["statut"] == "Terminé"
    assert diagnostics[0]["reponses"][0]["reponse"] == "Oui"
    dossiers = donnees["aides"]["donnees"]["dossiers"]
    assert {d["etat"] for d in dossiers} == {"Accepté", "Brouillon"}
    assert dossiers[0]["pieces"][0]["nom"].endswith(".pdf")
    assert donnees["aides"]["donnees"]["aides_declarees"][0]["financeur"] == "Bpifrance"
    recherches = donnees["einter"]["donnees"]["recherches_sauvegardees"]
    assert [r["nom"] for r in recherches] == ["Leads de Boulangerie du Port"]
    temoignages = donnees["ressources"]["donnees"]["temoignages"]
    assert {t["titre"] for t in temoignages} == {
        "Réussite de Boulangerie du Port",
        "Brouillon de Boulangerie du Port",
    }
    assert donnees["ressources"]["donnees"]["avis_prestataires"][0]["note"] == 4
    assert donnees["label"]["donnees"]["chartes_signees"][0]["entreprise"] == "Boulangerie du Port"
    assert donnees["compte"]["donnees"]["courriels_envoyes"]
    mises_en_relation = donnees["connecteurs"]["donnees"]["demandes_de_mise_en_relation"]
    assert [d["message"] for d in mises_en_relation] == ["Besoin de Boulangerie du Port"] * 2
    assert mises_en_relation[0]["connecteurs"][0]["connecteur"] == alice["structure"].nom
    assert len(donnees["connecteurs"]["donnees"]["avis_deposes"]) == 2
    formations = donnees["formations"]["donnees"]
    assert {i["etat"] for i in formations["inscriptions"]} == {"Confirmée", "Demandée"}
    assert formations["avis"][0]["commentaire"] == "Très utile"
    assert formations["bourse_adhesions_signees"][0]["entreprise"] == "Boulangerie du Port"
    assert formations["bourse_mouvements_saisis"][0]["libelle"] == "Bienvenue Boulangerie du Port"

    assert "Fromagerie" not in texte
    assert "bruno" not in texte.lower()


def test_export_page_lists_every_module(client, pme_alice):
    client.force_login(pme_alice)
    response = client.get(reverse("rgpd:exporter"))
    assert response.status_code == 200
    assert "Vos autodiagnostics" in response.content.decode()
    assert reverse("rgpd:telecharger") in response.content.decode()


def test_both_pages_are_linked_from_every_role_space(
    client, pme_alice, connecteur_claire, instructeur_bretagne, mission_marc
):
    for user in (pme_alice, connecteur_claire, instructeur_bretagne, mission_marc):
        client.force_login(user)
        page = client.get(reverse("espace")).content.decode()
        assert reverse("rgpd:exporter") in page
        assert reverse("rgpd:supprimer") in page


def test_wrong_password_deletes_nothing(client, pme_alice, entreprise_alice):
    client.force_login(pme_alice)
    response = client.post(reverse("rgpd:supprimer"), {"mot_de_passe": "pas le bon"})
    assert response.status_code == 200
    assert "Mot de passe incorrect." in response.content.decode()
    pme_alice.refresh_from_db()
    assert pme_alice.is_active and pme_alice.email == "alice@pme.test"


def test_guessing_the_password_to_delete_is_limited_like_a_login(
    client, pme_alice, entreprise_alice
):
    from tests.factories import DEFAULT_PASSWORD

    client.force_login(pme_alice)
    for essai in range(5):
        client.post(reverse("rgpd:supprimer"), {"mot_de_passe": f"pas-le-bon-{essai}"})
    response = client.post(reverse("rgpd:supprimer"), {"mot_de_passe": DEFAULT_PASSWORD})
    assert response.status_code == 200
    assert "Trop de tentatives" in response.content.decode()
    pme_alice.refresh_from_db()
    assert pme_alice.is_active and pme_alice.email == "alice@pme.test"
    # the same counters as the login page: logging in elsewhere waits too
    client.logout()
    connexion = client.post(
        reverse("account_login"), {"login": pme_alice.email, "password": DEFAULT_PASSWORD}
    )
    assert "Trop de tentatives" in connexion.content.decode()


def test_deletion_keeps_exactly_what_the_law_and_statistics_need(
    client, pme_alice, instructeur_bretagne, alice_et_bruno, django_capture_on_commit_callbacks
):
    alice, bruno = alice_et_bruno
    EmailAddress.objects.create(user=pme_alice, email=pme_alice.email, verified=True, primary=True)
    adresse = pme_alice.email
    document_brouillon = alice["brouillon"].documents.get()
    chemin_brouillon = document_brouillon.fichier.path
    client.force_login(pme_alice)
    assert client.get(reverse("rgpd:supprimer")).status_code == 200
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("rgpd:supprimer"), {"mot_de_passe": DEFAULT_PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == reverse("rgpd:compte_supprime")
    # Logged out: Mon espace asks to log in again.
    assert client.get(reverse("espace")).status_code == 302
    assert "supprimé" in client.get(reverse("rgpd:compte_supprime")).content.decode()

    # The account: anonymised, unusable, its verified address gone.
    pme_alice.refresh_from_db()
    assert pme_alice.email == f"compte-supprime-{pme_alice.pk}@anonyme.invalid"
    assert str(pme_alice) == "Compte supprimé"
    assert not pme_alice.is_active and not pme_alice.has_usable_password()
    assert not EmailAddress.objects.filter(email__iexact=adresse).exists()
    assert not client.login(email=adresse, password=DEFAULT_PASSWORD)
    response = client.post(
        reverse("account_login"), {"login": adresse, "password": DEFAULT_PASSWORD}
    )
    assert "_auth_user_id" not in client.session

    # One confirmation email, to the address before it was erased; nothing else to it kept.
    assert [m.to for m in mail.outbox] == [[adresse]]
    assert "supprimé" in mail.outbox[0].subject
    assert Courriel.objects.filter(destinataires__icontains=adresse).count() == 1

    # Granted aid file: kept, the applicant anonymised, history reads « Compte supprimé ».
    accorde = Dossier.objects.get(pk=alice["accorde"].pk)
    assert accorde.etat == EtatDossier.ACCEPTE and accorde.demandeur == pme_alice
    assert str(accorde.demandeur) == "Compte supprimé"
    depot = HistoriqueDossier.objects.get(dossier=accorde, etat_apres=EtatDossier.DEPOSE)
    assert str(depot.auteur) == "Compte supprimé"
    # Draft aid file: gone with its document, file included.
    assert not Dossier.objects.filter(pk=alice["brouillon"].pk).exists()
    assert not Document.objects.filter(pk=document_brouillon.pk).exists()
    assert not os.path.exists(chemin_brouillon)
    # Diagnostic: kept for the indicators, detached from the person and the company.
    resultat = Resultat.objects.get(pk=alice["resultat"].pk)
    assert resultat.user is None and resultat.entreprise is None
    assert resultat.score_global == alice["resultat"].score_global
    assert resultat.jeton != alice["resultat"].jeton
    assert resultat.reponses.exists()
    # Saved search, pending testimonial and rating: gone; published testimonial detached.
    assert not RechercheSauvegardee.objects.filter(pk=alice["recherche"].pk).exists()
    assert not Temoignage.objects.filter(pk=alice["temoignage_en_attente"].pk).exists()
    assert Temoignage.objects.get(pk=alice["temoignage_publie"].pk).auteur is None
    assert not AvisPrestataire.objects.filter(pk=alice["avis"].pk).exists()
    # The company stays (public data, aid file), without its former manager.
    entreprise = alice["entreprise"]
    entreprise.refresh_from_db()
    assert not entreprise.gestionnaires.exists()
    assert AideDeclaree.objects.filter(entreprise=entreprise).exists()
    assert str(SignatureCharte.objects.get(entreprise=entreprise).signataire) == "Compte supprimé"
    # Requests to connecteurs: kept for their follow-up, without author; the published rating
    # stays, the one awaiting moderation goes.
    assert Demande.objects.filter(entreprise=entreprise, auteur=None).count() == 2
    publie, en_moderation = alice["avis_connecteur"]
    assert AvisConnecteur.objects.filter(pk=publie.pk).exists()
    assert not AvisConnecteur.objects.filter(pk=en_moderation.pk).exists()
    # Trainings: the attended session is kept (participant erased) with its rating, now
    # without author; the pending enrolment is gone.
    suivie = Inscription.objects.get(pk=alice["inscription_suivie"].pk)
    assert suivie.participant_nom == "Participant supprimé"
    assert suivie.participant_email.endswith("@anonyme.invalid")
    assert str(suivie.demandeur) == "Compte supprimé"
    assert AvisFormation.objects.get(pk=alice["avis_formation"].pk).auteur is None
    assert not Inscription.objects.filter(pk=alice["inscription_en_attente"].pk).exists()
    # Time bank: the entreprise's account and the ledger stay, without the person.
    assert MembreBourse.objects.get(pk=alice["membre_bourse"].pk).adhesion_par is None
    assert Mouvement.objects.get(pk=alice["mouvement"].pk).auteur is None

    # Bruno's data is untouched.
    assert Dossier.objects.filter(demandeur__email="bruno@pme.test").count() == 2
    assert Resultat.objects.get(pk=bruno["resultat"].pk).user.email == "bruno@pme.test"
    assert RechercheSauvegardee.objects.filter(pk=bruno["recherche"].pk).exists()
    assert Temoignage.objects.filter(pk=bruno["temoignage_en_attente"].pk).exists()
    assert AvisPrestataire.objects.filter(pk=bruno["avis"].pk).exists()
    assert bruno["entreprise"].gestionnaires.get().email == "bruno@pme.test"
    assert Courriel.objects.filter(destinataires__icontains="bruno@pme.test").exists()
    assert Demande.objects.filter(auteur__email="bruno@pme.test").count() == 2
    assert AvisConnecteur.objects.filter(pk=bruno["avis_connecteur"][1].pk).exists()
    assert Inscription.objects.filter(demandeur__email="bruno@pme.test").count() == 2
    assert AvisFormation.objects.get(pk=bruno["avis_formation"].pk).auteur.email == (
        "bruno@pme.test"
    )
    assert Mouvement.objects.get(pk=bruno["mouvement"].pk).auteur is not None


def test_an_erasure_failure_rolls_everything_back(pme_alice, alice_et_bruno, monkeypatch):
    alice, _bruno = alice_et_bruno

    def panne(user):
        raise RuntimeError("panne")

    monkeypatch.setitem(
        registry._TRAITEMENTS,
        "zz-panne",
        registry.Traitement("zz-panne", "Panne", lambda user: {}, panne, ordre=99),
    )
    with pytest.raises(RuntimeError):
        services.supprimer_compte(user=pme_alice)
    pme_alice.refresh_from_db()
    assert pme_alice.is_active and pme_alice.email == "alice@pme.test"
    assert Dossier.objects.filter(pk=alice["brouillon"].pk).exists()
    assert RechercheSauvegardee.objects.filter(pk=alice["recherche"].pk).exists()


def test_a_connecteur_or_instructeur_can_delete_their_account(
    client, instructeur_bretagne, alice_et_bruno
):
    alice, _bruno = alice_et_bruno
    client.force_login(instructeur_bretagne)
    response = client.post(reverse("rgpd:supprimer"), {"mot_de_passe": DEFAULT_PASSWORD})
    assert response.status_code == 302
    instructeur_bretagne.refresh_from_db()
    assert not instructeur_bretagne.regions.exists()
    # The files they decided keep their decision, signed « Compte supprimé ».
    decision = HistoriqueDossier.objects.filter(
        dossier=alice["accorde"], etat_apres=EtatDossier.ACCEPTE
    ).get()
    assert str(decision.auteur) == "Compte supprimé"


def test_a_connecteur_member_leaves_the_structure_which_stays(client, connecteur_claire):
    structure = ConnecteurFactory(nom="CCI du Finistère", membres=[connecteur_claire])
    collegue = UserFactory(connecteur=True)
    Membre.objects.create(connecteur=structure, user=collegue)
    donnees, _texte = _export(client, connecteur_claire)
    assert donnees["connecteurs"]["donnees"]["structures"][0]["structure"] == "CCI du Finistère"

    services.supprimer_compte(user=connecteur_claire)

    structure.refresh_from_db()
    assert list(structure.membres.all()) == [collegue]
    assert structure.signatures.exists()


def test_instructor_export_holds_their_decisions_only(client, instructeur_bretagne, alice_et_bruno):
    alice, bruno = alice_et_bruno
    donnees, _texte = _export(client, instructeur_bretagne)
    etapes = donnees["aides"]["donnees"]["etapes_d_instruction"]
    assert {e["dossier"] for e in etapes} == {alice["accorde"].pk, bruno["accorde"].pk}
    assert {e["etat"] for e in etapes} == {"Accepté"}
    assert donnees["aides"]["donnees"]["dossiers"] == []


def test_export_costs_the_same_queries_whatever_the_data_size(
    client, pme_alice, instructeur_bretagne, django_assert_max_num_queries
):
    client.force_login(pme_alice)
    premier = pme_complete(pme_alice, nom="Boulangerie du Port", instructeur=instructeur_bretagne)
    pme_accompagnee_et_formee(pme_alice, premier["entreprise"])
    # one query (or so) per kind of data, whatever their number
    with django_assert_max_num_queries(43):
        assert client.get(reverse("rgpd:telecharger")).status_code == 200
    for n in range(2):
        autre = pme_complete(
            pme_alice,
            nom=f"Librairie {n}",
            aide=premier["aide"],
            version=premier["version"],
            instructeur=instructeur_bretagne,
        )
        pme_accompagnee_et_formee(pme_alice, autre["entreprise"])
    with django_assert_max_num_queries(43):
        response = client.get(reverse("rgpd:telecharger"))
    donnees = json.loads(response.content)
    assert len(donnees["aides"]["donnees"]["dossiers"]) == 6
    assert len(donnees["formations"]["donnees"]["inscriptions"]) == 6


def test_other_sessions_of_the_deleted_account_are_closed(pme_alice, client):
    from django.test import Client

    autre_appareil = Client()
    autre_appareil.force_login(pme_alice)
    assert autre_appareil.get(reverse("espace")).status_code == 200
    client.force_login(pme_alice)
    client.post(reverse("rgpd:supprimer"), {"mot_de_passe": DEFAULT_PASSWORD})
    assert autre_appareil.get(reverse("espace")).status_code == 302
