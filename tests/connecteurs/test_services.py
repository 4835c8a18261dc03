from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from connecteurs import services
from connecteurs.enums import (
    EtatCandidature,
    EtatLabel,
    EtatReponse,
    Niveau,
    StatutAvis,
    StatutDemande,
)
from connecteurs.models import CharteVersion, Connecteur, Critere, Evaluation
from connecteurs.selectors import annuaire, connecteurs_correspondants, resultat_grille
from tests.connecteurs.factories import CandidatureFactory, ConnecteurFactory, PrestationFactory
from tests.factories import EntrepriseFactory, UserFactory, theme

pytestmark = pytest.mark.django_db


def _profil(user, **extra):
    connecteur = Connecteur(nom="Médiathèque de Lorient", type_acteur="mediateur", **extra)
    return services.connecteur_enregistrer(
        connecteur=connecteur, user=user, m2m={"regions": ["53"], "themes": [theme("competences")]}
    )


class TestProfilEtCharte:
    def test_a_new_structure_appears_in_the_directory_once_it_signs(self, connecteur_claire):
        connecteur = _profil(connecteur_claire)
        assert connecteur not in annuaire()
        services.charte_signer(connecteur=connecteur, user=connecteur_claire)
        assert connecteur in annuaire()
        signature = connecteur.signatures.get()
        assert signature.version.numero == 1
        assert signature.signataire == connecteur_claire

    def test_presentation_is_sanitised(self, connecteur_claire):
        connecteur = _profil(
            connecteur_claire, presentation="<p>Bonjour</p><script>alert(1)</script>"
        )
        assert connecteur.presentation == "<p>Bonjour</p>"

    def test_an_area_is_required_unless_national(self, connecteur_claire):
        with pytest.raises(ValidationError):
            services.connecteur_enregistrer(
                connecteur=Connecteur(nom="X", type_acteur="cci"), user=connecteur_claire, m2m={}
            )

    def test_a_pme_cannot_create_a_structure(self, pme_alice):
        with pytest.raises(PermissionDenied):
            _profil(pme_alice)

    def test_a_new_charter_version_asks_to_sign_again(self, cci_finistere, connecteur_claire):
        with pytest.raises(ValidationError):
            services.charte_signer(connecteur=cci_finistere, user=connecteur_claire)
        CharteVersion.objects.create(numero=2, texte="Nouvelle charte")
        services.charte_signer(connecteur=cci_finistere, user=connecteur_claire)
        assert sorted(cci_finistere.signatures.values_list("version__numero", flat=True)) == [1, 2]

    def test_mission_reminds_only_structures_that_have_not_signed_the_new_version(
        self, cci_finistere, connecteur_claire, django_capture_on_commit_callbacks
    ):
        autre = ConnecteurFactory(membres=[UserFactory(connecteur=True)])
        CharteVersion.objects.create(numero=2, texte="Nouvelle charte")
        services.charte_signer(connecteur=cci_finistere, user=connecteur_claire)
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            assert services.charte_rappeler(connecteurs=Connecteur.objects.all()) == 1
        assert mail.outbox[0].to == [autre.membres.get().email, autre.email_contact]


@pytest.fixture
def candidature(cci_finistere, connecteur_claire):
    PrestationFactory(connecteur=cci_finistere)
    candidature = services.candidature_creer(connecteur=cci_finistere, auteur=connecteur_claire)
    candidature.references = "Trois boulangeries accompagnées vers la vente en ligne."
    candidature.save()
    return candidature


def _noter(evaluation, score):
    return services.evaluation_enregistrer(
        evaluation=evaluation,
        auteur=evaluation.evaluateur,
        notes={c.pk: (score, "") for c in Critere.objects.filter(actif=True)},
        commentaire="",
    )


