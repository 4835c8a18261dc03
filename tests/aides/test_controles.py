"""The sampled audit after decision: a granted file drawn for a complete check goes to a
second instructeur of the region, never the one who accepted it nor one in conflict; the
outcome, with who, when and why, counts in the staff's indicators and nowhere the firm looks."""

from decimal import Decimal
from html import unescape

import pytest
from django.core import mail
from django.urls import reverse

from aides import services
from aides.enums import EtatDossier
from aides.models import Commentaire, ControleAPosteriori
from croissance.indicateurs import services as indicateurs
from tests.aides.factories import AideFactory, connecteur_labellise, dossier_depose
from tests.factories import UserFactory
from tests.parcours import Navigateur

pytestmark = pytest.mark.django_db

MOTIF_NON_CONFORME = "Le devis d'« Agence Web d'Armor » ne correspond pas à la facture acquittée"


@pytest.fixture
def yann(db):
    """A second instructeur of Bretagne."""
    return UserFactory(instructeur=True, email="yann@bretagne.test", prenom="Yann", regions=["53"])


@pytest.fixture
def dossier(pme_alice, librairie, aide_bretagne):
    return dossier_depose(user=pme_alice, entreprise=librairie, aide=aide_bretagne)


def _ouvrir(client, user, *liens) -> Navigateur:
    client.force_login(user)
    navigateur = Navigateur(client)
    navigateur.ouvrir("/")
    navigateur.cliquer("Mon espace")
    for lien in liens:
        navigateur.cliquer(lien)
    return navigateur


def _accepter(client, instructeur, dossier, note_interne=""):
    navigateur = _ouvrir(client, instructeur, "Dossiers d'aide à instruire", dossier.titre)
    navigateur.envoyer(navigateur.formulaire("Commencer l'instruction"), "Commencer l'instruction")
    formulaire = navigateur.formulaire("Accepter le dossier")
    formulaire.remplir("Montant accordé (€)", "1 000")
    formulaire.remplir("Motif communiqué à l'entreprise", "Projet cohérent avec l'aide.")
    formulaire.remplir("Note interne (non communiquée à l'entreprise)", note_interne)
    navigateur.envoyer(formulaire, "Accepter le dossier")
    assert "Le dossier est accepté" in navigateur.texte
    dossier.refresh_from_db()
    assert dossier.etat == EtatDossier.ACCEPTE
    return navigateur


def test_a_file_accepted_without_prevalidation_is_drawn_with_the_configured_share(
    client, settings, dossier, instructeur_bretagne
):
    settings.AIDES_PART_CONTROLE_A_POSTERIORI = 1
    _accepter(client, instructeur_bretagne, dossier)
    assert dossier.controle_a_posteriori


def test_no_file_is_drawn_when_the_share_is_zero(client, settings, dossier, instructeur_bretagne):
    settings.AIDES_PART_CONTROLE_A_POSTERIORI = 0
    _accepter(client, instructeur_bretagne, dossier)
    assert not dossier.controle_a_posteriori
    navigateur = _ouvrir(client, instructeur_bretagne, "Contrôles a posteriori")
    assert "Aucun dossier à contrôler" in navigateur.texte


def test_a_second_instructeur_audits_the_file_the_first_one_accepted(
    client, settings, dossier, instructeur_bretagne, yann
):
    settings.AIDES_PART_CONTROLE_A_POSTERIORI = 1
    _accepter(client, instructeur_bretagne, dossier)

    # who accepted it does not find it in their audit queue, and cannot record it anyway
    navigateur = _ouvrir(client, instructeur_bretagne, "Contrôles a posteriori")
    assert "Aucun dossier à contrôler" in navigateur.texte
    url = reverse("aides:controle", args=[dossier.pk])
    page = client.get(url).content.decode()
    assert "Vous avez accepté ce dossier" in page and "Enregistrer le contrôle" not in page
    reponse = client.post(url, {"conclusion": "conforme"})
    assert reponse.status_code == 400
    assert "un autre instructeur de la région fait son contrôle" in reponse.content.decode()
    assert not ControleAPosteriori.objects.exists()

    # a colleague of the region finds it, and a « non conforme » needs its reason
    navigateur = _ouvrir(client, yann, "Contrôles a posteriori")
    assert "1 dossier à contrôler" in navigateur.texte
    navigateur.cliquer(f"Dossier n° {dossier.pk} : {dossier.titre}")
    formulaire = navigateur.formulaire("Enregistrer le contrôle")
    formulaire.cocher("Non conforme")
    navigateur.envoyer(formulaire, "Enregistrer le contrôle")
    assert "Indiquez en quoi le dossier n'est pas conforme." in navigateur.erreurs()
    formulaire = navigateur.formulaire("Enregistrer le contrôle")
    formulaire.cocher("Non conforme")
    formulaire.remplir("Motif", MOTIF_NON_CONFORME)
    navigateur.envoyer(formulaire, "Enregistrer le contrôle")
    assert "Le contrôle a posteriori est enregistré." in navigateur.texte
    assert "Aucun dossier à contrôler" in navigateur.texte

    controle = ControleAPosteriori.objects.get()
    assert (controle.dossier, controle.conclusion, controle.controle_par) == (
        dossier,
        "non_conforme",
        yann,
    )
    assert controle.motif == MOTIF_NON_CONFORME and controle.controle_le

    # the outcome, its author and reason are on the file's instruction page
    client.force_login(instructeur_bretagne)
    page = Navigateur(client)
    page.ouvrir(reverse("aides:instruction_dossier", args=[dossier.pk]))
    assert "Contrôle a posteriori" in page.texte
    assert f"Non conforme , par {yann}" in page.texte
    assert "ne correspond pas à la facture acquittée" in page.texte

    # recorded once: a second outcome is refused
    client.force_login(yann)
    reponse = client.post(url, {"conclusion": "conforme"})
    assert reponse.status_code == 400
    assert ControleAPosteriori.objects.count() == 1


