"""Once the label is granted, the application is the record of what was judged: its references,
documents and scores no longer change, in the admin, in the services or in the structure's
space; the structure opens a new version (renewal) instead."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from connecteurs import services
from connecteurs.enums import EtatCandidature, TypePiece
from connecteurs.models import Candidature, Critere, Evaluation, Note, Piece
from tests.aides.factories import pdf
from tests.connecteurs.factories import CandidatureFactory, PrestationFactory
from tests.securite.formulaire_admin import donnees_du_formulaire

pytestmark = pytest.mark.django_db

REFERENCES = "Crêperie d'Armor : boutique en ligne & click-and-collect (2025)."


@pytest.fixture
def labellisee(cci_finistere, mission_marc):
    candidature = CandidatureFactory(
        connecteur=cci_finistere,
        references=REFERENCES,
        etat=EtatCandidature.LABELLISEE,
        soumise_le=timezone.now(),
        decidee_le=timezone.now(),
    )
    Piece.objects.create(
        candidature=candidature, type_piece=TypePiece.REFERENCE, titre="Attestation", fichier=pdf()
    )
    evaluation = Evaluation.objects.create(
        candidature=candidature, evaluateur=mission_marc, terminee_le=timezone.now()
    )
    critere = Critere.objects.create(libelle="Méthode", note_max=5, plancher=2, ordre=1)
    Note.objects.create(evaluation=evaluation, critere=critere, score=4)
    PrestationFactory(connecteur=cci_finistere)
    return candidature


def test_the_admin_shows_a_labelled_application_read_only(client, mission_marc, labellisee):
    client.force_login(mission_marc)
    url = reverse("admin:connecteurs_candidature_change", args=[labellisee.pk])
    page = client.get(url)
    form = page.context["adminform"].form
    assert not {"references", "certifications", "equipe", "connecteur"} & set(form.fields)
    pieces = next(i for i in page.context["inline_admin_formsets"] if i.formset.model is Piece)
    assert not pieces.has_add_permission and not pieces.has_change_permission
    assert not pieces.has_delete_permission

    data = {**donnees_du_formulaire(page), "references": "Réécrit après coup"}
    client.post(url, data)

    labellisee.refresh_from_db()
    assert labellisee.references == REFERENCES
    assert labellisee.pieces.count() == 1


def test_a_draft_stays_editable_in_the_admin(client, mission_marc, cci_finistere):
    brouillon = CandidatureFactory(connecteur=cci_finistere)
    client.force_login(mission_marc)
    page = client.get(reverse("admin:connecteurs_candidature_change", args=[brouillon.pk]))
    assert "references" in page.context["adminform"].form.fields


def test_the_services_refuse_to_change_it(labellisee, mission_marc):
    with pytest.raises(ValidationError):
        services.candidature_modifier(candidature=labellisee)
    with pytest.raises(ValidationError):
        services.piece_ajouter(
            candidature=labellisee,
            piece=Piece(type_piece=TypePiece.CV, titre="CV", fichier=pdf("cv.pdf")),
        )
    with pytest.raises(ValidationError):
        services.piece_supprimer(piece=labellisee.pieces.get())
    evaluation = labellisee.evaluations.get()
    notes = {critere.pk: (1, "") for critere in Critere.objects.filter(actif=True)}
    with pytest.raises(ValidationError):
        services.evaluation_enregistrer(
            evaluation=evaluation, auteur=mission_marc, notes=notes, commentaire=""
        )
    assert [n.score for n in Note.objects.all()] == [4]


def test_the_structure_sees_it_read_only_and_opens_a_new_version(
    client, connecteur_claire, labellisee
):
    client.force_login(connecteur_claire)
    page = client.get(reverse("connecteurs:candidature")).content.decode()
    assert "Ce dossier est figé depuis l’attribution du label" in page.replace("'", "’")
    assert "Enregistrer le dossier" not in page and "Ajouter la pièce" not in page

    response = client.post(
        reverse("connecteurs:candidature"),
        {"references": "Réécrit après coup"},
    )
    assert response.status_code == 200
    labellisee.refresh_from_db()
    assert labellisee.references == REFERENCES

    client.post(reverse("connecteurs:candidature_creer"))

    nouvelle = Candidature.objects.exclude(pk=labellisee.pk).get()
    assert nouvelle.renouvellement_de == labellisee
    assert nouvelle.etat == EtatCandidature.BROUILLON and nouvelle.references == REFERENCES
    page = client.get(reverse("connecteurs:candidature")).content.decode()
    assert "Enregistrer le dossier" in page
    labellisee.refresh_from_db()
    assert labellisee.etat == EtatCandidature.LABELLISEE and labellisee.pieces.count() == 1
