"""Every email of the portal, sent through its real service or view, with names that an HTML
escape would spoil: an apostrophe, an ampersand, double quotes.

Each scenario returns nothing; it sends emails. `SCENARIOS` says which email templates each
one sends and which of the typed names each email must show as typed.
"""

import datetime
from decimal import Decimal

from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from aides import services as aides_services
from aides.enums import NatureDocument, TypeDepense
from connecteurs import membres as connecteurs_membres_services
from connecteurs import services as connecteurs_services
from connecteurs.enums import EtatCandidature, EtatLabel, EtatReponse
from connecteurs.models import CharteVersion, Connecteur, Prestation
from croissance.entreprises import revendications
from croissance.entreprises import services as entreprises_services
from croissance.entreprises.models import Gestionnaire
from croissance.label import services as label_services
from croissance.orientation import profil as profil_module
from croissance.referentiels.models import Theme
from croissance.rgpd import services as rgpd_services
from diagnostic import services as diagnostic_services
from diagnostic.models import Choix
from einter import services as einter_services
from formations import bourse
from formations import services as formations_services
from formations.enums import EtatProposition, SensAnnonce
from formations.models import Annonce, AppelFormations, Proposition
from tests.aides.factories import AideFactory, connecteur_labellise, pdf
from tests.connecteurs.factories import ConnecteurFactory, charte
from tests.diagnostic.factories import questionnaire_synthetique
from tests.einter.factories import LeadFactory, RechercheFactory
from tests.factories import DEFAULT_PASSWORD, EntrepriseFactory, UserFactory
from tests.formations.factories import FormationFactory, SessionFactory, organisme_avec_membre

ENTREPRISE = "L'Atelier d'Élise & Fils \"Le Bon Pain\""
PRENOM, NOM = "Zoé", "O'Neil"
PERSONNE = f"{PRENOM} {NOM}"
CONNECTEUR = 'Conseil & Numérique d\'Armor "CNA"'
AIDE = "Chèque « l'export » & numérique"
DOSSIER = 'Boutique "click & collect" d\'Élise'
MOTIF = 'Il manque l\'attestation & le devis "signé"'
FORMATION = 'Vendre en ligne : l\'essentiel & le "pratique"'
ANNONCE = 'Paramétrage d\'une boutique "click & collect"'
RECHERCHE = "Biscuits d'Élise & Fils"
LEAD = 'Importateur cherche biscuits "pur beurre" & galettes d\'Élise'
MESSAGE = 'Nous voulons vendre en ligne nos pains d\'épices & "kouign-amann".'


def zoe(**kwargs):
    return UserFactory(prenom=PRENOM, nom=NOM, email="zoe.oneil@exemple.fr", **kwargs)


def entreprise_de(user, **kwargs):
    return EntrepriseFactory(gestionnaires=[user], nom=ENTREPRISE, **kwargs)


# --- Accounts (allauth, through its pages) ------------------------------------------------


def comptes(client):
    donnees = {
        "prenom": PRENOM,
        "nom": NOM,
        "email": "zoe.oneil@exemple.fr",
        "role": "pme",
        "password1": DEFAULT_PASSWORD,
        "password2": DEFAULT_PASSWORD,
    }
    assert client.post(reverse("account_signup"), donnees).status_code == 302
    client.logout()
    cache.clear()  # a while later (allauth sends one verification email per 3 minutes)
    # someone signs up again with the same address: the owner is told, nobody else learns it
    assert client.post(reverse("account_signup"), donnees).status_code == 302
    client.logout()
    url = reverse("account_reset_password")
    assert client.post(url, {"email": "zoe.oneil@exemple.fr"}).status_code == 302
    assert client.post(url, {"email": "inconnue@exemple.fr"}).status_code == 302
    zoe_verifiee = UserFactory(prenom="Élise", nom="D'Arvor", email="elise@exemple.fr")
    client.force_login(zoe_verifiee)
    reponse = client.post(
        reverse("account_email"), {"action_add": "", "email": "elise.darvor@exemple.fr"}
    )
    assert reponse.status_code == 302


# --- Core: managers, SME label, account erasure -------------------------------------------


def gestionnaire(client):
    elise = UserFactory(prenom="Élise", nom="D'Arvor")
    entreprise = entreprise_de(elise)
    zoe_oneil = zoe()
    entreprises_services.invitation_envoyer(
        entreprise=entreprise, par=elise, email="zoe.oneil@exemple.fr"
    )
    Gestionnaire.objects.create(entreprise=entreprise, user=zoe_oneil)
    entreprises_services.gestionnaire_retirer(
        entreprise=entreprise, user=zoe_oneil, par=elise, motif=MOTIF
    )


