from django.utils import timezone

from diagnostic.enums import StatutVersion, TypeQuestion
from diagnostic.models import (
    Axe,
    Besoin,
    Choix,
    IndicateurDII,
    Niveau,
    Points,
    Question,
    Questionnaire,
    Version,
)


def questionnaire_synthetique(*, axes=2, questions=2, slug="synthetique"):
    """A published version with `axes` axes of `questions` single-choice questions each
    (choices a = 0 point, b = 1 point) plus one need."""
    questionnaire = Questionnaire.objects.create(slug=slug, titre=f"Questionnaire {slug}")
    version = Version.objects.create(
        questionnaire=questionnaire,
        numero=1,
        statut=StatutVersion.PUBLIEE,
        publiee_le=timezone.now(),
    )
    Niveau.objects.create(
        version=version, rang=1, nom="Débutant", score_min=0, description="Début."
    )
    Niveau.objects.create(
        version=version, rang=2, nom="Avancé", score_min=50, description="Avancé."
    )
    Besoin.objects.create(version=version, slug="vendre", libelle="Vendre en ligne")
    premier = None
    for a in range(axes):
        axe = Axe.objects.create(
            version=version, slug=f"axe-{a}", nom=f"Axe {a}", ordre=a, conseil="Agir."
        )
        for q in range(questions):
            question = Question.objects.create(
                version=version,
                axe=axe,
                code=f"q-{a}-{q}",
                ordre=q,
                texte=f"Question {a}.{q} ?",
                type=TypeQuestion.CHOIX_UNIQUE,
            )
            Choix.objects.create(question=question, code="a", libelle="Non", ordre=1)
            b = Choix.objects.create(question=question, code="b", libelle="Oui", ordre=2)
            Points.objects.create(choix=b, axe=axe, valeur=1)
            premier = premier or b
    indicateur = IndicateurDII.objects.create(version=version, numero=1, libelle="Internet")
    indicateur.choix.set([premier])
    version.choix_commerce_connecte.set([premier])
    return version