class TestLabel:
    def test_full_workflow_to_labelled_with_history_and_emails(
        self,
        candidature,
        connecteur_claire,
        mission_marc,
        instructeur_bretagne,
        django_capture_on_commit_callbacks,
    ):
        with django_capture_on_commit_callbacks(execute=True):
            services.candidature_soumettre(candidature=candidature, auteur=connecteur_claire)
            services.evaluateur_affecter(
                candidature=candidature, evaluateur=mission_marc, auteur=mission_marc
            )
            services.evaluateur_affecter(
                candidature=candidature, evaluateur=instructeur_bretagne, auteur=mission_marc
            )
        for evaluation in Evaluation.objects.filter(candidature=candidature):
            _noter(evaluation, 4)
        assert resultat_grille(candidature).reussite
        with django_capture_on_commit_callbacks(execute=True):
            services.candidature_decider(
                candidature=candidature, auteur=instructeur_bretagne, decision="labellisee"
            )
        candidature.refresh_from_db()
        connecteur = candidature.connecteur
        connecteur.refresh_from_db()
        assert candidature.etat == EtatCandidature.LABELLISEE
        assert connecteur.niveau == Niveau.LABELLISE
        assert connecteur.label_expire_le.year == timezone.localdate().year + 3
        assert [h.etat_apres for h in candidature.historique.all()] == [
            "brouillon",
            "soumise",
            "en_evaluation",
            "labellisee",
        ]
        assert Evaluation.objects.get(evaluateur=instructeur_bretagne).co_evaluateur
        sujets = [m.subject for m in mail.outbox]
        assert any("Nouvelle candidature" in s for s in sujets)
        assert any("Vous évaluez" in s for s in sujets)
        assert any("labellisée" in s for s in sujets)

    def test_grid_below_a_floor_cannot_be_labelled(
        self, candidature, connecteur_claire, mission_marc
    ):
        services.candidature_soumettre(candidature=candidature, auteur=connecteur_claire)
        evaluation = services.evaluateur_affecter(
            candidature=candidature, evaluateur=mission_marc, auteur=mission_marc
        )
        notes = {c.pk: (5, "") for c in Critere.objects.all()}
        notes[Critere.objects.first().pk] = (1, "Trop peu de références")
        services.evaluation_enregistrer(
            evaluation=evaluation, auteur=mission_marc, notes=notes, commentaire=""
        )
        assert not resultat_grille(candidature).reussite
        with pytest.raises(ValidationError):
            services.candidature_decider(
                candidature=candidature, auteur=mission_marc, decision="labellisee"
            )

    def test_a_completer_goes_back_to_the_applicant_and_can_be_resubmitted(
        self, candidature, connecteur_claire, mission_marc
    ):
        services.candidature_soumettre(candidature=candidature, auteur=connecteur_claire)
        services.evaluateur_affecter(
            candidature=candidature, evaluateur=mission_marc, auteur=mission_marc
        )
        with pytest.raises(ValidationError):
            services.candidature_decider(
                candidature=candidature, auteur=mission_marc, decision="a_completer"
            )
        services.candidature_decider(
            candidature=candidature,
            auteur=mission_marc,
            decision="a_completer",
            motif="CV manquants",
        )
        candidature.refresh_from_db()
        assert candidature.etat == EtatCandidature.A_COMPLETER
        services.candidature_modifier(candidature=candidature)
        services.candidature_soumettre(candidature=candidature, auteur=connecteur_claire)
        candidature.refresh_from_db()
        assert candidature.etat == EtatCandidature.EN_EVALUATION  # back to its evaluators
        assert candidature.historique.filter(motif="CV manquants").exists()

    def test_an_evaluator_never_evaluates_its_own_structure(
        self, candidature, connecteur_claire, mission_marc
    ):
        services.candidature_soumettre(candidature=candidature, auteur=connecteur_claire)
        with pytest.raises(ValidationError):
            services.evaluateur_affecter(
                candidature=candidature, evaluateur=connecteur_claire, auteur=mission_marc
            )
        staff_member = UserFactory(mission=True)
        candidature.connecteur.membres.add(staff_member)
        with pytest.raises(ValidationError):
            services.evaluateur_affecter(
                candidature=candidature, evaluateur=staff_member, auteur=mission_marc
            )

    def test_only_instructeurs_of_the_applicant_region_co_evaluate(
        self, candidature, connecteur_claire, mission_marc, instructeur_occitanie
    ):
        services.candidature_soumettre(candidature=candidature, auteur=connecteur_claire)
        with pytest.raises(ValidationError):
            services.evaluateur_affecter(
                candidature=candidature, evaluateur=instructeur_occitanie, auteur=mission_marc
            )

    def test_submission_needs_a_service(self, cci_finistere, connecteur_claire):
        candidature = CandidatureFactory(connecteur=cci_finistere)
        with pytest.raises(ValidationError, match="prestation"):
            services.candidature_soumettre(candidature=candidature, auteur=connecteur_claire)

    def test_renewal_is_prefilled_from_the_last_application(self, cci_finistere, connecteur_claire):
        CandidatureFactory(connecteur=cci_finistere, etat="labellisee", certifications="Qualiopi")
        renouvellement = services.candidature_creer(
            connecteur=cci_finistere, auteur=connecteur_claire
        )
        assert renouvellement.certifications == "Qualiopi"
        assert renouvellement.renouvellement_de is not None

    def test_mission_suspends_and_withdraws_with_a_reason(self, mission_marc):
        connecteur = ConnecteurFactory(labellise=True)
        with pytest.raises(ValidationError):
            services.label_changer(
                connecteur=connecteur, to="suspendu", auteur=mission_marc, motif=""
            )
        services.label_changer(
            connecteur=connecteur, to="suspendu", auteur=mission_marc, motif="Plaintes"
        )
        connecteur.refresh_from_db()
        assert connecteur.niveau == Niveau.SIGNATAIRE
        services.label_changer(connecteur=connecteur, to="retire", auteur=mission_marc, motif="Fin")
        connecteur.refresh_from_db()
        assert connecteur.etat_label == EtatLabel.RETIRE
        assert list(connecteur.historique_label.values_list("motif", flat=True)) == [
            "Plaintes",
            "Fin",
        ]