def revendication(client):
    elise = UserFactory(prenom="Élise", nom="D'Arvor", email="elise@exemple.fr")
    entreprise = entreprise_de(elise)
    demande = revendications.revendication_deposer(
        entreprise=entreprise, demandeur=zoe(), message=MESSAGE
    )
    revendications.revendication_repondre(
        revendication=demande, par=elise, accepter=False, motif=MOTIF
    )


def label_pme(client):
    def diagnostic_mature(entreprise):
        return {"niveau": 3, "commerce_connecte": True}

    mission = UserFactory(mission=True, email="marc@mission.test")
    user = zoe()
    entreprise = entreprise_de(user)
    profil_module.register_source(diagnostic_mature)
    try:
        label_services.charte_signer(entreprise=entreprise, user=user)
        candidature = label_services.candidature_deposer(
            entreprise=entreprise, user=user, presentation=MESSAGE
        )
    finally:
        profil_module._SOURCES.remove(diagnostic_mature)
    label_services.candidature_refuser(candidature=candidature, par=mission, motif=MOTIF)


def moderation(client):
    from croissance.ressources import services as ressources_services
    from croissance.ressources.enums import EtatModeration
    from croissance.ressources.models import Temoignage

    user = zoe()
    temoignage = ressources_services.temoignage_proposer(
        auteur=user,
        temoignage=Temoignage(
            entreprise=entreprise_de(user),
            titre=DOSSIER,
            realisation="Une boutique en ligne.",
            resultat="Des ventes.",
        ),
        themes=[],
    )
    ressources_services.temoignage_moderer(
        temoignage=temoignage,
        moderateur=UserFactory(mission=True, email="marc@mission.test"),
        etat=EtatModeration.REFUSE,
        motif=MOTIF,
    )


def suppression_compte(client):
    rgpd_services.supprimer_compte(user=zoe())


# --- Aid files ----------------------------------------------------------------------------


def dossier_aide(client):
    user = zoe()
    entreprise = entreprise_de(user)
    aide = AideFactory(titre=AIDE)
    dossier = aides_services.dossier_creer(
        user=user, aide=aide, entreprise=entreprise, titre=DOSSIER
    )
    aides_services.ligne_ajouter(
        dossier=dossier,
        user=user,
        type_depense=TypeDepense.SITE,
        libelle="Site « click & collect »",
        montant_ht=Decimal("12000"),
    )
    aides_services.document_ajouter(
        dossier=dossier,
        user=user,
        fichier=pdf(),
        nature=NatureDocument.DEVIS,
        siret_prestataire="35000000602044",
    )
    dossier = aides_services.dossier_deposer(dossier=dossier, user=user)
    instructeur = UserFactory(instructeur=True, regions=["53"], prenom="Inès", nom="L'Hénoret")
    dossier = aides_services.dossier_instruire(dossier=dossier, instructeur=instructeur)
    expert = UserFactory(connecteur=True, email="expert@cna.test")
    structure = connecteur_labellise(expert, nom=CONNECTEUR)
    demande = aides_services.avis_demander(
        dossier=dossier, instructeur=instructeur, question=MOTIF, connecteur=structure
    )
    aides_services.avis_relancer_en_retard(maintenant=timezone.now() + datetime.timedelta(days=30))
    aides_services.avis_rendre(demande=demande, user=expert, reponse="Projet solide & utile.")
    aides_services.dossier_demander_pieces(dossier=dossier, instructeur=instructeur, motif=MOTIF)
    aides_services.dossier_deposer(dossier=dossier, user=user)
    aides_services.dossier_instruire(dossier=dossier, instructeur=instructeur)
    aides_services.dossier_accepter(
        dossier=dossier, instructeur=instructeur, montant=Decimal("6000"), motif=MOTIF
    )


# --- Connecteurs: charter, label, requests, reviews ---------------------------------------


