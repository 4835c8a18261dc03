"""What the staff write about a firm never reaches it.

One aid file goes through every kind of staff note: the connecteur's opinion given with the
pre-validation, internal comments, an expert's opinion (question and answer), the internal
notes of two decisions, the reason of a sampled audit after decision. Beside it, the
accompanying structure's label evaluation (general opinion and per-criterion comments), a
mise en relation with that structure and a label application of the firm. Each staff text
holds a unique marker. Then, as the firm's manager, every page reachable from the portal's
home and « Mon espace » (followed link by link), the file's steps, the acknowledgement of
receipt read back from its PDF, the API, the personal data export and every email sent to
the firm: no marker anywhere.

The mise en relation and the firm's label application carry no staff-only text today (a
connecteur's answer and a label decision's reason are written for the firm): they are here
so that a staff note added to them later is caught by the pages and emails read below.
"""

import json
import re
import subprocess
from decimal import Decimal
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest
from django.core import mail
from django.utils import timezone

from aides import services as aides_services
from aides.enums import EtatDossier
from aides.sequence import SLUGS
from connecteurs.enums import EtatReponse
from connecteurs.models import Candidature, Critere, Demande, Evaluation, Note, Reponse
from croissance.label.models import CandidatureLabel
from croissance.referentiels.models import Theme
from croissance.rgpd.services import export_json
from tests.aides.factories import AideFactory, connecteur_labellise, dossier_depose
from tests.factories import EntrepriseFactory, UserFactory
from tests.parcours import Navigateur
from tests.pdf import texte as texte_du_pdf

pytestmark = pytest.mark.django_db

# A code no page would print by chance, then a sentence with an apostrophe and accents: a
# leak is caught whether the text is escaped, typeset or cut.
MARQUEURS = {
    "avis_prevalidation": "QX-PRÉVAL-71 : l'associé gère aussi l'agence, méfiance",
    "commentaire": "QX-COMMENT-72 : l'adresse du siège paraît fictive, à vérifier",
    "question_avis": "QX-QUESTION-73 : l'expert connaît-il ce gérant ? Réponse avant l'été",
    "reponse_avis": "QX-RÉPONSE-74 : l'entreprise a déjà fraudé en 2019, prudence",
    "note_pieces": "QX-NOTE-PIÈCES-75 : l'attestation URSSAF semble falsifiée",
    "note_acceptation": "QX-NOTE-ACCORD-76 : accordé à contrecœur, l'enveloppe déborde",
    "motif_controle": "QX-CONTRÔLE-77 : l'achat n'a jamais été livré, facture de complaisance",
    "evaluation_label": "QX-ÉVAL-78 : l'équipe de la CCI manque d'expérience numérique",
    "note_label": "QX-CRITÈRE-79 : l'offre n'est pas à la hauteur du label",
}
# The staff's names: the firm's data export names none of them.
NOMS_DU_PERSONNEL = ("Kerjean", "Le Guédès", "Morvanneau")
PAGES_MAX = 300


def _fuites(texte: str) -> list[str]:
    """The markers (or their codes) found in `texte`, HTML escaping undone."""
    lu = unescape(texte)
    return [
        nom
        for nom, marqueur in MARQUEURS.items()
        if marqueur in lu or marqueur.split(" : ")[0] in lu
    ]


@pytest.fixture
def librairie(pme_alice):
    return EntrepriseFactory(gestionnaires=[pme_alice], nom="Librairie des Mots", naf_id="47.61Z")


@pytest.fixture
def personnel(db):
    ines = UserFactory(
        instructeur=True, email="ines.k@bretagne.test", prenom="Inès", nom="Kerjean", regions=["53"]
    )
    yann = UserFactory(
        instructeur=True,
        email="yann.lg@bretagne.test",
        prenom="Yann",
        nom="Le Guédès",
        regions=["53"],
    )
    claire = UserFactory(
        connecteur=True, email="claire.m@cci.test", prenom="Claire", nom="Morvanneau"
    )
    return ines, yann, claire


