"""Label workflow: the applicant's file, evaluation by staff, decisions and label life."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from croissance.comptes.decorators import role_required
from croissance.comptes.enums import Role
from croissance.forms import run_service
from croissance.pagination import paginate
from croissance.ratelimit import rate_limited
from croissance.uploads import serve_document

from .. import selectors, services
from ..enums import CANDIDATURE_MODIFIABLE, EtatCandidature, EtatLabel
from ..forms import (
    AffectationForm,
    CandidatureForm,
    DecisionForm,
    EvaluationForm,
    LabelActionForm,
    PieceForm,
)
from ..models import Candidature, Connecteur, Critere
from ..perms import (
    get_candidature_for_user,
    get_connecteur_for_member,
    get_evaluation_for_user,
    get_piece_for_user,
)

STAFF = (Role.MISSION, Role.INSTRUCTEUR)


def _links_espace():
    return [
        (reverse("espace"), "Mon espace"),
        (reverse("connecteurs:espace"), "Mon espace connecteur"),
    ]


@role_required(Role.CONNECTEUR)
@require_http_methods(["GET", "POST"])
def candidature(request):
    connecteur = get_connecteur_for_member(request.user)
    candidature = connecteur.candidatures.order_by("-cree_le").first()
    modifiable = candidature is not None and candidature.etat in CANDIDATURE_MODIFIABLE
    form = CandidatureForm(request.POST or None, instance=candidature) if modifiable else None
    if (
        request.method == "POST"
        and form is not None
        and form.is_valid()
        and run_service(
            form, lambda: services.candidature_modifier(candidature=form.save(commit=False))
        )
    ):
        messages.success(request, "Votre dossier est enregistré.")
        return redirect("connecteurs:candidature")
    context = {
        "connecteur": connecteur,
        "candidature": candidature,
        "form": form,
        "piece_form": PieceForm() if modifiable else None,
        "pieces": candidature.pieces.all() if candidature else [],
        "prestations": connecteur.prestations.select_related("theme"),
        "historique": candidature.historique.select_related("auteur") if candidature else [],
        "historique_label": connecteur.historique_label.select_related("auteur"),
        "peut_candidater": connecteur.charte_signee_le is not None
        and selectors.candidature_en_cours(connecteur) is None,
        "links": _links_espace(),
    }
    return render(request, "connecteurs/label/candidature.html", context)


@role_required(Role.CONNECTEUR)
@require_POST
def candidature_creer(request):
    connecteur = get_connecteur_for_member(request.user)
    try:
        services.candidature_creer(connecteur=connecteur, auteur=request.user)
        messages.success(request, "Votre dossier de candidature est ouvert.")
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("connecteurs:candidature")


@role_required(Role.CONNECTEUR)
@require_POST
@rate_limited("candidature")
def candidature_soumettre(request, pk):
    candidature = get_candidature_for_user(request.user, pk)
    try:
        services.candidature_soumettre(candidature=candidature, auteur=request.user)
        messages.success(request, "Votre candidature est transmise à la mission.")
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("connecteurs:candidature")


@role_required(Role.CONNECTEUR)
@require_POST
def piece_ajouter(request, pk):
    candidature = get_candidature_for_user(request.user, pk)
    form = PieceForm(request.POST, request.FILES)
    if form.is_valid() and run_service(
        form,
        lambda: services.piece_ajouter(candidature=candidature, piece=form.save(commit=False)),
    ):
        messages.success(request, "La pièce est ajoutée à votre dossier.")
        return redirect("connecteurs:candidature")
    for errors in form.errors.values():
        for error in errors:
            messages.error(request, error)
    return redirect("connecteurs:candidature")


@role_required(Role.CONNECTEUR)
@require_POST
def piece_supprimer(request, pk):
    piece = get_piece_for_user(request.user, pk)
    services.piece_supprimer(piece=piece)
    messages.success(request, "La pièce est retirée du dossier.")
    return redirect("connecteurs:candidature")


def piece_telecharger(request, pk):
    piece = get_piece_for_user(request.user, pk)
    return serve_document(piece.fichier)


@role_required(*STAFF)
def candidatures(request):
    qs = (
        Candidature.objects.select_related("connecteur")
        .exclude(etat=EtatCandidature.BROUILLON)
        .filter(archive_le__isnull=True)
    )
    if request.user.role != Role.MISSION:
        qs = qs.filter(evaluations__evaluateur=request.user)
    etat = request.GET.get("etat", "")
    if etat in EtatCandidature.values:
        qs = qs.filter(etat=etat)
    return render(
        request,
        "connecteurs/label/candidatures.html",
        {
            "page_obj": paginate(request, qs.order_by("-soumise_le")),
            "etats": EtatCandidature.choices,
            "etat": etat,
            "links": [(reverse("espace"), "Mon espace")],
        },
    )


@role_required(*STAFF)
@require_http_methods(["GET", "POST"])
def candidature_detail(request, pk):
    candidature = get_candidature_for_user(request.user, pk)
    mission = request.user.role == Role.MISSION
    evaluations = list(candidature.evaluations.select_related("evaluateur"))
    mon_evaluation = next((e for e in evaluations if e.evaluateur_id == request.user.pk), None)
    affectation = None
    if mission and candidature.etat in (EtatCandidature.SOUMISE, EtatCandidature.EN_EVALUATION):
        affectation = AffectationForm(
            request.POST or None, evaluateurs=selectors.evaluateurs_possibles(candidature)
        )
        if (
            request.method == "POST"
            and affectation.is_valid()
            and run_service(
                affectation,
                lambda: services.evaluateur_affecter(
                    candidature=candidature,
                    evaluateur=affectation.cleaned_data["evaluateur"],
                    auteur=request.user,
                ),
            )
        ):
            messages.success(request, "L'évaluateur est désigné et prévenu par courriel.")
            return redirect("connecteurs:candidature_detail", pk=pk)
    peut_decider = candidature.etat == EtatCandidature.EN_EVALUATION and (
        mission or mon_evaluation is not None
    )
    context = {
        "candidature": candidature,
        "connecteur": candidature.connecteur,
        "evaluations": evaluations,
        "mon_evaluation": mon_evaluation,
        "resultat": selectors.resultat_grille(candidature),
        "pieces": candidature.pieces.all(),
        "prestations": candidature.connecteur.prestations.select_related("theme"),
        "affectation": affectation,
        "decision_form": DecisionForm() if peut_decider else None,
        "label_gerable": [EtatLabel.ACTIF, EtatLabel.SUSPENDU],
        "historique": candidature.historique.select_related("auteur"),
        "links": [
            (reverse("espace"), "Mon espace"),
            (reverse("connecteurs:candidatures"), "Candidatures au label"),
        ],
    }
    return render(request, "connecteurs/label/candidature_detail.html", context)


@role_required(*STAFF)
@require_http_methods(["GET", "POST"])
def evaluer(request, pk):
    evaluation = get_evaluation_for_user(request.user, pk)
    candidature = evaluation.candidature
    criteres = list(Critere.objects.filter(actif=True))
    initial = {n.critere_id: (n.score, n.commentaire) for n in evaluation.notes.all()}
    form = EvaluationForm(
        request.POST or None,
        criteres=criteres,
        initial_notes=initial,
        initial={"commentaire": evaluation.commentaire},
    )
    if (
        request.method == "POST"
        and form.is_valid()
        and run_service(
            form,
            lambda: services.evaluation_enregistrer(
                evaluation=evaluation,
                auteur=request.user,
                notes=form.notes(),
                commentaire=form.cleaned_data["commentaire"],
            ),
        )
    ):
        messages.success(request, "Votre évaluation est enregistrée.")
        return redirect("connecteurs:candidature_detail", pk=candidature.pk)
    return render(
        request,
        "connecteurs/label/evaluer.html",
        {
            "candidature": candidature,
            "form": form,
            "links": [
                (reverse("connecteurs:candidatures"), "Candidatures au label"),
                (
                    reverse("connecteurs:candidature_detail", args=[candidature.pk]),
                    candidature.connecteur.nom,
                ),
            ],
        },
    )


@role_required(*STAFF)
@require_POST
def decider(request, pk):
    candidature = get_candidature_for_user(request.user, pk)
    form = DecisionForm(request.POST)
    if form.is_valid() and run_service(
        form,
        lambda: services.candidature_decider(
            candidature=candidature,
            auteur=request.user,
            decision=form.cleaned_data["decision"],
            motif=form.cleaned_data["motif"],
        ),
    ):
        messages.success(request, "La décision est enregistrée et le candidat est prévenu.")
        return redirect("connecteurs:candidature_detail", pk=pk)
    for error in form.non_field_errors() + [e for f in form.errors.values() for e in f]:
        messages.error(request, error)
    return redirect("connecteurs:candidature_detail", pk=pk)


@role_required(Role.MISSION)
@require_http_methods(["GET", "POST"])
def label_structure(request, pk):
    connecteur = get_object_or_404(Connecteur, pk=pk)
    form = LabelActionForm(request.POST or None)
    if (
        request.method == "POST"
        and form.is_valid()
        and run_service(
            form,
            lambda: services.label_changer(
                connecteur=connecteur,
                to=form.cleaned_data["action"],
                auteur=request.user,
                motif=form.cleaned_data["motif"],
            ),
        )
    ):
        messages.success(request, "Le label est mis à jour et la structure est prévenue.")
        return redirect("connecteurs:label_structure", pk=pk)
    return render(
        request,
        "connecteurs/label/structure.html",
        {
            "connecteur": connecteur,
            "form": form,
            "historique": connecteur.historique_label.select_related("auteur"),
            "links": [(reverse("connecteurs:candidatures"), "Candidatures au label")],
        },
    )