def connecteurs_label(client):
    mission = UserFactory(mission=True, email="marc@mission.test")
    membre = UserFactory(connecteur=True, prenom=PRENOM, nom=NOM, email="zoe@cna.test")
    structure = ConnecteurFactory(nom=CONNECTEUR, non_signe=True, membres=[membre])
    charte()
    connecteurs_services.charte_signer(connecteur=structure, user=membre)
    CharteVersion.objects.create(numero=2, texte="Charte révisée")
    connecteurs_services.charte_rappeler(connecteurs=Connecteur.objects.filter(pk=structure.pk))
    Prestation.objects.create(
        connecteur=structure,
        titre="Audit « click & collect »",
        theme=Theme.objects.get(slug="vente-en-ligne"),
        duree="2 jours",
        prix_ht=Decimal("1500"),
    )
    structure.refresh_from_db()
    candidature = connecteurs_services.candidature_creer(connecteur=structure, auteur=membre)
    candidature.references = MESSAGE
    candidature.save()
    connecteurs_services.candidature_soumettre(candidature=candidature, auteur=membre)
    evaluateur = UserFactory(instructeur=True, regions=["53"], email="ines@bretagne.test")
    connecteurs_services.evaluateur_affecter(
        candidature=candidature, evaluateur=evaluateur, auteur=mission
    )
    connecteurs_services.candidature_decider(
        candidature=candidature, auteur=mission, decision=EtatCandidature.A_COMPLETER, motif=MOTIF
    )


def connecteurs_vie_du_label(client):
    mission = UserFactory(mission=True, email="marc@mission.test")
    membre = UserFactory(connecteur=True, prenom=PRENOM, nom=NOM, email="zoe@cna.test")
    structure = ConnecteurFactory(nom=CONNECTEUR, labellise=True, membres=[membre])
    connecteurs_services.label_changer(
        connecteur=structure, to=EtatLabel.SUSPENDU, auteur=mission, motif=MOTIF
    )
    Connecteur.objects.filter(pk=structure.pk).update(
        label_expire_le=timezone.localdate() + datetime.timedelta(days=10)
    )
    connecteurs_services.labels_rappeler_et_expirer()


def connecteurs_demandes(client):
    UserFactory(mission=True, email="marc@mission.test")
    user = zoe()
    entreprise = entreprise_de(user)
    membre = UserFactory(connecteur=True, prenom="Élise", nom="D'Arvor", email="elise@cna.test")
    structure = ConnecteurFactory(nom=CONNECTEUR, membres=[membre])
    autre = ConnecteurFactory(nom="Numérique & Co d'Iroise")
    theme = Theme.objects.get(slug="vente-en-ligne")
    il_y_a_un_mois = timezone.now() - datetime.timedelta(days=30)
    demande = connecteurs_services.demande_creer(
        entreprise=entreprise,
        auteur=user,
        theme=theme,
        message=MESSAGE,
        partage_diagnostic=False,
        connecteurs=[structure, autre],
        now=il_y_a_un_mois,
    )
    connecteurs_services.demandes_relancer()
    reponse = demande.reponses.get(connecteur=structure)
    connecteurs_services.reponse_repondre(
        reponse=reponse, auteur=membre, etat=EtatReponse.PRISE_EN_CHARGE, motif=MOTIF
    )
    connecteurs_services.reponse_repondre(
        reponse=reponse, auteur=membre, etat=EtatReponse.TERMINEE_AIDEE, motif=MOTIF
    )
    connecteurs_services.avis_deposer(
        reponse=reponse, auteur=user, note=5, commentaire=MOTIF, contacte=True, utile=True
    )


# --- Diagnostic ---------------------------------------------------------------------------


def diagnostic(client):
    user = zoe()
    entreprise = entreprise_de(user)
    version = questionnaire_synthetique(slug="maturite-numerique")
    version.questionnaire.titre = "Maturité numérique d'une PME & de ses équipes"
    version.questionnaire.save()
    resultat = diagnostic_services.commencer_diagnostic(
        version=version, user=user, entreprise=entreprise
    )
    choix = Choix.objects.filter(question__version=version, code="b").select_related("question")
    diagnostic_services.enregistrer_etape(
        resultat=resultat,
        questions=[c.question for c in choix],
        reponses={c.question_id: [c] for c in choix},
        etape=2,
    )
    diagnostic_services.terminer_diagnostic(resultat=resultat)


# --- Trainings, call for offers, time bank ------------------------------------------------