def test_a_conforming_audit_needs_no_reason(client, settings, dossier, instructeur_bretagne, yann):
    settings.AIDES_PART_CONTROLE_A_POSTERIORI = 1
    _accepter(client, instructeur_bretagne, dossier)
    navigateur = _ouvrir(client, yann, "Contrôles a posteriori")
    navigateur.cliquer(f"Dossier n° {dossier.pk} : {dossier.titre}")
    formulaire = navigateur.formulaire("Enregistrer le contrôle")
    formulaire.cocher("Conforme")
    navigateur.envoyer(formulaire, "Enregistrer le contrôle")
    assert "Le contrôle a posteriori est enregistré." in navigateur.texte
    assert ControleAPosteriori.objects.get().conclusion == "conforme"


def test_an_instructeur_in_conflict_or_of_another_region_does_not_audit(
    client, settings, dossier, librairie, instructeur_bretagne, yann, instructeur_occitanie
):
    settings.AIDES_PART_CONTROLE_A_POSTERIORI = 1
    _accepter(client, instructeur_bretagne, dossier)
    librairie.gestionnaires.add(yann)  # Yann co-manages the bookshop
    navigateur = _ouvrir(client, yann, "Contrôles a posteriori")
    assert "Aucun dossier à contrôler" in navigateur.texte
    reponse = client.post(reverse("aides:controle", args=[dossier.pk]), {"conclusion": "conforme"})
    assert reponse.status_code == 400
    assert "Conflit d'intérêts" in unescape(reponse.content.decode())

    navigateur = _ouvrir(client, instructeur_occitanie, "Contrôles a posteriori")
    assert "Aucun dossier à contrôler" in navigateur.texte
    assert client.get(reverse("aides:controle", args=[dossier.pk])).status_code == 404
    assert not ControleAPosteriori.objects.exists()


def test_a_prevalidated_file_drawn_at_prevalidation_is_audited_once_accepted(
    client, settings, pme_alice, librairie, connecteur_claire, instructeur_bretagne, yann
):
    settings.AIDES_PART_CONTROLE_A_POSTERIORI = 1
    cci = connecteur_labellise(connecteur_claire, siret="")
    dossier = dossier_depose(
        user=pme_alice, entreprise=librairie, aide=AideFactory(), connecteur=cci
    )
    services.dossier_prevalider(
        dossier=dossier, user=connecteur_claire, declaration_sans_interet=True
    )
    navigateur = _ouvrir(client, yann, "Contrôles a posteriori")
    assert "Aucun dossier à contrôler" in navigateur.texte  # not granted yet
    services.dossier_accepter(
        dossier=dossier, instructeur=instructeur_bretagne, montant=Decimal("1000"), motif="Bon"
    )
    navigateur.ouvrir(navigateur.url)
    assert f"Dossier n° {dossier.pk} : {dossier.titre}" in navigateur.texte
    assert "Pré-validé" in navigateur.texte


def test_decision_reason_and_internal_note_are_two_fields(
    client, settings, dossier, pme_alice, instructeur_bretagne, django_capture_on_commit_callbacks
):
    settings.AIDES_PART_CONTROLE_A_POSTERIORI = 0
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        navigateur = _accepter(
            client, instructeur_bretagne, dossier, note_interne="Gérant à revoir l'an prochain"
        )
    assert "Note interne (acceptation) : Gérant à revoir l'an prochain" in navigateur.texte
    note = Commentaire.objects.get(dossier=dossier)
    assert note.auteur == instructeur_bretagne
    courriel = next(m for m in mail.outbox if pme_alice.email in m.to and "accepté" in m.subject)
    assert "Projet cohérent avec l'aide." in courriel.body
    assert "Gérant à revoir" not in courriel.body
    assert "Gérant à revoir" not in "".join(h.motif for h in dossier.historique.all())