class TestRappelsLabel:
    def test_reminders_60_and_15_days_before_expiry_sent_once(
        self, django_capture_on_commit_callbacks
    ):
        today = timezone.localdate()
        connecteur = ConnecteurFactory(labellise=True, label_expire_le=today + timedelta(days=60))
        ConnecteurFactory(labellise=True, label_expire_le=today + timedelta(days=200))
        now = timezone.now()
        with django_capture_on_commit_callbacks(execute=True):
            assert services.labels_rappeler_et_expirer(now=now) == (1, 0)
            assert services.labels_rappeler_et_expirer(now=now) == (0, 0)
            assert services.labels_rappeler_et_expirer(now=now + timedelta(days=45)) == (1, 0)
        assert [m.subject for m in mail.outbox] == [
            "Votre label expire dans 60 jours",
            "Votre label expire dans 15 jours",
        ]
        services.labels_rappeler_et_expirer(now=now + timedelta(days=60))
        connecteur.refresh_from_db()
        assert connecteur.etat_label == EtatLabel.EXPIRE
        assert connecteur.niveau == Niveau.SIGNATAIRE


@pytest.fixture
def fournil(pme_alice):
    return EntrepriseFactory(
        gestionnaires=[pme_alice], nom="Le Fournil", effectif=8, naf_id="10.71C"
    )


