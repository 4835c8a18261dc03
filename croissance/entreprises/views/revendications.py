"""Requests to join an entreprise that already has managers, and the mission's queue."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from croissance.comptes.decorators import role_required
from croissance.comptes.enums import Role
from croissance.forms import run_service
from croissance.uploads import serve_document

from .. import revendications, selectors
from ..forms import ContestationForm, DecisionForm, RevendicationForm
from ..perms import (
    get_revendication_for_demandeur,
    get_revendication_for_manager,
    get_revendication_for_mission,
)


@role_required(Role.PME)
@require_http_methods(["GET", "POST"])
def revendiquer(request, siret):
    entreprise = selectors.entreprise_par_siret(siret)
    if entreprise is None:
        raise Http404("Aucune entreprise n'est enregistrée avec ce SIRET.")
    if selectors.gere(request.user, entreprise):
        messages.info(request, "Vous gérez déjà cette entreprise.")
        return redirect("entreprises:detail", pk=entreprise.pk)
    form = RevendicationForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        demande = run_service(
            form,
            lambda: revendications.revendication_deposer(
                entreprise=entreprise,
                demandeur=request.user,
                message=form.cleaned_data["message"],
                justificatif=form.cleaned_data["justificatif"],
            ),
        )
        if demande:
            messages.success(
                request,
                "Votre demande est envoyée aux personnes qui gèrent l'entreprise. Vous "
                "recevrez leur réponse par courriel.",
            )
            return redirect("entreprises:liste")
    return render(request, "entreprises/revendiquer.html", {"form": form, "entreprise": entreprise})


@role_required(Role.PME)
@require_http_methods(["POST"])
def repondre_revendication(request, pk, revendication_pk):
    revendication = get_revendication_for_manager(request.user, pk, revendication_pk)
    form = DecisionForm(request.POST, prefix=f"revendication-{revendication.pk}")
    if form.is_valid():
        try:
            revendications.revendication_repondre(
                revendication=revendication,
                par=request.user,
                accepter=form.cleaned_data["decision"] == "accepter",
                motif=form.cleaned_data["motif"],
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, "Votre réponse est enregistrée ; la personne est prévenue.")
    else:
        messages.error(request, "Choisissez d'accepter ou de refuser la demande.")
    return redirect("entreprises:detail", pk=pk)


@role_required(Role.PME)
@require_http_methods(["POST"])
def contester(request, pk):
    revendication = get_revendication_for_demandeur(request.user, pk)
    form = ContestationForm(request.POST)
    if form.is_valid():
        try:
            revendications.revendication_contester(
                revendication=revendication,
                demandeur=request.user,
                motif=form.cleaned_data["motif"],
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, "Votre contestation est transmise à l'équipe de la mission.")
    else:
        messages.error(request, "Expliquez pourquoi vous contestez ce refus.")
    return redirect("entreprises:liste")


@role_required(Role.MISSION)
def file_mission(request):
    # a request left unanswered past the delay joins the queue when the mission opens it,
    # even if the periodic task has not run yet
    revendications.revendications_transmettre_en_retard()
    return render(
        request, "entreprises/mission/file.html", {"revendications": selectors.file_mission()}
    )


@role_required(Role.MISSION)
@require_http_methods(["GET", "POST"])
def decider(request, pk):
    revendication = get_revendication_for_mission(pk)
    form = DecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        decidee = run_service(
            form,
            lambda: revendications.revendication_decider(
                revendication=revendication,
                par=request.user,
                accepter=form.cleaned_data["decision"] == "accepter",
                motif=form.cleaned_data["motif"],
            ),
        )
        if decidee:
            messages.success(request, "La décision est enregistrée ; la personne est prévenue.")
            return redirect("entreprises:file_mission")
    context = {
        "revendication": revendication,
        "form": form,
        "historique": revendication.historique.select_related("auteur"),
        "gestionnaires": selectors.gestionnaires_de(revendication.entreprise),
    }
    return render(request, "entreprises/mission/decider.html", context)


@role_required(Role.MISSION)
def justificatif(request, pk):
    revendication = get_revendication_for_mission(pk)
    if not revendication.justificatif:
        raise Http404("Aucun justificatif n'accompagne cette demande.")
    return serve_document(revendication.justificatif)
