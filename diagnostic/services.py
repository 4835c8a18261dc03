"""Writes of the diagnostic: one function per use case, keyword-only, atomic."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from croissance.emails import send_templated_email

from .enums import StatutResultat, StatutVersion
from .models import (
    Axe,
    Besoin,
    Choix,
    IndicateurDII,
    Niveau,
    Points,
    Question,
    Reponse,
    Resultat,
    ScoreAxe,
    Version,
)
from .scoring import calculer
from .selectors import bareme_de_version, choix_retenus

# --- Versions -------------------------------------------------------------------------------


@transaction.atomic
def publier_version(*, version: Version) -> Version:
    """Freeze a draft; the previously published version of the questionnaire is archived."""
    version = Version.objects.select_for_update().get(pk=version.pk)
    if version.statut != StatutVersion.BROUILLON:
        raise ValidationError("Seul un brouillon peut être publié.")
    if not version.axes.exists() or not version.questions.exists():
        raise ValidationError("Une version sans axe ni question ne peut pas être publiée.")
    Version.objects.filter(
        questionnaire=version.questionnaire, statut=StatutVersion.PUBLIEE
    ).update(statut=StatutVersion.ARCHIVEE)
    version.statut = StatutVersion.PUBLIEE
    version.publiee_le = timezone.now()
    version.save(update_fields=["statut", "publiee_le"])
    return version


@transaction.atomic
def creer_nouvelle_version(*, version: Version) -> Version:
    """Deep-copy a version (levels, axes, questions, choices, points, conditions, needs, DII
    mapping, commerce connecté) into a new draft that staff may edit."""
    numero = (
        Version.objects.filter(questionnaire=version.questionnaire)
        .order_by("-numero")
        .first()
        .numero
        + 1
    )
    copie = Version.objects.create(
        questionnaire=version.questionnaire,
        numero=numero,
        notes=f"Copie de la version {version.numero}.",
    )
    for niveau in version.niveaux.all():
        Niveau.objects.create(
            version=copie,
            rang=niveau.rang,
            nom=niveau.nom,
            score_min=niveau.score_min,
            description=niveau.description,
        )
    axes = {}
    for axe in version.axes.all():
        axes[axe.pk] = Axe.objects.create(
            version=copie,
            slug=axe.slug,
            nom=axe.nom,
            ordre=axe.ordre,
            description=axe.description,
            explication=axe.explication,
            conseil=axe.conseil,
            theme_id=axe.theme_id,
        )
    for besoin in version.besoins.all():
        Besoin.objects.create(
            version=copie,
            slug=besoin.slug,
            libelle=besoin.libelle,
            ordre=besoin.ordre,
            theme_id=besoin.theme_id,
        )
    choix_copies: dict[int, Choix] = {}
    questions = version.questions.prefetch_related("choix__points", "conditions").order_by(
        "axe__ordre", "ordre", "pk"
    )
    conditions = []
    for question in questions:
        nouvelle = Question.objects.create(
            version=copie,
            axe=axes[question.axe_id],
            code=question.code,
            ordre=question.ordre,
            texte=question.texte,
            aide=question.aide,
            type=question.type,
            obligatoire=question.obligatoire,
        )
        conditions.append((nouvelle, [choix.pk for choix in question.conditions.all()]))
        for choix in question.choix.all():
            choix_copies[choix.pk] = Choix.objects.create(
                question=nouvelle,
                code=choix.code,
                ordre=choix.ordre,
                libelle=choix.libelle,
                exclusif=choix.exclusif,
            )
            Points.objects.bulk_create(
                Points(choix=choix_copies[choix.pk], axe=axes[p.axe_id], valeur=p.valeur)
                for p in choix.points.all()
            )
    for nouvelle, anciens in conditions:
        nouvelle.conditions.set([choix_copies[pk] for pk in anciens if pk in choix_copies])
    for indicateur in version.indicateurs_dii.prefetch_related("choix"):
        copie_indicateur = IndicateurDII.objects.create(
            version=copie, numero=indicateur.numero, libelle=indicateur.libelle
        )
        copie_indicateur.choix.set([choix_copies[c.pk] for c in indicateur.choix.all()])
    copie.choix_commerce_connecte.set(
        [choix_copies[c.pk] for c in version.choix_commerce_connecte.all()]
    )
    return copie


# --- Taking a diagnostic --------------------------------------------------------------------


def _groupe_de_pairs(entreprise) -> dict:
    if entreprise is None:
        return {}
    return {
        "secteur": (entreprise.naf_id or "")[:2],
        "tranche_effectifs": entreprise.tranche_effectifs_id or "",
        "region_id": entreprise.region_id,
    }


def commencer_diagnostic(*, version: Version, user=None, entreprise=None) -> Resultat:
    if version.statut != StatutVersion.PUBLIEE:
        raise ValidationError("Ce questionnaire n'est plus proposé.")
    return Resultat.objects.create(
        version=version,
        user=user if user is not None and user.is_authenticated else None,
        entreprise=entreprise,
        **_groupe_de_pairs(entreprise),
    )


@transaction.atomic
def enregistrer_etape(
    *, resultat: Resultat, questions: list[Question], reponses: dict[int, list[Choix]], etape: int
) -> None:
    """Replace the answers to the questions of one step (several writes, fixed in number).
    The result row is locked so that two tabs submitting at once do not interleave."""
    statut = (
        Resultat.objects.select_for_update().filter(pk=resultat.pk).values_list("statut", flat=True)
    )
    if resultat.termine or statut.first() == StatutResultat.TERMINE:
        raise ValidationError("Ce diagnostic est terminé : ses réponses ne peuvent plus changer.")
    Reponse.objects.filter(resultat=resultat, question__in=[q.pk for q in questions]).delete()
    Reponse.objects.bulk_create(
        Reponse(resultat=resultat, question_id=choix.question_id, choix=choix)
        for liste in reponses.values()
        for choix in liste
    )
    if etape > resultat.etape:
        resultat.etape = etape
    resultat.save(update_fields=["etape", "modifie_le"])


@transaction.atomic
def enregistrer_besoins(*, resultat: Resultat, besoins: list[Besoin]) -> None:
    statut = (
        Resultat.objects.select_for_update().filter(pk=resultat.pk).values_list("statut", flat=True)
    )
    if resultat.termine or statut.first() == StatutResultat.TERMINE:
        raise ValidationError("Ce diagnostic est terminé : ses réponses ne peuvent plus changer.")
    resultat.besoins.set(besoins)


class DiagnosticIncomplet(ValidationError):
    """A question that applies has no answer yet: `etape` is the first step that holds one."""

    def __init__(self, etape: int, nombre: int):
        super().__init__(
            f"{nombre} question{'s' if nombre > 1 else ''} qui vous concerne"
            f"{'nt' if nombre > 1 else ''} reste{'nt' if nombre > 1 else ''} sans réponse "
            f"à l'étape {etape} : répondez-y pour voir vos résultats.",
            code="incomplet",
        )
        self.etape = etape


def premiere_etape_manquante(bareme, manquantes) -> int:
    """The step (1-based, one per axis in order) of the first missing question."""
    axe_de = {question.id: question.axe for question in bareme.questions}
    return min(bareme.axes.index(axe_de[question]) for question in manquantes) + 1


@transaction.atomic
def terminer_diagnostic(*, resultat: Resultat, refuser_si_incomplet: bool = False) -> Resultat:
    """Compute and store the scores with the result's own version, then prepare the PDF.

    Questions that applied but have no answer are recorded with the result (its page says
    so); with `refuser_si_incomplet`, the result stays open and `DiagnosticIncomplet` says
    which step to complete."""
    resultat = (
        Resultat.objects.select_for_update(of=("self",))
        .select_related("version__questionnaire", "user", "entreprise")
        .get(pk=resultat.pk)
    )
    if resultat.termine:
        return resultat
    bareme = bareme_de_version(resultat.version)
    score = calculer(bareme, choix_retenus(resultat))
    if score.manquantes and refuser_si_incomplet:
        raise DiagnosticIncomplet(
            premiere_etape_manquante(bareme, score.manquantes), len(score.manquantes)
        )
    axes = {axe.slug: axe for axe in resultat.version.axes.all()}
    ScoreAxe.objects.bulk_create(
        ScoreAxe(resultat=resultat, axe=axes[slug], score=valeur)
        for slug, valeur in score.axes.items()
    )
    resultat.score_global = score.score_global
    resultat.niveau_id = score.niveau.id if score.niveau else None
    # A questionnaire without DII mapping (e-export) does not measure digital intensity.
    resultat.dii = score.dii if bareme.indicateurs else None
    resultat.niveau_dii = score.niveau_dii if bareme.indicateurs else ""
    resultat.indicateurs_dii = list(score.indicateurs_dii)
    resultat.commerce_connecte = score.commerce_connecte
    resultat.questions_manquantes = list(score.manquantes)
    resultat.statut = StatutResultat.TERMINE
    resultat.termine_le = timezone.now()
    resultat.save()
    demander_rapport_pdf(resultat=resultat)
    _preparer_recommandations(resultat)
    if resultat.user_id:
        _annoncer_resultat(resultat)
    return resultat


def _preparer_recommandations(resultat: Resultat) -> None:
    from .tasks import preparer_recommandations_task

    preparer_recommandations_task.delay_on_commit(resultat.pk)


def _annoncer_resultat(resultat: Resultat) -> None:
    lien = settings.SITE_URL.rstrip("/") + reverse("diagnostic:resultat", args=[resultat.jeton])
    send_templated_email(
        to=resultat.user.email,
        template="diagnostic/emails/resultat",
        context={"user": resultat.user, "resultat": resultat, "lien": lien},
    )


@transaction.atomic
def completer_diagnostic(*, resultat: Resultat, user=None) -> Resultat:
    """A new taking of the same version that starts from a finished result's answers and
    needs, opened at the first step with a missing question. The finished result is kept as
    it was (its scores are never recomputed); the new one is scored when it ends."""
    if not resultat.termine or not resultat.questions_manquantes:
        raise ValidationError("Ce diagnostic n'a pas de question à compléter.")
    bareme = bareme_de_version(resultat.version)
    copie = Resultat.objects.create(
        version=resultat.version,
        user=resultat.user if resultat.user_id else _connecte(user),
        entreprise=resultat.entreprise,
        secteur=resultat.secteur,
        tranche_effectifs=resultat.tranche_effectifs,
        region_id=resultat.region_id,
        etape=premiere_etape_manquante(bareme, resultat.questions_manquantes),
    )
    Reponse.objects.bulk_create(
        Reponse(resultat=copie, question_id=question_id, choix_id=choix_id)
        for question_id, choix_id in resultat.reponses.values_list("question_id", "choix_id")
    )
    copie.besoins.set(resultat.besoins.all())
    return copie


def _connecte(user):
    return user if user is not None and user.is_authenticated else None


@transaction.atomic
def rattacher_resultat(*, resultat: Resultat, user, entreprise=None) -> Resultat:
    """Attach an anonymous result to the account that just signed up or logged in, and to one
    of the entreprises it manages (which also sets the peer group)."""
    resultat = (
        Resultat.objects.select_for_update(of=("self",))
        .select_related("version__questionnaire", "niveau")
        .get(pk=resultat.pk)
    )
    deja_a_lui = resultat.user_id == user.pk
    if resultat.user_id and not deja_a_lui:
        raise ValidationError("Ce diagnostic est déjà rattaché à un autre compte.")
    if entreprise is not None and not entreprise.gestionnaires.filter(pk=user.pk).exists():
        raise ValidationError({"entreprise": "Vous ne gérez pas cette entreprise."})
    resultat.user = user
    if entreprise is not None:
        resultat.entreprise = entreprise
        for champ, valeur in _groupe_de_pairs(entreprise).items():
            setattr(resultat, champ, valeur)
    resultat.save()
    if resultat.termine:
        demander_rapport_pdf(resultat=resultat)
        if entreprise is not None:
            # the entreprise's region and size change what is recommended
            _preparer_recommandations(resultat)
        if not deja_a_lui:
            _annoncer_resultat(resultat)
    return resultat


# --- PDF report -----------------------------------------------------------------------------


def demander_rapport_pdf(*, resultat: Resultat) -> None:
    """Mark the report as being prepared and generate it in a task once committed."""
    from .tasks import generer_rapport_pdf_task

    Resultat.objects.filter(pk=resultat.pk).update(pdf_demande_le=timezone.now(), pdf="")
    resultat.pdf_demande_le = timezone.now()
    resultat.pdf = ""
    generer_rapport_pdf_task.delay_on_commit(resultat.pk)


def generer_rapport_pdf(*, resultat: Resultat) -> None:
    from .pdf import rapport_pdf

    if not resultat.termine:
        return
    contenu = rapport_pdf(resultat)
    if resultat.pdf:
        resultat.pdf.delete(save=False)
    resultat.pdf.save(f"diagnostic-{resultat.jeton[:12]}.pdf", ContentFile(contenu), save=False)
    Resultat.objects.filter(pk=resultat.pk).update(pdf=resultat.pdf.name)