def _en_tant_que(client, user) -> Navigateur:
    client.force_login(user)
    navigateur = Navigateur(client)
    navigateur.ouvrir("/")
    return navigateur


def _dossier_de_toutes_les_notes(client, settings, pme_alice, librairie, personnel):
    """The file's journey, every staff note written through its page. Returns the file and
    the steps pages the firm saw while documents were requested."""
    ines, yann, claire = personnel
    settings.AIDES_PART_CONTROLE_A_POSTERIORI = 1
    cci = connecteur_labellise(claire, nom="CCI du Finistère", siret="")
    dossier = dossier_depose(
        user=pme_alice, entreprise=librairie, aide=AideFactory(), connecteur=cci
    )
    instruction = f"/aides/instruction/{dossier.pk}/"

    # documents requested, with an internal note; the firm completes its file
    navigateur = _en_tant_que(client, ines)
    navigateur.ouvrir(instruction)
    formulaire = navigateur.formulaire("Demander les pièces")
    formulaire.remplir("Motif communiqué à l'entreprise", "Joignez l'attestation URSSAF.")
    formulaire.remplir("Note interne", MARQUEURS["note_pieces"])
    navigateur.envoyer(formulaire, "Demander les pièces")
    dossier.refresh_from_db()
    assert dossier.etat == EtatDossier.INCOMPLET
    etapes = _etapes_vues_par_l_entreprise(client, pme_alice, dossier)
    aides_services.dossier_deposer(dossier=dossier, user=pme_alice)

    # the connecteur pre-validates with an opinion for the instructeur
    navigateur = _en_tant_que(client, claire)
    navigateur.ouvrir(f"/aides/accompagnement/{dossier.pk}/")
    formulaire = navigateur.formulaire("Pré-valider le dossier")
    formulaire.cocher(re.compile(r"^Je déclare que ma structure"))
    formulaire.remplir("Avis pour l'instructeur", MARQUEURS["avis_prevalidation"])
    navigateur.envoyer(formulaire, "Pré-valider le dossier")

    # an internal comment, an expert's opinion asked and given
    navigateur = _en_tant_que(client, ines)
    navigateur.ouvrir(instruction)
    formulaire = navigateur.formulaire("Ajouter le commentaire")
    formulaire.remplir("Commentaire interne", MARQUEURS["commentaire"])
    navigateur.envoyer(formulaire, "Ajouter le commentaire")
    formulaire = navigateur.formulaire("Demander l'avis")
    formulaire.choisir("Ou expert de la région", str(yann))
    formulaire.remplir("Question", MARQUEURS["question_avis"])
    navigateur.envoyer(formulaire, "Demander l'avis")
    navigateur = _en_tant_que(client, yann)
    navigateur.ouvrir(f"/aides/avis/{dossier.demandes_avis.get().pk}/")
    formulaire = navigateur.formulaire(re.compile("avis"))
    formulaire.remplir("Votre avis", MARQUEURS["reponse_avis"])
    navigateur.envoyer(formulaire, formulaire.boutons[0].texte)

    # accepted with an internal note, then audited « non conforme » by a colleague
    navigateur = _en_tant_que(client, ines)
    navigateur.ouvrir(instruction)
    formulaire = navigateur.formulaire("Accepter le dossier")
    formulaire.remplir("Montant accordé (€)", "1 000")
    formulaire.remplir("Motif communiqué à l'entreprise", "Projet conforme à l'aide.")
    formulaire.remplir("Note interne", MARQUEURS["note_acceptation"])
    navigateur.envoyer(formulaire, "Accepter le dossier")
    navigateur = _en_tant_que(client, yann)
    navigateur.ouvrir(f"/aides/instruction/controles/{dossier.pk}/")
    formulaire = navigateur.formulaire("Enregistrer le contrôle")
    formulaire.cocher("Non conforme")
    formulaire.remplir("Motif", MARQUEURS["motif_controle"])
    navigateur.envoyer(formulaire, "Enregistrer le contrôle")

    dossier.refresh_from_db()
    assert dossier.etat == EtatDossier.ACCEPTE and dossier.controle.conclusion == "non_conforme"
    _tout_est_ecrit(client, ines, dossier)
    return dossier, cci, etapes