class TestDemandes:
    def test_matching_uses_theme_area_and_declared_filters(self, fournil):
        bon = ConnecteurFactory(nom="Bon", themes=["vente-en-ligne"])
        national = ConnecteurFactory(nom="National", regions=["11"], national=True)
        ConnecteurFactory(nom="Autre thème", themes=["cybersecurite"])
        ConnecteurFactory(nom="Autre région", regions=["76"])
        ConnecteurFactory(nom="Trop petite", cible_effectif_min=20)
        ConnecteurFactory(nom="Non signataire", non_signe=True)
        industrie = ConnecteurFactory(nom="Industrie")
        industrie.cible_sections.set(["C"])  # 10.71C is manufacturing (section C)
        commerce = ConnecteurFactory(nom="Commerce")
        commerce.cible_sections.set(["G"])
        trouves = connecteurs_correspondants(
            entreprise=fournil, theme=theme("vente-en-ligne"), today=timezone.localdate(), limite=10
        )
        assert {c.nom for c in trouves} == {"Bon", "National", "Industrie"}
        assert {bon, national} <= set(trouves)

    def test_request_to_three_matching_connecteurs_then_derived_status(
        self, fournil, pme_alice, django_capture_on_commit_callbacks
    ):
        users = [UserFactory(connecteur=True) for _ in range(4)]
        for user in users:
            ConnecteurFactory(membres=[user])
        with django_capture_on_commit_callbacks(execute=True):
            demande = services.demande_creer(
                entreprise=fournil,
                auteur=pme_alice,
                theme=theme("vente-en-ligne"),
                message="Commande en ligne",
                partage_diagnostic=True,
            )
        reponses = list(demande.reponses.select_related("connecteur"))
        assert len(reponses) == 3
        assert demande.partage_diagnostic
        assert sum("Nouvelle demande" in m.subject for m in mail.outbox) == 3
        premier, second, _ = reponses
        membre = lambda r: r.connecteur.membres.get()  # noqa: E731
        services.reponse_repondre(
            reponse=second, auteur=membre(second), etat="pas_pour_moi", motif="Hors zone"
        )
        demande.refresh_from_db()
        assert demande.statut == StatutDemande.EN_ATTENTE
        services.reponse_repondre(reponse=premier, auteur=membre(premier), etat="prise_en_charge")
        demande.refresh_from_db()
        assert demande.statut == StatutDemande.PRISE_EN_CHARGE
        services.reponse_repondre(reponse=premier, auteur=membre(premier), etat="terminee_aidee")
        demande.refresh_from_db()
        assert demande.statut == StatutDemande.TERMINEE
        assert [h.etat_apres for h in premier.historique.all()] == [
            "envoyee",
            "prise_en_charge",
            "terminee_aidee",
        ]

    def test_pas_pour_moi_needs_a_reason_and_other_members_cannot_answer(
        self, fournil, pme_alice, cci_finistere, connecteur_claire
    ):
        demande = services.demande_creer(
            entreprise=fournil,
            auteur=pme_alice,
            theme=theme("vente-en-ligne"),
            message="Aide",
            partage_diagnostic=False,
            connecteurs=[cci_finistere],
            origine="profil",
        )
        reponse = demande.reponses.get()
        with pytest.raises(ValidationError):
            services.reponse_repondre(
                reponse=reponse, auteur=connecteur_claire, etat="pas_pour_moi"
            )
        with pytest.raises(PermissionDenied):
            services.reponse_repondre(
                reponse=reponse, auteur=UserFactory(connecteur=True), etat="prise_en_charge"
            )

    def test_at_most_three_connecteurs_and_only_own_entreprise(self, fournil, pme_alice, pme_bruno):
        connecteurs = [ConnecteurFactory() for _ in range(4)]
        kwargs = dict(theme=theme("vente-en-ligne"), message="Aide", partage_diagnostic=False)
        with pytest.raises(ValidationError):
            services.demande_creer(
                entreprise=fournil, auteur=pme_alice, connecteurs=connecteurs, **kwargs
            )
        with pytest.raises(PermissionDenied):
            services.demande_creer(
                entreprise=fournil, auteur=pme_bruno, connecteurs=connecteurs[:1], **kwargs
            )


