"""Demo data: both questionnaires, two past diagnostics of Alice's bakery (history), and
the anonymous diagnostics of a dozen other bakeries of Bretagne, so that its results page
compares it with its peers."""

from datetime import timedelta

from django.utils import timezone

from croissance import demo
from croissance.entreprises.models import Entreprise

from . import services
from .enums import StatutResultat, TypeQuestion
from .models import Questionnaire, Reponse, Resultat
from .pairs import rafraichir_agregats_pairs
from .questionnaires import charger_questionnaires
from .selectors import version_courante

# other bakeries of the same size in Bretagne, anonymous: the answers' rank of each
PAIRS_DEMO = (0, 1, 1, 2, 2, 2, 3, 1, 2, 0, 3, 2)


def repondre(resultat: Resultat, rang: int) -> None:
    """Answer every question with the choice at position `rang` (or the closest one); for
    multiple choice, the first `rang` choices."""
    reponses = []
    for question in resultat.version.questions.prefetch_related("choix"):
        choix = list(question.choix.all())
        if question.type == TypeQuestion.CHOIX_MULTIPLE:
            retenus = choix[: max(1, rang)]
        else:
            retenus = [choix[min(rang, len(choix) - 1)]]
        reponses += [Reponse(resultat=resultat, question=question, choix=c) for c in retenus]
    Reponse.objects.bulk_create(reponses)


@demo.register
def charger(comptes, stdout):
    versions = charger_questionnaires()
    stdout.write(f"Diagnostic : {len(versions)} questionnaire(s) chargé(s).")
    entreprise = Entreprise.objects.filter(
        nom="Boulangerie Le Fournil Breton", gestionnaires=comptes["pme_alice"]
    ).first()
    if entreprise is None:
        return
    version = version_courante(Questionnaire.objects.get(slug="maturite-numerique"))
    if Resultat.objects.filter(entreprise=entreprise, statut=StatutResultat.TERMINE).exists():
        return
    for rang, jours in ((1, 300), (2, 60)):
        resultat = services.commencer_diagnostic(
            version=version, user=comptes["pme_alice"], entreprise=entreprise
        )
        repondre(resultat, rang)
        resultat = services.terminer_diagnostic(resultat=resultat)
        passe = timezone.now() - timedelta(days=jours)
        Resultat.objects.filter(pk=resultat.pk).update(commence_le=passe, termine_le=passe)
    stdout.write("Diagnostic : deux résultats passés pour la boulangerie d'Alice.")
    dernier = Resultat.objects.filter(entreprise=entreprise).latest("termine_le")
    for jours, rang in enumerate(PAIRS_DEMO, start=3):
        resultat = services.commencer_diagnostic(version=version)
        repondre(resultat, rang)
        resultat = services.terminer_diagnostic(resultat=resultat)
        passe = timezone.now() - timedelta(days=jours * 7)
        Resultat.objects.filter(pk=resultat.pk).update(
            commence_le=passe,
            termine_le=passe,
            secteur=dernier.secteur,
            tranche_effectifs=dernier.tranche_effectifs,
            region=dernier.region,
        )
    rafraichir_agregats_pairs()
    stdout.write(f"Diagnostic : {len(PAIRS_DEMO)} diagnostics anonymes d'autres boulangeries.")
