from decimal import Decimal

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from aides import services
from aides.enums import EtatDossier
from aides.models import Aide, AideDeclaree

from .factories import (
    AideFactory,
    connecteur_labellise,
    dossier_brouillon,
    dossier_depose,
    dossier_en_instruction,
)

pytestmark = pytest.mark.django_db


def test_submission_computes_the_grant_and_records_history(
    pme_alice, librairie, aide_bretagne, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        dossier = dossier_depose(user=pme_alice, entreprise=librairie, aide=aide_bretagne)
    assert dossier.etat == EtatDossier.DEPOSE
    assert dossier.montant_sollicite == Decimal("6000.00")
    assert dossier.region_id == "53"
    assert [h.etat_apres for h in dossier.historique.all()] == ["brouillon", "depose"]
    assert mail.outbox[-1].to == ["alice@pme.test"]
    assert "déposé" in mail.outbox[-1].subject


def test_ineligible_project_cannot_be_submitted(pme_alice, librairie, aide_bretagne):
    dossier = dossier_brouillon(
        user=pme_alice, entreprise=librairie, aide=aide_bretagne, montant=Decimal("1500")
    )
    with pytest.raises(ValidationError) as error:
        services.dossier_deposer(dossier=dossier, user=pme_alice)
    assert "inférieur au minimum de 2\u202f000 €" in " ".join(error.value.messages)
    dossier.refresh_from_db()
    assert dossier.etat == EtatDossier.BROUILLON


def test_closed_aid_accepts_no_new_file(pme_alice, librairie):
    aide = AideFactory(date_cloture=timezone.localdate() - timezone.timedelta(days=1))
    with pytest.raises(ValidationError, match="n'accepte pas de nouvelle demande"):
        services.dossier_creer(user=pme_alice, aide=aide, entreprise=librairie, titre="Site")


def test_sme_cannot_apply_for_an_entreprise_it_does_not_manage(pme_bruno, librairie, aide_bretagne):
    with pytest.raises(PermissionDenied):
        services.dossier_creer(user=pme_bruno, aide=aide_bretagne, entreprise=librairie, titre="X")


def test_acceptance_consumes_envelope_and_refusal_releases_nothing(
    pme_alice, librairie, aide_bretagne, instructeur_bretagne
):
    premier = dossier_en_instruction(user=pme_alice, entreprise=librairie, aide=aide_bretagne)
    second = dossier_en_instruction(user=pme_alice, entreprise=librairie, aide=aide_bretagne)
    services.dossier_accepter(
        dossier=premier, instructeur=instructeur_bretagne, montant=Decimal("6000"), motif="Conforme"
    )
    aide = Aide.objects.get(pk=aide_bretagne.pk)
    assert (aide.montant_engage, aide.beneficiaires_engages) == (Decimal("6000"), 1)
    with pytest.raises(ValidationError, match="enveloppe de l'aide ne suffit plus"):
        services.dossier_accepter(
            dossier=second, instructeur=instructeur_bretagne, montant=Decimal("6000"), motif="OK"
        )
    services.dossier_refuser(dossier=second, instructeur=instructeur_bretagne, motif="Hors sujet")
    aide.refresh_from_db()
    assert aide.montant_engage == Decimal("6000")
    assert aide.beneficiaires_engages == 1


def test_beneficiary_count_is_a_limit(pme_alice, librairie, instructeur_bretagne):
    aide = AideFactory(enveloppe_beneficiaires=1)
    a = dossier_en_instruction(user=pme_alice, entreprise=librairie, aide=aide)
    b = dossier_en_instruction(user=pme_alice, entreprise=librairie, aide=aide)
    services.dossier_accepter(
        dossier=a, instructeur=instructeur_bretagne, montant=Decimal("10"), motif="OK"
    )
    with pytest.raises(ValidationError, match="nombre maximal de bénéficiaires"):
        services.dossier_accepter(
            dossier=b, instructeur=instructeur_bretagne, montant=Decimal("10"), motif="OK"
        )


def test_granted_amount_cannot_exceed_the_computed_grant(
    pme_alice, librairie, aide_bretagne, instructeur_bretagne
):
    dossier = dossier_en_instruction(user=pme_alice, entreprise=librairie, aide=aide_bretagne)
    with pytest.raises(ValidationError, match="dépasse le montant calculé"):
        services.dossier_accepter(
            dossier=dossier,
            instructeur=instructeur_bretagne,
            montant=Decimal("6000.01"),
            motif="OK",
        )


def test_incomplete_then_resubmitted(pme_alice, librairie, aide_bretagne, instructeur_bretagne):
    dossier = dossier_en_instruction(user=pme_alice, entreprise=librairie, aide=aide_bretagne)
    services.dossier_demander_pieces(
        dossier=dossier, instructeur=instructeur_bretagne, motif="Kbis"
    )
    dossier.refresh_from_db()
    assert dossier.etat == EtatDossier.INCOMPLET
    services.dossier_deposer(dossier=dossier, user=pme_alice)
    dossier.refresh_from_db()
    assert dossier.etat == EtatDossier.DEPOSE
    assert dossier.historique.last().motif == "Dossier complété et déposé à nouveau."


def test_de_minimis_warns_before_exceeding(
    pme_alice, librairie, aide_bretagne, instructeur_bretagne
):
    AideDeclaree.objects.create(
        entreprise=librairie,
        financeur="Autre",
        montant=Decimal("297000"),
        date_octroi=timezone.localdate(),
    )
    dossier = dossier_en_instruction(user=pme_alice, entreprise=librairie, aide=aide_bretagne)
    with pytest.raises(ValidationError, match="plafond"):
        services.dossier_accepter(
            dossier=dossier, instructeur=instructeur_bretagne, montant=Decimal("6000"), motif="OK"
        )
    services.dossier_accepter(
        dossier=dossier,
        instructeur=instructeur_bretagne,
        montant=Decimal("6000"),
        motif="OK",
        depassement_confirme=True,
    )


def test_prevalidation_by_the_accompanying_labelled_connecteur(
    pme_alice, librairie, connecteur_claire, settings
):
    settings.AIDES_PART_CONTROLE_A_POSTERIORI = 1
    cci = connecteur_labellise(connecteur_claire, siret="")
    aide = AideFactory(connecteur_labellise_requis=True)
    dossier = dossier_depose(user=pme_alice, entreprise=librairie, aide=aide, connecteur=cci)
    with pytest.raises(ValidationError):
        services.dossier_prevalider(
            dossier=dossier, user=connecteur_claire, declaration_sans_interet=False
        )
    services.dossier_prevalider(
        dossier=dossier, user=connecteur_claire, declaration_sans_interet=True
    )
    dossier.refresh_from_db()
    assert dossier.etat == EtatDossier.PREVALIDE
    assert dossier.prevalide_par == cci
    assert dossier.controle_a_posteriori


def test_provider_on_a_quote_cannot_prevalidate(
    pme_alice, librairie, aide_bretagne, connecteur_claire
):
    cci = connecteur_labellise(connecteur_claire, siret="35000000602044")
    dossier = dossier_depose(
        user=pme_alice,
        entreprise=librairie,
        aide=aide_bretagne,
        connecteur=cci,
        siret_prestataire="35000000602044",
    )
    with pytest.raises(ValidationError, match="conflit d'intérêts"):
        services.dossier_prevalider(
            dossier=dossier, user=connecteur_claire, declaration_sans_interet=True
        )


def test_other_connecteur_cannot_prevalidate(
    pme_alice, librairie, aide_bretagne, connecteur_claire
):
    from tests.factories import UserFactory

    cci = connecteur_labellise(connecteur_claire)
    autre = UserFactory(connecteur=True)
    connecteur_labellise(autre, nom="Autre")
    dossier = dossier_depose(
        user=pme_alice, entreprise=librairie, aide=aide_bretagne, connecteur=cci
    )
    with pytest.raises(PermissionDenied):
        services.dossier_prevalider(dossier=dossier, user=autre, declaration_sans_interet=True)


def test_bulk_refusal_with_one_reason(pme_alice, librairie, aide_bretagne, instructeur_bretagne):
    dossiers = [
        dossier_en_instruction(user=pme_alice, entreprise=librairie, aide=aide_bretagne)
        for _ in range(3)
    ]
    services.dossier_accepter(
        dossier=dossiers[0], instructeur=instructeur_bretagne, montant=Decimal("100"), motif="OK"
    )
    faits, echecs = services.dossiers_decider_en_lot(
        dossiers=dossiers, instructeur=instructeur_bretagne, decision="refuser", motif="Hors cible"
    )
    assert faits == 2
    assert len(echecs) == 1
    for dossier in dossiers[1:]:
        dossier.refresh_from_db()
        assert dossier.etat == EtatDossier.REFUSE
        assert dossier.historique.last().motif == "Hors cible"


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True)
def test_two_instructors_accepting_at_once_never_overspend(pme_alice, instructeur_bretagne):
    import threading

    from django.db import connection

    from tests.factories import EntrepriseFactory

    entreprise = EntrepriseFactory(gestionnaires=[pme_alice])
    aide = AideFactory(enveloppe_montant="6000")
    dossiers = [
        dossier_en_instruction(user=pme_alice, entreprise=entreprise, aide=aide) for _ in range(2)
    ]
    barrier = threading.Barrier(2)
    errors = []

    def accepter(dossier):
        try:
            barrier.wait()
            services.dossier_accepter(
                dossier=dossier,
                instructeur=instructeur_bretagne,
                montant=Decimal("6000"),
                motif="OK",
            )
        except ValidationError as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=accepter, args=(d,)) for d in dossiers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    aide.refresh_from_db()
    assert aide.montant_engage == Decimal("6000")
    assert aide.beneficiaires_engages == 1
    assert len(errors) == 1


def test_withdrawal_releases_nothing_and_is_closed_once_instructed(
    pme_alice, librairie, aide_bretagne
):
    depose = dossier_depose(user=pme_alice, entreprise=librairie, aide=aide_bretagne)
    services.dossier_retirer(dossier=depose, user=pme_alice)
    depose.refresh_from_db()
    assert depose.etat == EtatDossier.CLASSE
    aide = Aide.objects.get(pk=aide_bretagne.pk)
    assert (aide.montant_engage, aide.beneficiaires_engages) == (Decimal("0"), 0)
    instruit = dossier_en_instruction(user=pme_alice, entreprise=librairie, aide=aide_bretagne)
    with pytest.raises(ValidationError, match="ne peut plus être retiré"):
        services.dossier_retirer(dossier=instruit, user=pme_alice)


def test_draft_cannot_be_edited_once_submitted(pme_alice, librairie, aide_bretagne):
    dossier = dossier_depose(user=pme_alice, entreprise=librairie, aide=aide_bretagne)
    with pytest.raises(ValidationError, match="ne peut plus être modifié"):
        services.ligne_ajouter(
            dossier=dossier,
            user=pme_alice,
            type_depense="site",
            libelle="X",
            montant_ht=Decimal("5"),
        )
