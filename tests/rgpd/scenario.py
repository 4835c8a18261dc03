"""A PME that used every merged module, so export and erasure have something to show.

Also used by the permission matrix to own the objects other roles must not reach.
"""

from datetime import date
from decimal import Decimal

from django.utils import timezone

from aides import services as aides_services
from aides.models import AideDeclaree
from connecteurs.enums import EtatReponse, StatutAvis
from connecteurs.models import Avis as AvisConnecteur
from connecteurs.models import Demande, Reponse
from croissance.emails import send_templated_email
from croissance.label.models import SignatureCharte
from croissance.referentiels.models import Theme
from croissance.ressources.enums import EtatModeration
from croissance.ressources.models import AvisPrestataire
from diagnostic import services as diagnostic_services
from diagnostic.models import Choix
from einter.models import RechercheSauvegardee
from formations.enums import TypeMouvement
from formations.models import Avis as AvisFormation
from formations.models import MembreBourse, Mouvement
from tests.aides.factories import AideFactory, dossier_brouillon, dossier_en_instruction
from tests.connecteurs.factories import ConnecteurFactory
from tests.diagnostic.factories import questionnaire_synthetique
from tests.factories import EntrepriseFactory, UserFactory
from tests.formations.factories import FormationFactory, InscriptionFactory, SessionFactory
from tests.ressources.factories import PrestataireFactory, TemoignageFactory


def pme_complete(user, *, nom, code_postal="29000", aide=None, version=None, instructeur=None):
    """`user` manages `nom`, took a diagnostic, has a granted aid file, a draft one, a saved
    leads search, a published and a pending testimonial, a rating, a signed charter, an
    email in the outbox."""
    region = "53" if code_postal.startswith("29") else "76"
    entreprise = EntrepriseFactory(gestionnaires=[user], nom=nom, code_postal=code_postal)
    if version is None:
        version = questionnaire_synthetique(slug=f"q-{user.pk}")
    if aide is None:
        aide = AideFactory(regions=[region])
    if instructeur is None:
        instructeur = UserFactory(instructeur=True, regions=[region])

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
    resultat = diagnostic_services.terminer_diagnostic(resultat=resultat)

    accorde = dossier_en_instruction(user=user, entreprise=entreprise, aide=aide)
    accorde = aides_services.dossier_accepter(
        dossier=accorde, instructeur=instructeur, montant=Decimal("5000"), motif="Projet solide"
    )
    brouillon = dossier_brouillon(user=user, entreprise=entreprise, aide=aide)
    AideDeclaree.objects.create(
        entreprise=entreprise,
        financeur="Bpifrance",
        montant=Decimal("1500"),
        date_octroi="2025-03-01",
    )
    recherche = RechercheSauvegardee.objects.create(
        user=user, nom=f"Leads de {nom}", criteres={"pays": "DE"}
    )
    publie = TemoignageFactory(
        entreprise=entreprise, auteur=user, titre=f"Réussite de {nom}", etat=EtatModeration.PUBLIE
    )
    en_attente = TemoignageFactory(
        entreprise=entreprise, auteur=user, titre=f"Brouillon de {nom}", etat=EtatModeration.SOUMIS
    )
    prestataire = PrestataireFactory()
    avis = AvisPrestataire.objects.create(
        prestataire=prestataire,
        entreprise=entreprise,
        auteur=user,
        prestation=f"Site vitrine de {nom}",
        realisee_le=date(2026, 3, 15),
        note=4,
        commentaire=f"Avis de {nom}",
        etat=EtatModeration.SOUMIS,
    )
    SignatureCharte.objects.create(entreprise=entreprise, signataire=user)
    send_templated_email(
        to=[user.email], template="rgpd/emails/compte_supprime", context={"prenom": "Test"}
    )
    return {
        "entreprise": entreprise,
        "resultat": resultat,
        "accorde": accorde,
        "brouillon": brouillon,
        "recherche": recherche,
        "temoignage_publie": publie,
        "temoignage_en_attente": en_attente,
        "avis": avis,
        "prestataire": prestataire,
        "aide": aide,
        "version": version,
    }


def pme_accompagnee_et_formee(user, entreprise):
    """`user` (manager of `entreprise`) sent two requests to a connecteur (one rated and
    published, one rated and awaiting moderation), enrolled twice (an attended, rated session
    and a pending one), signed the time-bank charter and recorded a ledger movement."""
    structure = ConnecteurFactory(nom=f"Conseil de {entreprise.nom}")
    theme = Theme.objects.get(slug="vente-en-ligne")
    demandes, avis_connecteur = [], []
    for statut in (StatutAvis.PUBLIE, StatutAvis.EN_ATTENTE):
        demande = Demande.objects.create(
            entreprise=entreprise,
            auteur=user,
            theme=theme,
            message=f"Besoin de {entreprise.nom}",
            cree_le=timezone.now(),
        )
        reponse = Reponse.objects.create(
            demande=demande, connecteur=structure, etat=EtatReponse.TERMINEE_AIDEE
        )
        demandes.append(demande)
        avis_connecteur.append(
            AvisConnecteur.objects.create(
                reponse=reponse, contacte=True, utile=True, note=5, statut=statut
            )
        )
    formation = FormationFactory(titre=f"Vendre en ligne ({entreprise.nom})")
    suivie = InscriptionFactory(
        session=SessionFactory(formation=formation, passee=True),
        demandeur=user,
        entreprise=entreprise,
        confirmee=True,
    )
    avis_formation = AvisFormation.objects.create(
        inscription=suivie, formation=formation, note=4, auteur=user, commentaire="Très utile"
    )
    en_attente = InscriptionFactory(
        session=SessionFactory(formation=formation), demandeur=user, entreprise=entreprise
    )
    membre = MembreBourse.objects.create(
        entreprise=entreprise, charte_acceptee_le=timezone.now(), adhesion_par=user
    )
    mouvement = Mouvement.objects.create(
        type=TypeMouvement.BIENVENUE, libelle=f"Bienvenue {entreprise.nom}", auteur=user
    )
    return {
        "structure": structure,
        "demandes": demandes,
        "avis_connecteur": avis_connecteur,
        "inscription_suivie": suivie,
        "inscription_en_attente": en_attente,
        "avis_formation": avis_formation,
        "membre_bourse": membre,
        "mouvement": mouvement,
    }
