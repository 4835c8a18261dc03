"""Reads on diagnostics that views and other apps (orientation engine, indicators) may call."""

from django.core.cache import cache
from django.db.models import Prefetch, Q, QuerySet, prefetch_related_objects

from croissance.entreprises.selectors import entreprises_for_user

from .enums import StatutResultat, StatutVersion
from .models import Axe, Choix, IndicateurDII, Question, Questionnaire, Resultat, ScoreAxe, Version
from .scoring import Affichage, Bareme, ChoixBareme, NiveauBareme, QuestionBareme

QUESTIONNAIRE_MATURITE = "maturite-numerique"


def version_courante(questionnaire: Questionnaire) -> Version | None:
    """The latest published version (the one new takings use)."""
    return questionnaire.versions.filter(statut=StatutVersion.PUBLIEE).order_by("-numero").first()


def questionnaires_publies() -> list[tuple[Questionnaire, Version]]:
    versions = (
        Version.objects.filter(statut=StatutVersion.PUBLIEE)
        .select_related("questionnaire")
        .order_by("questionnaire__titre", "-numero")
    )
    vus, resultat = set(), []
    for version in versions:
        if version.questionnaire_id not in vus:
            vus.add(version.questionnaire_id)
            resultat.append((version.questionnaire, version))
    return sorted(resultat, key=lambda pair: pair[0].slug != QUESTIONNAIRE_MATURITE)


def axes_de_version(version: Version) -> list[Axe]:
    return list(version.axes.all())


def questions_de_etape(axe: Axe) -> list[Question]:
    """The step's questions with their choices (when each is shown: `regles_affichage`)."""
    return list(
        axe.questions.prefetch_related(
            Prefetch("choix", queryset=Choix.objects.order_by("ordre", "pk"))
        ).order_by("ordre", "pk")
    )


def regles_affichage(version: Version) -> list[Affichage]:
    """When each question of the version is shown, in the version's order.

    Two queries for a draft; a version is never changed once published, so its rules are
    then kept in the shared cache (each step's submission reads them)."""
    if version.statut == StatutVersion.BROUILLON:
        return _regles_affichage(version)
    return cache.get_or_set(
        f"diagnostic:regles-affichage:v1:{version.pk}",
        lambda: _regles_affichage(version),
        timeout=24 * 3600,
    )


def _regles_affichage(version: Version) -> list[Affichage]:
    conditions: dict[int, set[int]] = {}
    for question_id, choix_id in Question.conditions.through.objects.filter(
        question__version=version
    ).values_list("question_id", "choix_id"):
        conditions.setdefault(question_id, set()).add(choix_id)
    # questions in the version's order (Question.Meta.ordering), each with its choices
    ids_choix: dict[int, set[int]] = {}
    for question_id, choix_id in (
        Choix.objects.filter(question__version=version)
        .order_by("question__axe__ordre", "question__ordre", "question_id")
        .values_list("question_id", "pk")
    ):
        ids_choix.setdefault(question_id, set()).add(choix_id)
    return [
        Affichage(
            id=question_id,
            conditions=frozenset(conditions.get(question_id, ())),
            ids_choix=frozenset(choix),
        )
        for question_id, choix in ids_choix.items()
    ]


def questions_du_resultat(ids: list[int]) -> list[Question]:
    """Questions by id (a result's missing ones), with their axis, in the version's order."""
    if not ids:
        return []
    return list(Question.objects.filter(pk__in=ids).select_related("axe"))


def choix_retenus(resultat: Resultat) -> set[int]:
    return set(resultat.reponses.values_list("choix_id", flat=True))