@pytest.mark.parametrize(
    "bouton, etat, decision",
    [
        ("Demander les pièces", EtatDossier.INCOMPLET, "demande de pièces"),
        ("Refuser le dossier", EtatDossier.REFUSE, "refus"),
        ("Classer sans suite", EtatDossier.CLASSE, "classement sans suite"),
    ],
)
def test_every_decision_form_has_a_reason_for_the_firm_and_an_internal_note(
    client, dossier, instructeur_bretagne, bouton, etat, decision
):
    navigateur = _ouvrir(client, instructeur_bretagne, "Dossiers d'aide à instruire", dossier.titre)
    formulaire = navigateur.formulaire(bouton)
    formulaire.remplir(
        "Note interne (non communiquée à l'entreprise)", "Appeler l'expert-comptable"
    )
    navigateur.envoyer(formulaire, bouton)
    assert "Ce champ est obligatoire." in navigateur.erreurs()  # the reason stays required
    formulaire = navigateur.formulaire(bouton)
    formulaire.remplir("Motif communiqué à l'entreprise", "Devis & facture à joindre")
    formulaire.remplir(
        "Note interne (non communiquée à l'entreprise)", "Appeler l'expert-comptable"
    )
    navigateur.envoyer(formulaire, bouton)
    dossier.refresh_from_db()
    assert dossier.etat == etat
    assert dossier.historique.last().motif == "Devis & facture à joindre"
    assert Commentaire.objects.get(dossier=dossier).texte == (
        f"Note interne ({decision}) : Appeler l'expert-comptable"
    )


def test_a_lot_decision_takes_an_internal_note(client, pme_alice, librairie, instructeur_bretagne):
    aide = AideFactory()
    dossiers = [dossier_depose(user=pme_alice, entreprise=librairie, aide=aide) for _ in range(2)]
    navigateur = _ouvrir(client, instructeur_bretagne, "Dossiers d'aide à instruire")
    formulaire = navigateur.formulaire("Appliquer aux dossiers cochés")
    for dossier in dossiers:
        formulaire.cocher(f"N° {dossier.pk}")
    formulaire.choisir("Décision pour les dossiers cochés", "Refuser")
    formulaire.remplir("Motif communiqué à l'entreprise", "Enveloppe réservée aux commerces")
    formulaire.remplir("Note interne (non communiquée à l'entreprise)", "Doublons d'un même projet")
    navigateur.envoyer(formulaire, "Appliquer aux dossiers cochés")
    assert "2 dossiers traités." in navigateur.texte
    assert (
        Commentaire.objects.filter(texte="Note interne (refus) : Doublons d'un même projet").count()
        == 2
    )


def test_non_conforming_audits_count_in_the_staff_indicators_only(
    client, settings, dossier, instructeur_bretagne, yann, mission_marc
):
    settings.AIDES_PART_CONTROLE_A_POSTERIORI = 1
    services.dossier_instruire(dossier=dossier, instructeur=instructeur_bretagne)
    services.dossier_accepter(
        dossier=dossier, instructeur=instructeur_bretagne, montant=Decimal("1000"), motif="Bon"
    )
    from aides.controles import controle_enregistrer

    controle_enregistrer(
        dossier=dossier, controleur=yann, conclusion="non_conforme", motif=MOTIF_NON_CONFORME
    )
    indicateurs.prendre_tous_les_instantanes()
    navigateur = _ouvrir(client, mission_marc)
    navigateur.ouvrir(reverse("indicateurs:tableau_de_bord"))
    assert "Contrôles a posteriori par région" in navigateur.texte
    ligne = navigateur.texte.split("Contrôles a posteriori par région", 1)[1]
    assert "Bretagne 1 1 1" in ligne
    client.logout()
    publique = client.get(reverse("indicateurs:donnees_ouvertes")).content.decode()
    assert "Contrôles a posteriori" not in publique
    assert "controles-a-posteriori" not in client.get("/api/indicateurs/").content.decode()


@pytest.mark.parametrize("nombre", [1, 6])
def test_the_audit_queue_costs_the_same_queries_whatever_its_length(
    client,
    settings,
    pme_alice,
    librairie,
    instructeur_bretagne,
    yann,
    nombre,
    django_assert_max_num_queries,
):
    settings.AIDES_PART_CONTROLE_A_POSTERIORI = 1
    aide = AideFactory(enveloppe_montant=None)
    for _ in range(nombre):
        dossier = dossier_depose(user=pme_alice, entreprise=librairie, aide=aide)
        services.dossier_instruire(dossier=dossier, instructeur=instructeur_bretagne)
        services.dossier_accepter(
            dossier=dossier, instructeur=instructeur_bretagne, montant=Decimal("500"), motif="Bon"
        )
    client.force_login(yann)
    with django_assert_max_num_queries(6):
        page = client.get(reverse("aides:controles")).content.decode()
    assert f"{nombre} dossier{'s' if nombre > 1 else ''} à contrôler" in page
