"""An SME goes from the simulator to « Déposer » through the file's steps, as a person clicks;
the filing is acknowledged by email and by a tagged PDF read back with poppler."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from aides.enums import EtatDossier
from aides.models import Dossier
from tests.connecteurs.factories import ConnecteurFactory
from tests.parcours import Navigateur
from tests.pdf import verifier_accessible

from .factories import PDF, AideFactory, connecteur_labellise, dossier_brouillon, dossier_depose

pytestmark = pytest.mark.django_db


@pytest.fixture
def aide():
    return AideFactory(titre="Pass commerce numérique Bretagne")


@pytest.fixture
def connecteurs():
    """Two structures serving Bretagne on the aid's themes, and two that do not fit."""
    return {
        "signataire": ConnecteurFactory(nom="Médiateurs d'Armor", themes=["financement"]),
        "labellise": ConnecteurFactory(
            nom="CCI du Finistère", labellise=True, themes=["presence-en-ligne"]
        ),
        "autre_region": ConnecteurFactory(
            nom="Agence occitane", labellise=True, regions=["76"], themes=["presence-en-ligne"]
        ),
        "autre_theme": ConnecteurFactory(
            nom="Cyber Breizh", labellise=True, themes=["cybersecurite"]
        ),
    }


def simuler_puis_demander(client, user) -> Navigateur:
    """From the home page: the simulator, the aid found, its application form."""
    client.force_login(user)
    navigateur = Navigateur(client)
    navigateur.ouvrir("/")
    navigateur.cliquer("Trouver une aide")
    navigateur.cliquer("Simuler les aides pour mon projet")
    simulation = navigateur.formulaire("Simuler")
    simulation.remplir("Création de site internet (€ HT)", "12 000")
    navigateur.envoyer(simulation, "Simuler")
    navigateur.cliquer("Pass commerce numérique Bretagne")
    navigateur.cliquer("Demander cette aide")
    return navigateur