def bareme_de_version(version: Version) -> Bareme:
    """The pure scoring scale of a version, read in a fixed number of queries."""
    axes = {axe.pk: axe.slug for axe in version.axes.all()}
    questions = version.questions.select_related("axe").prefetch_related(
        Prefetch("choix", queryset=Choix.objects.prefetch_related("points")),
        Prefetch("conditions", queryset=Choix.objects.only("id", "question_id")),
    )
    indicateurs = version.indicateurs_dii.prefetch_related(
        Prefetch("choix", queryset=Choix.objects.only("id", "question_id"))
    )

    def groupes(indicateur: IndicateurDII):
        par_question: dict[int, set[int]] = {}
        for choix in indicateur.choix.all():
            par_question.setdefault(choix.question_id, set()).add(choix.pk)
        return tuple(frozenset(ids) for ids in par_question.values())

    return Bareme(
        axes=tuple(axes.values()),
        questions=tuple(
            QuestionBareme(
                id=question.pk,
                axe=question.axe.slug,
                type=question.type,
                obligatoire=question.obligatoire,
                conditions=frozenset(choix.pk for choix in question.conditions.all()),
                choix=tuple(
                    ChoixBareme(
                        id=choix.pk,
                        points={axes[p.axe_id]: p.valeur for p in choix.points.all()},
                    )
                    for choix in question.choix.all()
                ),
            )
            for question in questions
        ),
        niveaux=tuple(
            NiveauBareme(id=niveau.pk, nom=niveau.nom, score_min=niveau.score_min)
            for niveau in version.niveaux.all()
        ),
        indicateurs={indicateur.numero: groupes(indicateur) for indicateur in indicateurs},
        commerce_connecte=frozenset(version.choix_commerce_connecte.values_list("pk", flat=True)),
    )


def resultats_for_user(user) -> QuerySet[Resultat]:
    """Results of the user, or of the entreprises the user manages."""
    return (
        Resultat.objects.filter(
            Q(user=user) | Q(entreprise__in=entreprises_for_user(user).values("pk"))
        )
        .select_related("version__questionnaire", "entreprise", "niveau")
        .distinct()
    )


def diagnostics_en_cours(user) -> QuerySet[Resultat]:
    """The person's own diagnostics not finished yet ("Mon espace")."""
    return Resultat.objects.filter(user=user, statut=StatutResultat.EN_COURS)


def diagnostics_termines(user) -> QuerySet[Resultat]:
    """The person's own finished diagnostics ("Mon espace")."""
    return Resultat.objects.filter(user=user, statut=StatutResultat.TERMINE)


# Private links of the diagnostics started anonymously in this browser (session key).
SESSION_JETONS = "diagnostic_jetons"


def resultats_anonymes(jetons: list[str]) -> QuerySet[Resultat]:
    """Results behind these private links that nobody has attached yet."""
    return (
        Resultat.objects.filter(jeton__in=jetons, user__isnull=True, entreprise__isnull=True)
        .select_related("version__questionnaire")
        .order_by("-commence_le")
    )


def resultat_par_lien(jeton: str, user) -> Resultat | None:
    """The result behind a private link that `user` may still attach: nobody's yet, or
    theirs without a firm."""
    return (
        Resultat.objects.filter(jeton=jeton, entreprise__isnull=True)
        .filter(Q(user__isnull=True) | Q(user=user))
        .first()
    )


def dernier_resultat(entreprise, questionnaire: str = QUESTIONNAIRE_MATURITE) -> Resultat | None:
    """The latest finished result of an entreprise, with `scores` prefetched (axis → score
    via `resultat.scores_par_axe()`) — what the orientation engine reads."""
    return (
        Resultat.objects.filter(
            entreprise=entreprise,
            statut=StatutResultat.TERMINE,
            version__questionnaire__slug=questionnaire,
        )
        .select_related("version__questionnaire", "niveau")
        .prefetch_related(Prefetch("scores", queryset=ScoreAxe.objects.select_related("axe")))
        .prefetch_related("besoins__theme")
        .order_by("-termine_le")
        .first()
    )


def scores(resultat: Resultat) -> list[ScoreAxe]:
    """The result's scores with their axes, in the axes' order: read once per result object
    (the page and the orientation profile built for it share them)."""
    if "scores" not in getattr(resultat, "_prefetched_objects_cache", {}):
        prefetch_related_objects(
            [resultat],
            Prefetch(
                "scores",
                queryset=ScoreAxe.objects.select_related("axe", "axe__theme").order_by(
                    "axe__ordre"
                ),
            ),
        )
    return list(resultat.scores.all())


def historique(entreprise, questionnaire: Questionnaire) -> list[Resultat]:
    """Finished results of an entreprise for a questionnaire, oldest first, scores prefetched."""
    return list(
        Resultat.objects.filter(
            entreprise=entreprise,
            statut=StatutResultat.TERMINE,
            version__questionnaire=questionnaire,
        )
        .select_related("niveau", "version")
        .prefetch_related(Prefetch("scores", queryset=ScoreAxe.objects.select_related("axe")))
        .order_by("termine_le")
    )