def _tout_est_ecrit(client, ines, dossier):
    """The staff do read every note: a marker missing below would prove nothing."""
    client.force_login(ines)
    page = unescape(client.get(f"/aides/instruction/{dossier.pk}/").content.decode())
    for nom in MARQUEURS:
        if nom not in ("evaluation_label", "note_label"):
            assert MARQUEURS[nom] in page, nom


def _etapes_vues_par_l_entreprise(client, pme_alice, dossier) -> list[str]:
    client.force_login(pme_alice)
    return [
        client.get(f"/aides/dossiers/{dossier.pk}/etapes/{slug}/", follow=True).content.decode()
        for slug in SLUGS
    ]


def _autour_du_dossier(pme_alice, librairie, cci, ines):
    """The accompanying structure's label evaluation, a mise en relation with it, the
    firm's own label application."""
    critere = Critere.objects.create(libelle="Offre numérique", ordre=1)
    candidature = Candidature.objects.create(connecteur=cci, references="Missions de 2024")
    evaluation = Evaluation.objects.create(
        candidature=candidature,
        evaluateur=ines,
        commentaire=MARQUEURS["evaluation_label"],
        terminee_le=timezone.now(),
    )
    Note.objects.create(
        evaluation=evaluation, critere=critere, score=3, commentaire=MARQUEURS["note_label"]
    )
    demande = Demande.objects.create(
        entreprise=librairie,
        auteur=pme_alice,
        theme=Theme.objects.get(slug="vente-en-ligne"),
        message="Nous voulons vendre nos livres en ligne.",
        cree_le=timezone.now(),
    )
    Reponse.objects.create(demande=demande, connecteur=cci, etat=EtatReponse.ENVOYEE)
    CandidatureLabel.objects.create(
        entreprise=librairie, presentation="Site, réseaux sociaux et paiement en ligne."
    )


def _parcourir(client) -> dict[str, str]:
    """Every page the signed-in person reaches by following links from the home page and
    « Mon espace »: path → text (a PDF read back, a JSON file as it reads)."""
    a_voir, vues = ["/", "/mon-espace/"], {}
    while a_voir and len(vues) < PAGES_MAX:
        chemin = a_voir.pop(0)
        if chemin in vues:
            continue
        reponse = client.get(chemin)
        if reponse.status_code != 200:
            vues[chemin] = ""
            continue
        contenu = b"".join(reponse.streaming_content) if reponse.streaming else reponse.content
        type_ = reponse.get("Content-Type", "")
        if "pdf" in type_:
            vues[chemin] = _pdf(contenu)
            continue
        vues[chemin] = contenu.decode(errors="replace")
        if "html" in type_:
            for href in re.findall(r'href="([^"#]+)"', vues[chemin]):
                suivant = urlsplit(urljoin(chemin, unescape(href)))
                if not suivant.netloc and _a_suivre(suivant.path):
                    a_voir.append(suivant.path)
    assert len(vues) < PAGES_MAX, "Trop de pages : relevez PAGES_MAX"
    return vues


def _pdf(contenu: bytes) -> str:
    """A PDF the portal makes, read back; a file the firm uploaded (the tests' quotes are
    bare PDF skeletons), as its bytes read."""
    try:
        return texte_du_pdf(contenu)
    except subprocess.CalledProcessError:
        return contenu.decode(errors="replace")


def _a_suivre(chemin: str) -> bool:
    return not chemin.startswith(("/static/", "/media/", "/admin/", "/compte/logout")) and (
        chemin.startswith("/")
    )