def test_from_the_simulator_to_filing_step_by_step(
    client, pme_alice, librairie, aide, connecteurs, mailoutbox, django_capture_on_commit_callbacks
):
    navigateur = simuler_puis_demander(client, pme_alice)
    assert "Les dépenses de votre simulation seront reprises" in navigateur.texte
    assert "Création de site internet : 12 000 € HT" in navigateur.texte
    creation = navigateur.formulaire("Créer mon dossier")
    creation.remplir("Titre du projet", "Site vitrine de la librairie")
    navigateur.envoyer(creation, "Créer mon dossier")
    dossier = Dossier.objects.get()

    # 1. The project
    assert "Votre projet Étape 1 sur 5" in navigateur.texte
    projet = navigateur.formulaire("Enregistrer et continuer")
    projet.remplir("Description du projet", "Un site pour présenter la librairie.")
    navigateur.envoyer(projet, "Enregistrer et continuer")

    # 2. The expenses: the simulation's are there; a half-typed one survives going back
    assert "Les dépenses Étape 2 sur 5" in navigateur.texte
    assert "Création de site internet Création de site internet 12 000 €" in navigateur.texte
    depense = navigateur.formulaire("Ajouter la dépense")
    depense.choisir("Type de dépense", "Référencement")
    depense.remplir("Libellé", "Référencement local")
    depense.remplir("Montant HT (€)", "mille cinq cents")
    navigateur.envoyer(depense, "Étape précédente")
    assert "Votre projet Étape 1 sur 5" in navigateur.texte
    assert "Un site pour présenter la librairie." in navigateur.html
    navigateur.envoyer(
        navigateur.formulaire("Enregistrer et continuer"), "Enregistrer et continuer"
    )
    assert 'value="Référencement local"' in navigateur.html
    assert any("Saisissez un montant en euros" in erreur for erreur in navigateur.erreurs())
    depense = navigateur.formulaire("Ajouter la dépense")
    depense.remplir("Montant HT (€)", "1 500")
    navigateur.envoyer(depense, "Ajouter la dépense")
    assert "La dépense est ajoutée." in navigateur.texte
    navigateur.envoyer(
        navigateur.formulaire("Enregistrer et continuer"), "Enregistrer et continuer"
    )

    # 3. The documents: the quote goes with the step's button
    assert "Les pièces justificatives Étape 3 sur 5" in navigateur.texte
    piece = navigateur.formulaire("Joindre la pièce")
    piece.choisir("Nature de la pièce", "Devis")
    piece.joindre("Fichier", SimpleUploadedFile("devis-agence.pdf", PDF, "application/pdf"))
    piece.remplir("SIRET du prestataire (pour un devis)", "350 000 006 020 44")
    navigateur.envoyer(piece, "Enregistrer et continuer")

    # 4. The connecteur: those of the region on the aid's themes, labelled first
    assert "Le connecteur qui vous accompagne Étape 4 sur 5" in navigateur.texte
    texte = navigateur.texte
    assert texte.index("CCI du Finistère") < texte.index("Médiateurs d'Armor")
    assert "Agence occitane" not in texte and "Cyber Breizh" not in texte
    choix = navigateur.formulaire("Enregistrer et continuer")
    choix.cocher("CCI du Finistère – connecteur labellisé")
    navigateur.envoyer(choix, "Enregistrer et continuer")

    # 5. The summary, then « Déposer » once confirmed
    assert "Récapitulatif et dépôt Étape 5 sur 5" in navigateur.texte
    for attendu in (
        "Site vitrine de la librairie",
        "Un site pour présenter la librairie.",
        "Référencement local",
        "devis-agence.pdf",
        "Accompagné par : CCI du Finistère",
        "Projet éligible : 6 750 €",
    ):
        assert attendu in navigateur.texte, attendu
    navigateur.envoyer(navigateur.formulaire("Déposer mon dossier"), "Déposer mon dossier")
    assert "Cochez la case pour confirmer le dépôt du dossier." in navigateur.erreurs()
    dossier.refresh_from_db()
    assert dossier.etat == EtatDossier.BROUILLON
    depot = navigateur.formulaire("Déposer mon dossier")
    depot.cocher(re.compile("^Je certifie que les informations de ce dossier sont exactes"))
    with django_capture_on_commit_callbacks(execute=True):
        navigateur.envoyer(depot, "Déposer mon dossier")
    assert "Votre dossier est déposé" in navigateur.texte
    dossier.refresh_from_db()
    assert dossier.etat == EtatDossier.DEPOSE
    assert [ligne.montant_ht for ligne in dossier.lignes.all()] == [12000, 1500]

    # The acknowledgement of receipt, by email: plain text, number and date in Paris time
    depose_le = timezone.localtime(dossier.depose_le)
    assert str(depose_le.tzinfo) == "Europe/Paris"
    courriel = mailoutbox[-1]
    assert courriel.to == [pme_alice.email]
    jour = date_format(depose_le, "j F Y")  # « 7 décembre 2026 »
    assert courriel.subject == f"Accusé de réception : dossier n° {dossier.pk} déposé le {jour}"
    assert not getattr(courriel, "alternatives", None)
    assert f"Numéro du dossier : {dossier.pk}" in courriel.body
    assert f"à {depose_le:%H:%M} (heure de Paris)" in courriel.body
    assert "Aide demandée : Pass commerce numérique Bretagne (Région Bretagne)" in courriel.body
    assert "Montant calculé selon les règles de l'aide : 6 750 €" in courriel.body.replace(
        "\u202f", " "
    )
    assert "&#x27;" not in courriel.body and "&amp;" not in courriel.body
    assert reverse("aides:dossier", args=[dossier.pk]) in courriel.body

    # … and as a tagged PDF from the file's page
    navigateur.cliquer(re.compile("^Télécharger l'accusé de réception"))
    assert navigateur.reponse["Content-Type"] == "application/pdf"
    lu = verifier_accessible(
        navigateur.reponse.content, titre=f"Accusé de réception – dossier n° {dossier.pk}"
    )
    for attendu in (
        f"Dossier n° {dossier.pk}",
        f"Déposé le {jour} à {depose_le:%H:%M} (heure de Paris)",
        f"Librairie des Mots, SIRET {librairie.siret}",
        "Pass commerce numérique Bretagne — Région Bretagne",
        "Site vitrine de la librairie",
        "Référencement local 1 500 €",
        "Total 13 500 €",
        "Devis : devis-agence.pdf",
        "Accompagné par CCI du Finistère",
    ):
        assert attendu in lu, (attendu, lu)


