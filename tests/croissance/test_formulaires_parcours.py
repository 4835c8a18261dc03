"""The main forms of the portal, filled as a person in a hurry does: every field marked
« (Optionnel) » is left empty, the others get real French input. Each form is read from its
page and sent to its action; the person gets what they asked for, not an error."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from connecteurs.enums import EtatReponse
from connecteurs.models import Demande, Reponse
from croissance.comptes.models import User
from croissance.entreprises.models import Entreprise
from croissance.referentiels.models import Theme
from croissance.ressources.models import AvisPrestataire, Temoignage
from einter.models import RechercheSauvegardee
from formations.models import Annonce, Inscription, MembreBourse
from tests.aides.factories import AideFactory, connecteur_labellise, dossier_depose
from tests.connecteurs.factories import ConnecteurFactory
from tests.croissance.formulaires_html import formulaire, remplir_obligatoires
from tests.diagnostic.factories import questionnaire_synthetique
from tests.einter.factories import LeadFactory
from tests.factories import EntrepriseFactory, UserFactory, valid_siret
from tests.formations.factories import SessionFactory
from tests.ressources.factories import PrestataireFactory

pytestmark = pytest.mark.django_db

ENTREPRISE = "L'Atelier d'Élise & Fils \"Le Bon Pain\""
ERREUR = re.compile(r"fr-(error-text|message--error|input-group--error|fieldset--error)")


@pytest.fixture
def zoe(db):
    return UserFactory(prenom="Zoé", nom="O'Neil", email="zoe.oneil@exemple.fr")


@pytest.fixture
def atelier(zoe):
    return EntrepriseFactory(gestionnaires=[zoe], nom=ENTREPRISE)


def envoyer(client, url, saisies, *, action=None, contenant=None, attendus=None, en_plus=None):
    """Open the page, fill the fields not marked « (Optionnel) » (and `en_plus`, once the
    page asked for them), send the form."""
    page = client.get(url)
    assert page.status_code == 200, url
    form = formulaire(page.content.decode(), action=action, contenant=contenant)
    donnees, remplis = remplir_obligatoires(form, saisies)
    if attendus is not None:
        assert set(remplis) == attendus, "champs que la page ne marque pas « (Optionnel) »"
    donnees |= en_plus or {}
    cible = form["action"] or url
    if form["method"] == "get":
        return client.get(cible, donnees)
    return client.post(cible, donnees)


def reussi(reponse):
    html = reponse.content.decode() if reponse.status_code == 200 else ""
    erreurs = re.findall(r"fr-(?:error-text|message--error)[^>]*>\s*([^<]+)", html)
    assert reponse.status_code == 302, erreurs or ERREUR.findall(html) or reponse.status_code
    return reponse


def refus_annonce(reponse, nom, annonce):
    """A refusal the page announced: the optional field's hint said when it is needed, and the
    error says what to do (not a bare « Ce champ est obligatoire »)."""
    assert reponse.status_code in (200, 400)
    html = reponse.content.decode()
    champ = next(c for c in formulaire(html, contenant=nom)["champs"] if c["nom"] == nom)
    assert annonce in " ".join(champ["label"].split()), champ["label"]
    erreur = re.search(rf'id="id_{nom}_error"><li>([^<]+)</li>', html)
    assert erreur and "Ce champ est obligatoire" not in erreur.group(1), erreur


def test_sign_up(client):
    reussi(
        envoyer(
            client,
            "/compte/signup/",
            {
                "prenom": "Zoé",
                "nom": "O'Neil",
                "email": "zoe.oneil@exemple.fr",
                "password1": "Un-mot-de-passe-solide-2026",
                "password2": "Un-mot-de-passe-solide-2026",
            },
            contenant="password2",
            attendus={"prenom", "nom", "email", "role", "password1", "password2"},
        )
    )
    assert User.objects.get(email="zoe.oneil@exemple.fr").get_full_name() == "Zoé O'Neil"


def test_firm_created_from_its_siret(client, zoe):
    client.force_login(zoe)
    siret = valid_siret(777)
    page = envoyer(client, "/entreprises/nouvelle/", {"siret": siret}, contenant="siret")
    assert page.status_code == 200
    form = formulaire(page.content.decode(), contenant="nom")
    donnees, remplis = remplir_obligatoires(form, {"nom": ENTREPRISE, "code_postal": "29000"})
    assert set(remplis) == {"siret", "nom", "code_postal"}  # the activity follows the NAF code
    reussi(client.post(form["action"], donnees))
    assert Entreprise.objects.get(siret=siret).nom == ENTREPRISE


def test_diagnostic_started_for_a_firm(client, zoe, atelier):
    questionnaire_synthetique(slug="maturite-numerique")
    client.force_login(zoe)
    reussi(envoyer(client, "/diagnostic/maturite-numerique/commencer/", {}, contenant="entreprise"))


def test_request_to_a_connecteur(client, zoe, atelier):
    ConnecteurFactory(nom="Conseil & Numérique d'Armor")
    client.force_login(zoe)
    verifier = envoyer(
        client,
        "/connecteurs/mise-en-relation/",
        {"message": "Nous voulons vendre nos kouign-amann en ligne."},
        contenant="message",
        attendus={"entreprise", "theme", "message"},
    )
    # second step, « Vérifier et envoyer »: the connecteur shown is kept as it comes
    donnees, _ = remplir_obligatoires(formulaire(verifier.content.decode(), contenant="gardes"), {})
    reussi(client.post("/connecteurs/mise-en-relation/", donnees | {"etape": "envoyer"}))
    assert Demande.objects.get().entreprise == atelier


def test_aid_file_created(client, zoe, atelier):
    aide = AideFactory(titre="Chèque numérique d'Armor")
    client.force_login(zoe)
    reussi(
        envoyer(
            client,
            f"/aides/{aide.pk}/demander/",
            {"titre": "Boutique « click & collect »"},
            contenant="titre",
            attendus={"entreprise", "titre"},
        )
    )


def test_testimonial_shared(client, zoe, atelier):
    client.force_login(zoe)
    reussi(
        envoyer(
            client,
            "/ressources/temoignages/partager/",
            {
                "titre": "Notre boutique en ligne",
                "realisation": "Nous avons ouvert une boutique « click & collect ».",
                "resultat": "+20 % de ventes",
            },
            contenant="realisation",
            attendus={"entreprise", "titre", "realisation", "resultat", "themes"},
        )
    )
    assert Temoignage.objects.get().entreprise == atelier


def test_provider_reviewed(client, zoe, atelier):
    prestataire = PrestataireFactory()
    client.force_login(zoe)
    reussi(
        envoyer(
            client,
            f"/ressources/prestataires/{prestataire.pk}/",
            {
                "prestation": "Site vitrine d'Élise",
                "realisee_le": (timezone.localdate() - timedelta(days=30)).isoformat(),
            },
            contenant="prestation",
        )
    )
    assert AvisPrestataire.objects.get().entreprise == atelier


def test_connecteur_reviewed(client, zoe, atelier):
    structure = ConnecteurFactory()
    demande = Demande.objects.create(
        entreprise=atelier,
        auteur=zoe,
        theme=Theme.objects.first(),
        message="Besoin",
        cree_le=timezone.now(),
    )
    reponse = Reponse.objects.create(
        demande=demande, connecteur=structure, etat=EtatReponse.TERMINEE_AIDEE
    )
    client.force_login(zoe)
    reussi(
        envoyer(
            client,
            f"/connecteurs/mes-demandes/reponses/{reponse.pk}/avis/",
            {},
            contenant="note",
            attendus={"contacte", "utile", "note"},
        )
    )


def test_time_bank_joined_and_offer_published(client, zoe, atelier):
    client.force_login(zoe)
    reussi(
        envoyer(
            client,
            f"/formations/bourse/entreprises/{atelier.pk}/",
            {},
            contenant="charte_acceptee",
            attendus={"charte_acceptee"},
        )
    )
    assert MembreBourse.objects.filter(entreprise=atelier).exists()
    url = f"/formations/bourse/entreprises/{atelier.pk}/annonces/nouvelle/"
    saisies = {
        "titre": "Paramétrage d'une boutique en ligne",
        "description": "Installation & réglages",
        "heures": "3",
    }
    attendus = {"sens", "titre", "description", "heures", "modalite", "region"}
    # an offer (the choice the page makes) names the employee, as its hint says
    refus = envoyer(client, url, saisies, contenant="heures", attendus=attendus)
    refus_annonce(refus, "salarie", "Obligatoire pour une offre de compétence")
    en_plus = {"salarie": "Yann O'Kerjean"}
    reussi(envoyer(client, url, saisies, contenant="heures", en_plus=en_plus))
    assert Annonce.objects.get().membre.entreprise == atelier


def test_training_seat_requested(client, zoe, atelier):
    session = SessionFactory()
    client.force_login(zoe)
    reussi(
        envoyer(
            client,
            f"/formations/sessions/{session.pk}/inscription/",
            {},
            contenant="pour",
            attendus={"entreprise", "pour"},
        )
    )
    assert Inscription.objects.get().participant_nom == "Zoé O'Neil"


def test_lead_alert_saved(client, zoe):
    LeadFactory(titre="Importateur cherche biscuits")
    client.force_login(zoe)
    page = client.get("/e-export/leads/", {"q": "biscuits"})
    form = formulaire(page.content.decode(), contenant="nom")
    donnees, remplis = remplir_obligatoires(form, {"nom": "Biscuits d'Élise"})
    assert "nom" in remplis
    reussi(client.post(form["action"], donnees))
    assert RechercheSauvegardee.objects.get(user=zoe).criteres == {"q": "biscuits"}


def test_export_expert_asked(client, zoe, atelier):
    ConnecteurFactory(nom="Team France Export Bretagne")
    client.force_login(zoe)
    reponse = envoyer(
        client,
        "/e-export/expert/",
        {
            "besoin": "Vendre nos biscuits en Allemagne",
            "pays": "Allemagne",
            "produit": "Biscuits",
        },
        contenant="besoin",
        attendus={"entreprise", "besoin", "pays", "produit"},
    )
    assert reponse.status_code in (200, 302)
    assert "Ce champ est obligatoire" not in reponse.content.decode()


def test_aid_file_prevalidated_by_its_labelled_connecteur(client, zoe, atelier):
    claire = UserFactory(connecteur=True, email="claire@cna.test")
    structure = connecteur_labellise(claire, nom="Conseil & Numérique d'Armor")
    dossier = dossier_depose(user=zoe, entreprise=atelier, aide=AideFactory(), connecteur=structure)
    client.force_login(claire)
    reussi(
        envoyer(
            client,
            f"/aides/accompagnement/{dossier.pk}/",
            {},
            contenant="declaration_sans_interet",
            attendus={"declaration_sans_interet"},
        )
    )
    dossier.refresh_from_db()
    assert dossier.prevalide_par == structure
