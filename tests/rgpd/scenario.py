"""A PME that used every merged module, so export and erasure have something to show.

Also used by the permission matrix to own the objects other roles must not reach.
"""

from decimal import Decimal

from aides import services as aides_services
from aides.models import AideDeclaree
from croissance.emails import send_templated_email
from croissance.label.models import SignatureCharte
from croissance.ressources.enums import EtatModeration
from croissance.ressources.models import AvisPrestataire
from diagnostic import services as diagnostic_services
from diagnostic.models import Choix
from einter.models import RechercheSauvegardee
from tests.aides.factories import AideFactory, dossier_brouillon, dossier_en_instruction
from tests.diagnostic.factories import questionnaire_synthetique
from tests.factories import EntrepriseFactory, UserFactory
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
