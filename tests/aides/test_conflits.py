"""Conflicts of interest: who has an interest in a file cannot instruct, decide on or pay
it, and what a connecteur tells the instructeurs never reaches the firm."""

import json
import re
from decimal import Decimal

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from aides import services
from aides.enums import EtatDossier
from croissance.rgpd.services import export_json
from tests.aides.factories import AideFactory, connecteur_labellise, dossier_depose
from tests.factories import UserFactory
from tests.parcours import Navigateur
from tests.pdf import texte as texte_du_pdf

pytestmark = pytest.mark.django_db

AVIS_SECRET = "Gérant peu fiable, devis gonflé de 30 %"
COMMENTAIRE_SECRET = "Vérifier le Kbis : adresse douteuse"
DECLARATION = re.compile(r"^Je déclare que ma structure n.a aucun intérêt")


@pytest.fixture
def collegue(db):
    return UserFactory(instructeur=True, email="yann@bretagne.test", regions=["53"])


@pytest.fixture
def dossier(pme_alice, librairie, aide_bretagne):
    return dossier_depose(user=pme_alice, entreprise=librairie, aide=aide_bretagne)


def _file_d_instruction(client, user) -> Navigateur:
    client.force_login(user)
    navigateur = Navigateur(client)
    navigateur.ouvrir("/")
    navigateur.cliquer("Mon espace")
    navigateur.cliquer("Dossiers d'aide à instruire")
    return navigateur


def _conflit_vu_et_refuse(client, navigateur, dossier, raison):
    assert "Conflit d'intérêts : à confier à un collègue" in navigateur.texte
    assert raison in navigateur.texte
    navigateur.cliquer(f"Dossier n° {dossier.pk} : {dossier.titre}")
    assert "Vous ne pouvez ni instruire, ni décider" in navigateur.texte
    assert "Accepter le dossier" not in navigateur.texte
    assert "Commencer l'instruction" not in navigateur.texte
    # a request made anyway is refused, in French, and changes nothing
    reponse = client.post(
        f"/aides/instruction/{dossier.pk}/accepter/", {"montant": "1 000", "motif": "Bon projet"}
    )
    assert reponse.status_code == 400
    assert "Un autre instructeur de la région doit traiter ce dossier" in reponse.content.decode()
    dossier.refresh_from_db()
    assert dossier.etat == EtatDossier.DEPOSE


def test_an_instructeur_who_manages_the_firm_hands_the_file_to_a_colleague(
    client, dossier, librairie, instructeur_bretagne, collegue
):
    librairie.gestionnaires.add(instructeur_bretagne)
    navigateur = _file_d_instruction(client, instructeur_bretagne)
    _conflit_vu_et_refuse(client, navigateur, dossier, "vous gérez l'entreprise qui demande l'aide")

    # her colleague of the region, without interest, instructs and decides
    client.logout()
    navigateur = _file_d_instruction(client, collegue)
    assert "Conflit d'intérêts" not in navigateur.texte
    navigateur.cliquer(f"{dossier.titre}")
    navigateur.envoyer(navigateur.formulaire("Commencer l'instruction"), "Commencer l'instruction")
    dossier.refresh_from_db()
    assert dossier.etat == EtatDossier.EN_INSTRUCTION


def test_an_instructeur_of_the_supplier_structure_cannot_decide(
    client, dossier, instructeur_bretagne
):
    # the quote of the file names the supplier 350 000 006 02044 (same SIREN as below)
    connecteur_labellise(instructeur_bretagne, nom="Agence Web d'Armor", siret="35000000600010")
    navigateur = _file_d_instruction(client, instructeur_bretagne)
    _conflit_vu_et_refuse(
        client, navigateur, dossier, "votre structure est le prestataire d'un devis"
    )


def test_an_instructeur_of_the_prevalidating_structure_cannot_decide(
    client, pme_alice, librairie, connecteur_claire, instructeur_bretagne
):
    cci = connecteur_labellise(connecteur_claire, siret="")
    cci.membres.add(instructeur_bretagne)
    dossier = dossier_depose(
        user=pme_alice, entreprise=librairie, aide=AideFactory(), connecteur=cci
    )
    services.dossier_prevalider(
        dossier=dossier, user=connecteur_claire, declaration_sans_interet=True
    )
    navigateur = _file_d_instruction(client, instructeur_bretagne)
    assert "votre structure a pré-validé ce dossier" in navigateur.texte