def _api(client, dossier, cci) -> dict[str, str]:
    """Every list of the API root, and the details of the file's aid and structure (this
    one absent from the public directory: a 404 whose body is read all the same)."""
    racine = client.get("/api/", HTTP_ACCEPT="application/json").json()
    chemins = [urlsplit(url).path for url in racine.values()]
    chemins += [f"/api/aides/{dossier.aide_id}/", f"/api/connecteurs/{cci.pk}/"]
    lus = {}
    for chemin in chemins:
        reponse = client.get(chemin, HTTP_ACCEPT="application/json")
        assert reponse.status_code in (200, 404), chemin
        lus[chemin] = json.dumps(reponse.json(), ensure_ascii=False)
    return lus


def test_no_staff_note_reaches_the_firm(
    client, settings, pme_alice, librairie, personnel, django_capture_on_commit_callbacks
):
    ines = personnel[0]
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        dossier, cci, etapes = _dossier_de_toutes_les_notes(
            client, settings, pme_alice, librairie, personnel
        )
        _autour_du_dossier(pme_alice, librairie, cci, ines)

    client.force_login(pme_alice)
    textes = {f"étape {i}": page for i, page in enumerate(etapes)}
    pages = _parcourir(client)
    # the file's pages are among those reached by links, its receipt read from the PDF
    assert f"/aides/dossiers/{dossier.pk}/" in pages and "/aides/dossiers/" in pages
    accuse = pages[f"/aides/dossiers/{dossier.pk}/accuse-reception.pdf"]
    assert f"{dossier.pk}" in accuse
    assert (
        "Nous voulons vendre nos livres en ligne."
        in pages[f"/connecteurs/mes-demandes/{Demande.objects.get().pk}/"]
    )
    assert f"/label/mes-entreprises/{librairie.pk}/" in pages
    textes |= pages
    textes |= _api(client, dossier, cci)
    export = client.get("/mon-espace/mes-donnees/telecharger/")
    textes["export RGPD"] = json.dumps(json.loads(export.content), ensure_ascii=False)
    courriels = [m for m in mail.outbox if pme_alice.email in m.to]
    # the emails of the journey did go: filed, documents requested, pre-validated, accepted
    assert len(courriels) >= 4 and any("accepté" in m.body for m in courriels)
    for numero, courriel in enumerate(courriels):
        textes[f"courriel {numero} : {courriel.subject}"] = "\n".join(
            [courriel.subject, courriel.body] + [str(alt[0]) for alt in courriel.alternatives]
        )

    fuites = {ou: noms for ou, texte in textes.items() if (noms := _fuites(texte))}
    assert not fuites, f"Notes internes lues par l'entreprise : {fuites}"


def test_the_managers_export_holds_their_own_data_only(
    client, settings, pme_alice, librairie, personnel, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        dossier, cci, _ = _dossier_de_toutes_les_notes(
            client, settings, pme_alice, librairie, personnel
        )
        _autour_du_dossier(pme_alice, librairie, cci, personnel[0])
    # another firm's file in the same region, with its own history
    autre = EntrepriseFactory(gestionnaires=[UserFactory(email="bruno@autre.test")])
    aides_services.dossier_instruire(
        dossier=dossier_depose(
            user=autre.gestionnaires.get(), entreprise=autre, aide=AideFactory()
        ),
        instructeur=personnel[0],
    )

    client.force_login(pme_alice)
    reponse = client.get("/mon-espace/mes-donnees/telecharger/")
    assert reponse.status_code == 200
    export = json.loads(reponse.content)
    attendu = json.loads(export_json(user=pme_alice))
    assert export.pop("genere_le") and attendu.pop("genere_le")
    assert export == attendu
    lu = json.dumps(export, ensure_ascii=False)
    assert not _fuites(lu)
    aides = export["aides"]["donnees"]
    assert [d["numero"] for d in aides["dossiers"]] == [dossier.pk]
    assert aides["commentaires_ecrits"] == [] and aides["avis"] == []
    assert aides["etapes_d_instruction"] == [] and aides["controles_a_posteriori"] == []
    for nom in NOMS_DU_PERSONNEL:
        assert nom not in lu, nom
    for user in personnel:
        assert user.email not in lu
    assert "bruno@autre.test" not in lu and autre.nom not in lu
    assert Decimal(aides["dossiers"][0]["montant_accorde"]) == Decimal("1000")