def formations(client):
    organisme, membre = organisme_avec_membre(nom=CONNECTEUR)
    formation = FormationFactory(organisme=organisme, titre=FORMATION, publiee=True)
    user = zoe()
    entreprise = entreprise_de(user)

    def inscrire(session):
        return formations_services.inscription_demander(
            session=session,
            entreprise=entreprise,
            demandeur=user,
            participant_nom=PERSONNE,
            participant_email="zoe.oneil@exemple.fr",
        )

    session = SessionFactory(formation=formation, lieu="Tiers-lieu « L'Atelier & Co », Brest")
    premiere = inscrire(session)
    formations_services.inscription_refuser(inscription=premiere, auteur=membre, motif=MOTIF)
    seconde = inscrire(SessionFactory(formation=formation))
    formations_services.inscription_annuler(inscription=seconde, auteur=user, motif=MOTIF)
    passee = inscrire(SessionFactory(formation=formation))
    formations_services.inscription_confirmer(inscription=passee, auteur=membre)
    passee.session.__class__.objects.filter(pk=passee.session_id).update(
        date_debut=timezone.localdate() - datetime.timedelta(days=3),
        date_fin=timezone.localdate() - datetime.timedelta(days=2),
    )
    formations_services.inviter_a_noter()


def appel_a_formations(client):
    organisme, membre = organisme_avec_membre(nom=CONNECTEUR)
    membre.prenom, membre.nom = PRENOM, NOM
    membre.save()
    appel = AppelFormations.objects.create(
        titre="AMI 2027 : former les dirigeants d'entreprise & leurs équipes",
        description="Appel national",
        criteres="Immersion",
        date_limite=timezone.now() + datetime.timedelta(days=30),
        publie=True,
    )
    proposition = formations_services.proposition_deposer(
        proposition=Proposition(
            appel=appel,
            organisme=organisme,
            type_etablissement="gen",
            titre=FORMATION,
            type_formation="certificat",
            public="dirigeant",
            modalite="hybride",
            niveau="decouverte",
            duree_heures=35,
            prix=Decimal("1200"),
            description="Cinq jours.",
            programme="Stratégie.",
        ),
        regions=["53"],
        themes=Theme.objects.filter(slug="vente-en-ligne"),
        auteur=membre,
    )
    formations_services.proposition_evaluer(
        proposition=proposition,
        decision=EtatProposition.A_COMPLETER,
        auteur=UserFactory(mission=True),
        motif=MOTIF,
    )


def bourse_de_temps(client):
    user = zoe()
    offreur = bourse.bourse_adherer(
        entreprise=entreprise_de(user), auteur=user, charte_acceptee=True
    )
    autre = UserFactory(prenom="Élise", nom="D'Arvor")
    receveur = bourse.bourse_adherer(
        entreprise=EntrepriseFactory(gestionnaires=[autre], nom="Biscuiterie d'Iroise & Cie"),
        auteur=autre,
        charte_acceptee=True,
    )
    annonce = bourse.annonce_publier(
        annonce=Annonce(
            sens=SensAnnonce.OFFRE,
            titre=ANNONCE,
            description="Installation & réglages",
            salarie="Yann O'Kerjean",
            heures=Decimal("3"),
            modalite="distance",
            region_id="53",
        ),
        membre=offreur,
        auteur=user,
    )
    echange = bourse.echange_proposer(
        annonce=annonce,
        membre=receveur,
        heures=Decimal("2"),
        salarie="",
        message=MESSAGE,
        auteur=autre,
    )
    bourse.echange_accepter(echange=echange, membre=offreur, auteur=user)


# --- E-export -----------------------------------------------------------------------------


def alerte_leads(client):
    user = zoe()
    RechercheFactory(
        user=user,
        nom=RECHERCHE,
        criteres={"q": "biscuits"},
        cree_le=timezone.now() - datetime.timedelta(days=1),
    )
    LeadFactory(titre=LEAD, quantite="2 000 boîtes « pur beurre »")
    einter_services.envoyer_digest(user_id=user.pk)


def connecteurs_membres(client):
    referente = UserFactory(connecteur=True, prenom=PRENOM, nom=NOM, email="zoe@cna.test")
    structure = ConnecteurFactory(nom=CONNECTEUR, membres=[referente])
    elise = UserFactory(connecteur=True, prenom="Élise", nom="D'Arvor", email="elise@cna.test")
    demande = connecteurs_membres_services.adhesion_demander(
        connecteur=structure, demandeur=elise, message=MESSAGE
    )
    connecteurs_membres_services.adhesion_decider(
        demande=demande, auteur=referente, accepter=True, motif=MOTIF
    )
    yann = UserFactory(connecteur=True, prenom="Yann", nom="O'Kerjean", email="yann@cna.test")
    refus = connecteurs_membres_services.adhesion_demander(
        connecteur=structure, demandeur=yann, message=MESSAGE
    )
    connecteurs_membres_services.adhesion_decider(
        demande=refus, auteur=referente, accepter=False, motif=MOTIF
    )
    membre = structure.membre_set.get(user=elise)
    connecteurs_membres_services.referent_transmettre(membre=membre, auteur=referente)
    ancienne = structure.membre_set.get(user=referente)
    connecteurs_membres_services.membre_retirer(membre=ancienne, auteur=elise, motif=MOTIF)