@pytest.mark.parametrize(
    "decision",
    ["instruire", "demander_pieces", "accepter", "refuser", "classer", "verser"],
)
def test_every_decision_service_refuses_a_conflicted_file(
    decision, dossier, librairie, instructeur_bretagne, collegue
):
    if decision == "verser":
        services.dossier_instruire(dossier=dossier, instructeur=collegue)
        services.dossier_accepter(
            dossier=dossier, instructeur=collegue, montant=Decimal("1000"), motif="Bon projet"
        )
    librairie.gestionnaires.add(instructeur_bretagne)
    arguments = {
        "instruire": {},
        "demander_pieces": {"motif": "Le devis signé"},
        "accepter": {"montant": Decimal("1000"), "motif": "Bon projet"},
        "refuser": {"motif": "Hors critères"},
        "classer": {"motif": "Doublon"},
        "verser": {},
    }[decision]
    etat = type(dossier).objects.get(pk=dossier.pk).etat
    with pytest.raises(ValidationError, match="Conflit d'intérêts"):
        getattr(services, f"dossier_{decision}")(
            dossier=dossier, instructeur=instructeur_bretagne, **arguments
        )
    assert type(dossier).objects.get(pk=dossier.pk).etat == etat


def test_staff_notes_never_reach_the_firm(
    client,
    pme_alice,
    librairie,
    connecteur_claire,
    instructeur_bretagne,
    django_capture_on_commit_callbacks,
):
    cci = connecteur_labellise(connecteur_claire, siret="")
    dossier = dossier_depose(
        user=pme_alice, entreprise=librairie, aide=AideFactory(), connecteur=cci
    )
    mail.outbox.clear()
    # the connecteur's opinion, given with the pre-validation, through its page
    client.force_login(connecteur_claire)
    accompagnement = Navigateur(client)
    accompagnement.ouvrir("/")
    accompagnement.cliquer("Mon espace")
    accompagnement.cliquer("Dossiers d'aide accompagnés")
    accompagnement.cliquer(dossier.titre)
    formulaire = accompagnement.formulaire("Pré-valider le dossier")
    formulaire.cocher(DECLARATION)
    formulaire.remplir("Avis pour l'instructeur", AVIS_SECRET)
    with django_capture_on_commit_callbacks(execute=True):  # its emails leave
        accompagnement.envoyer(formulaire, "Pré-valider le dossier")
    dossier.refresh_from_db()
    assert dossier.etat == EtatDossier.PREVALIDE
    services.commentaire_ajouter(
        dossier=dossier, auteur=instructeur_bretagne, texte=COMMENTAIRE_SECRET
    )

    # the instructeur reads both
    client.force_login(instructeur_bretagne)
    page = client.get(f"/aides/instruction/{dossier.pk}/").content.decode()
    assert AVIS_SECRET in page and "Vérifier le Kbis" in page

    # the firm, nowhere: its pages, its emails, its data export
    client.force_login(pme_alice)
    firme = Navigateur(client)
    firme.ouvrir("/")
    firme.cliquer("Mon espace")
    firme.cliquer("Mes demandes d'aide")
    textes = [firme.html]
    firme.cliquer(dossier.titre)
    textes.append(firme.html)
    assert "Pré-validé par CCI du Finistère" in firme.texte
    # the acknowledgement of receipt, as she downloads it from her file's page
    lien = next(href for texte, href in firme.liens() if "accusé de réception" in texte)
    reponse = client.get(lien)
    textes.append(
        texte_du_pdf(b"".join(reponse.streaming_content) if reponse.streaming else reponse.content)
    )
    assert f"{dossier.pk}" in textes[-1]
    textes += [m.body for m in mail.outbox if pme_alice.email in m.to]
    textes += [
        str(alt[0]) for m in mail.outbox if pme_alice.email in m.to for alt in m.alternatives
    ]
    textes.append(json.dumps(json.loads(export_json(user=pme_alice)), ensure_ascii=False))
    courriels = [m.body for m in mail.outbox if pme_alice.email in m.to]
    assert any("pré-valid" in corps.lower() for corps in courriels)  # the firm's email went
    for texte in textes:
        assert "devis gonflé" not in texte and "Kbis : adresse douteuse" not in texte