class TestRelances:
    def _demande(self, fournil, pme_alice, now, n=2):
        connecteurs = [ConnecteurFactory(membres=[UserFactory(connecteur=True)]) for _ in range(n)]
        return services.demande_creer(
            entreprise=fournil,
            auteur=pme_alice,
            theme=theme("vente-en-ligne"),
            message="Aide",
            partage_diagnostic=False,
            connecteurs=connecteurs,
            now=now,
        )

    def test_reminders_after_n_days_escalation_after_three_weeks(
        self, fournil, pme_alice, mission_marc, settings, django_capture_on_commit_callbacks
    ):
        settings.CONNECTEURS_RELANCE_JOURS = 5
        settings.CONNECTEURS_ESCALADE_JOURS = 21
        debut = timezone.now() - timedelta(days=30)
        self._demande(fournil, pme_alice, now=debut)
        jeune = self._demande(fournil, pme_alice, now=debut + timedelta(days=27))
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            assert services.demandes_relancer(now=debut + timedelta(days=4)) == (0, 0)
            assert services.demandes_relancer(now=debut + timedelta(days=5)) == (2, 0)
            assert services.demandes_relancer(now=debut + timedelta(days=6)) == (0, 0)
            assert services.demandes_relancer(now=debut + timedelta(days=10)) == (2, 0)
            assert services.demandes_relancer(now=debut + timedelta(days=21)) == (2, 1)
            assert services.demandes_relancer(now=debut + timedelta(days=21)) == (0, 0)
        assert sum("Demande sans réponse" in m.subject for m in mail.outbox) == 1
        assert not jeune.reponses.filter(relancee_le__isnull=False).exists()

    def test_taken_on_by_one_stops_reminding_the_others(self, fournil, pme_alice):
        debut = timezone.now() - timedelta(days=10)
        demande = self._demande(fournil, pme_alice, now=debut)
        premier = demande.reponses.first()
        services.reponse_repondre(
            reponse=premier, auteur=premier.connecteur.membres.get(), etat="prise_en_charge"
        )
        assert services.demandes_relancer(now=timezone.now()) == (0, 0)


class TestAvis:
    def _terminee(
        self, fournil, pme_alice, cci_finistere, connecteur_claire, etat="terminee_aidee"
    ):
        demande = services.demande_creer(
            entreprise=fournil,
            auteur=pme_alice,
            theme=theme("vente-en-ligne"),
            message="Aide",
            partage_diagnostic=False,
            connecteurs=[cci_finistere],
        )
        reponse = demande.reponses.get()
        services.reponse_repondre(reponse=reponse, auteur=connecteur_claire, etat="prise_en_charge")
        if etat:
            services.reponse_repondre(reponse=reponse, auteur=connecteur_claire, etat=etat)
        return reponse

    def test_review_published_after_moderation_updates_the_average(
        self, fournil, pme_alice, cci_finistere, connecteur_claire, mission_marc
    ):
        reponse = self._terminee(fournil, pme_alice, cci_finistere, connecteur_claire)
        avis = services.avis_deposer(
            reponse=reponse,
            auteur=pme_alice,
            note=4,
            commentaire="Très bien",
            contacte=True,
            utile=True,
        )
        cci_finistere.refresh_from_db()
        assert cci_finistere.nombre_avis == 0
        services.avis_moderer(avis=avis, auteur=mission_marc, statut=StatutAvis.PUBLIE)
        cci_finistere.refresh_from_db()
        assert (cci_finistere.nombre_avis, cci_finistere.note_moyenne) == (1, 4)
        with pytest.raises(ValidationError):
            services.avis_deposer(
                reponse=reponse, auteur=pme_alice, note=5, commentaire="", contacte=True, utile=True
            )

    def test_only_a_closed_request_gives_the_right_to_review(
        self, fournil, pme_alice, pme_bruno, cci_finistere, connecteur_claire
    ):
        reponse = self._terminee(fournil, pme_alice, cci_finistere, connecteur_claire, etat=None)
        reponse.refresh_from_db()
        assert reponse.etat == EtatReponse.PRISE_EN_CHARGE
        with pytest.raises(ValidationError):
            services.avis_deposer(
                reponse=reponse, auteur=pme_alice, note=5, commentaire="", contacte=True, utile=True
            )
        services.reponse_repondre(reponse=reponse, auteur=connecteur_claire, etat="terminee_aidee")
        with pytest.raises(PermissionDenied):
            services.avis_deposer(
                reponse=reponse, auteur=pme_bruno, note=5, commentaire="", contacte=True, utile=True
            )