# scenario → {email template (without .txt): names the email must show as typed}
SCENARIOS = {
    comptes: {
        "account/email/email_confirmation_signup": [PERSONNE],
        "account/email/account_already_exists": [],
        "account/email/password_reset_key": [],
        "account/email/unknown_account": [],
        "account/email/email_confirmation": ["Élise D'Arvor"],
    },
    gestionnaire: {
        "emails/invitation_gestionnaire": ["Élise D'Arvor", ENTREPRISE],
        "emails/gestionnaire_retire": [PRENOM, "Élise D'Arvor", ENTREPRISE, MOTIF],
    },
    revendication: {
        "emails/revendication_recue": [PERSONNE, ENTREPRISE, MESSAGE],
        "emails/revendication_decision": [PRENOM, ENTREPRISE, "Élise D'Arvor", MOTIF],
    },
    label_pme: {
        "label/emails/candidature_deposee": [ENTREPRISE, MESSAGE],
        "label/emails/decision": [ENTREPRISE, MOTIF],
    },
    suppression_compte: {"rgpd/emails/compte_supprime": [PRENOM]},
    moderation: {"ressources/emails/refus": [PRENOM, DOSSIER, MOTIF]},
    dossier_aide: {
        "aides/emails/accuse_reception": [DOSSIER, AIDE, ENTREPRISE],
        "aides/emails/dossier_etat": [DOSSIER, AIDE],
        "aides/emails/avis_demande": [DOSSIER, AIDE, MOTIF],
        "aides/emails/avis_rendu": [CONNECTEUR, DOSSIER],
    },
    connecteurs_label: {
        "connecteurs/emails/charte_signee": [PERSONNE, CONNECTEUR],
        "connecteurs/emails/charte_rappel": [CONNECTEUR],
        "connecteurs/emails/candidature_soumise": [CONNECTEUR],
        "connecteurs/emails/candidature_etape": [CONNECTEUR],
        "connecteurs/emails/evaluateur_affecte": [CONNECTEUR],
    },
    connecteurs_vie_du_label: {
        "connecteurs/emails/label_change": [CONNECTEUR],
        "connecteurs/emails/label_rappel": [CONNECTEUR],
    },
    connecteurs_demandes: {
        "connecteurs/emails/demande_recue": [ENTREPRISE, MESSAGE],
        "connecteurs/emails/demande_envoyee": [ENTREPRISE, CONNECTEUR],
        "connecteurs/emails/demande_relance": [ENTREPRISE],
        "connecteurs/emails/demande_escalade": [ENTREPRISE],
        "connecteurs/emails/demande_reponse": [CONNECTEUR],
        "connecteurs/emails/avis_invitation": [CONNECTEUR],
        "connecteurs/emails/avis_a_moderer": [CONNECTEUR],
    },
    connecteurs_membres: {
        "connecteurs/emails/adhesion_demandee": [CONNECTEUR, MESSAGE],
        "connecteurs/emails/adhesion_acceptee": [CONNECTEUR, PERSONNE, MOTIF],
        "connecteurs/emails/adhesion_refusee": [CONNECTEUR, MOTIF],
        "connecteurs/emails/referent_transmis": [PERSONNE, CONNECTEUR],
        "connecteurs/emails/membre_retire": [CONNECTEUR, MOTIF],
    },
    diagnostic: {"diagnostic/emails/resultat": [PRENOM, ENTREPRISE]},
    formations: {
        "formations/emails/inscription_demandee": [PERSONNE, ENTREPRISE, FORMATION, CONNECTEUR],
        "formations/emails/inscription_a_traiter": [PERSONNE, ENTREPRISE, FORMATION],
        "formations/emails/inscription_refusee": [PERSONNE, FORMATION, CONNECTEUR, MOTIF],
        "formations/emails/inscription_annulee": [PERSONNE, FORMATION],
        "formations/emails/inscription_confirmee": [PERSONNE, FORMATION],
        "formations/emails/invitation_avis": [PERSONNE, FORMATION],
    },
    appel_a_formations: {"formations/emails/proposition_etape": [FORMATION]},
    bourse_de_temps: {"formations/emails/echange": [ANNONCE, ENTREPRISE, "Yann O'Kerjean"]},
    alerte_leads: {"einter/emails/digest": [PRENOM, RECHERCHE, LEAD]},
}