def test_the_regions_instructeur_downloads_the_acknowledgement_from_the_file(
    client, pme_alice, librairie, aide, instructeur_bretagne, instructeur_occitanie
):
    dossier = dossier_depose(user=pme_alice, entreprise=librairie, aide=aide)
    client.force_login(instructeur_bretagne)
    navigateur = Navigateur(client)
    navigateur.ouvrir(reverse("aides:instruction"))
    navigateur.cliquer("Site")
    navigateur.cliquer(re.compile("^Accusé de réception"))
    lu = verifier_accessible(
        navigateur.reponse.content, titre=f"Accusé de réception – dossier n° {dossier.pk}"
    )
    assert f"Dossier n° {dossier.pk}" in lu
    client.force_login(instructeur_occitanie)
    url = reverse("aides:accuse_reception", args=[dossier.pk])
    assert client.get(url).status_code == 404


def test_a_draft_has_no_acknowledgement_and_a_filed_file_no_steps(
    client, pme_alice, librairie, aide
):
    brouillon = dossier_brouillon(user=pme_alice, entreprise=librairie, aide=aide)
    client.force_login(pme_alice)
    assert client.get(reverse("aides:accuse_reception", args=[brouillon.pk])).status_code == 404
    page = client.get(reverse("aides:dossier", args=[brouillon.pk])).content.decode()
    assert "accusé de réception" not in page.lower()
    dossier_depose(user=pme_alice, entreprise=librairie, aide=aide)
    depose = Dossier.objects.filter(etat=EtatDossier.DEPOSE).get()
    response = client.get(reverse("aides:etape", args=[depose.pk, "depenses"]))
    assert response.url == reverse("aides:dossier", args=[depose.pk])


def test_only_a_connecteur_the_step_offers_may_be_named(
    client, pme_alice, librairie, aide, connecteurs
):
    from django.core.exceptions import ValidationError

    from aides import services

    dossier = dossier_brouillon(user=pme_alice, entreprise=librairie, aide=aide)
    with pytest.raises(ValidationError, match="intervient dans votre région"):
        services.dossier_choisir_connecteur(
            dossier=dossier, user=pme_alice, connecteur=connecteurs["autre_region"]
        )
    services.dossier_choisir_connecteur(
        dossier=dossier, user=pme_alice, connecteur=connecteurs["signataire"]
    )
    dossier.refresh_from_db()
    assert dossier.connecteur == connecteurs["signataire"]


@pytest.mark.parametrize("lignes", [1, 12])
def test_step_pages_query_count(
    client, pme_alice, librairie, aide, connecteurs, django_assert_max_num_queries, lignes
):
    dossier = dossier_brouillon(user=pme_alice, entreprise=librairie, aide=aide)
    for numero in range(lignes - 1):
        dossier.lignes.create(type_depense="conseil", libelle=f"Conseil {numero}", montant_ht=100)
    client.force_login(pme_alice)
    for etape in ("projet", "depenses", "pieces", "connecteur", "recapitulatif"):
        with django_assert_max_num_queries(14):
            response = client.get(reverse("aides:etape", args=[dossier.pk, etape]))
        assert response.status_code == 200, etape


def test_a_connecteur_named_before_stays_offered_and_kept(client, pme_alice, librairie, aide):
    """A structure the file named when it still fit (here, outside the directory) is shown
    ticked, and passing through the step keeps it."""
    ancien = connecteur_labellise(nom="CCI d'avant")
    dossier = dossier_brouillon(user=pme_alice, entreprise=librairie, aide=aide, connecteur=ancien)
    client.force_login(pme_alice)
    navigateur = Navigateur(client)
    navigateur.ouvrir(reverse("aides:etape", args=[dossier.pk, "connecteur"]))
    choix = navigateur.formulaire("Enregistrer et continuer")
    navigateur.envoyer(choix, "Enregistrer et continuer")
    assert "Récapitulatif et dépôt Étape 5 sur 5" in navigateur.texte
    dossier.refresh_from_db()
    assert dossier.connecteur == ancien
