"""Demo data: both questionnaires, and two past diagnostics of Alice's bakery (history)."""

from datetime import timedelta

from django.utils import timezone

from croissance import demo
from croissance.entreprises.models import Entreprise

from . import services
from .enums import StatutResultat, TypeQuestion
from .models import Questionnaire, Reponse, Resultat
from .questionnaires import charger_questionnaires
from .selectors import version_courante


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