def test_who_accepted_a_file_does_not_record_its_payment_unless_the_region_may(
    client, dossier, instructeur_bretagne, collegue, mission_marc
):
    from aides.models import DerogationQuatreYeux

    services.dossier_instruire(dossier=dossier, instructeur=instructeur_bretagne)
    services.dossier_accepter(
        dossier=dossier, instructeur=instructeur_bretagne, montant=Decimal("1000"), motif="Bon"
    )
    navigateur = _file_d_instruction(client, instructeur_bretagne)
    navigateur.cliquer(dossier.titre)
    assert "Quatre yeux : vous avez accepté ce dossier" in navigateur.texte
    assert "Enregistrer le versement" not in navigateur.texte
    with pytest.raises(ValidationError, match="Quatre yeux"):
        services.dossier_verser(dossier=dossier, instructeur=instructeur_bretagne)

    # the mission allows it for Bretagne (a region of one instructeur): recorded, then done
    DerogationQuatreYeux.objects.create(
        region_id="53", motif="Un seul instructeur cet été", accordee_par=mission_marc
    )
    navigateur.ouvrir(navigateur.url)
    navigateur.envoyer(
        navigateur.formulaire("Enregistrer le versement"), "Enregistrer le versement"
    )
    dossier.refresh_from_db()
    assert dossier.etat == EtatDossier.VERSE


def test_a_colleague_records_the_payment_of_a_file_she_did_not_accept(
    client, dossier, instructeur_bretagne, collegue
):
    services.dossier_instruire(dossier=dossier, instructeur=instructeur_bretagne)
    services.dossier_accepter(
        dossier=dossier, instructeur=instructeur_bretagne, montant=Decimal("1000"), motif="Bon"
    )
    navigateur = _file_d_instruction(client, collegue)
    navigateur.cliquer(dossier.titre)
    navigateur.envoyer(
        navigateur.formulaire("Enregistrer le versement"), "Enregistrer le versement"
    )
    dossier.refresh_from_db()
    assert dossier.etat == EtatDossier.VERSE
    assert dossier.historique.get(etat_apres=EtatDossier.VERSE).auteur == collegue


def test_a_connecteur_whose_member_manages_the_firm_cannot_prevalidate(
    client, pme_alice, librairie, connecteur_claire
):
    cci = connecteur_labellise(connecteur_claire, siret="")
    dossier = dossier_depose(
        user=pme_alice, entreprise=librairie, aide=AideFactory(), connecteur=cci
    )
    librairie.gestionnaires.add(connecteur_claire)  # Claire co-manages the bookshop
    client.force_login(connecteur_claire)
    navigateur = Navigateur(client)
    navigateur.ouvrir("/")
    navigateur.cliquer("Mon espace")
    navigateur.cliquer("Dossiers d'aide accompagnés")
    navigateur.cliquer(dossier.titre)
    assert "Un membre de votre structure gère l'entreprise qui demande l'aide" in navigateur.texte
    with pytest.raises(ValidationError, match="conflit d'intérêts"):
        services.dossier_prevalider(
            dossier=dossier, user=connecteur_claire, declaration_sans_interet=True
        )


def test_a_supplier_of_the_same_siren_cannot_prevalidate(pme_alice, librairie, connecteur_claire):
    # the quote names 350 000 006 02044; the structure is another establishment of it
    cci = connecteur_labellise(connecteur_claire, siret="35000000600010")
    dossier = dossier_depose(
        user=pme_alice, entreprise=librairie, aide=AideFactory(), connecteur=cci
    )
    with pytest.raises(ValidationError, match="prestataire d'un devis"):
        services.dossier_prevalider(
            dossier=dossier, user=connecteur_claire, declaration_sans_interet=True
        )
