"""Calls for training offers: providers answer, mission staff review."""

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from croissance.forms import run_service
from croissance.ratelimit import rate_limited

from .. import perms, selectors, services
from ..enums import EtatProposition
from ..forms import AppelForm, EvaluationForm, PropositionForm
from ..models import Proposition


def _links(appel=None):
    links = [(reverse("formations:appels"), "Appels à manifestation d'intérêt")]
    if appel is not None:
        links.append((reverse("formations:appel", args=[appel.pk]), appel.titre))
    return links


@login_not_required
def appels(request):
    appels = selectors.appels_publies().order_by("-date_limite", "pk")
    return render(
        request,
        "formations/ami/appels.html",
        {
            "appels": appels,
            "maintenant": timezone.now(),
            "gestionnaire": perms.est_gestionnaire(request.user),
        },
    )


@require_http_methods(["GET", "POST"])
def appel_creer(request):
    if not request.user.is_mission:
        raise PermissionDenied("Seule la mission publie les appels.")
    form = AppelForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        appel = services.appel_enregistrer(appel=form.save(commit=False), auteur=request.user)
        messages.success(request, f"L'appel « {appel.titre} » est enregistré.")
        return (
            redirect("formations:appel", pk=appel.pk)
            if appel.publie
            else redirect("formations:appels")
        )
    return render(request, "formations/ami/appel_form.html", {"form": form, "links": _links()})


@login_not_required
def appel(request, pk):
    appel = get_object_or_404(selectors.appels_publies(), pk=pk)
    return render(
        request,
        "formations/ami/appel.html",
        {
            "appel": appel,
            "ouvert": appel.date_limite >= timezone.now(),
            "peut_repondre": request.user.is_authenticated
            and perms.organisme_of_user(request.user) is not None,
            "links": _links(),
        },
    )


@require_http_methods(["GET", "POST"])
@rate_limited("proposition")
def proposer(request, pk):
    organisme = perms.organisme_of_user(request.user)
    if organisme is None:
        raise PermissionDenied("Seuls les organismes de formation répondent aux appels.")
    appel = get_object_or_404(selectors.appels_publies(), pk=pk)
    form = PropositionForm(
        request.POST or None, instance=Proposition(appel=appel, organisme=organisme)
    )
    if request.method == "POST" and form.is_valid():
        proposition = run_service(
            form,
            lambda: services.proposition_deposer(
                proposition=form.save(commit=False),
                regions=form.cleaned_data["regions"],
                themes=form.cleaned_data["themes"],
                auteur=request.user,
            ),
        )
        if proposition:
            messages.success(request, "Votre proposition est déposée : la mission va l'examiner.")
            return redirect("formations:proposition", pk=proposition.pk)
    return render(
        request,
        "formations/ami/proposition_form.html",
        {"form": form, "appel": appel, "links": _links(appel)},
    )


def mes_propositions(request):
    organisme = perms.require_gestionnaire(request.user)
    propositions = selectors.propositions_visibles(organisme)
    return render(
        request,
        "formations/ami/propositions.html",
        {"propositions": propositions, "links": _links()},
    )


def proposition(request, pk):
    proposition = perms.get_proposition_for_organisme(request.user, pk)
    return render(
        request,
        "formations/ami/proposition.html",
        {
            "proposition": proposition,
            "historique": proposition.historique.select_related("auteur"),
            "regions": proposition.regions.all(),
            "themes": proposition.themes.all(),
            "evaluation_form": EvaluationForm() if request.user.is_mission else None,
            "peut_completer": proposition.etat == EtatProposition.A_COMPLETER
            and not request.user.is_mission,
            "links": _links() + [(reverse("formations:propositions"), "Propositions")],
        },
    )


@require_http_methods(["GET", "POST"])
def completer(request, pk):
    proposition = perms.get_proposition_for_organisme(request.user, pk)
    if proposition.etat != EtatProposition.A_COMPLETER:
        raise PermissionDenied("Cette proposition n'attend pas de complément.")
    form = PropositionForm(request.POST or None, instance=proposition)
    if request.method == "POST" and form.is_valid():
        saved = run_service(
            form,
            lambda: services.proposition_completer(
                proposition=form.save(commit=False),
                regions=form.cleaned_data["regions"],
                themes=form.cleaned_data["themes"],
                auteur=request.user,
            ),
        )
        if saved:
            messages.success(request, "Votre proposition complétée est renvoyée à la mission.")
            return redirect("formations:proposition", pk=proposition.pk)
    return render(
        request,
        "formations/ami/proposition_form.html",
        {"form": form, "appel": proposition.appel, "links": _links(proposition.appel)},
    )


@require_http_methods(["POST"])
def evaluer(request, pk):
    if not request.user.is_mission:
        raise PermissionDenied("Seule la mission examine les propositions.")
    proposition = get_object_or_404(Proposition, pk=pk)
    form = EvaluationForm(request.POST)
    if form.is_valid():
        result = run_service(
            form,
            lambda: services.proposition_evaluer(
                proposition=proposition,
                decision=form.cleaned_data["decision"],
                auteur=request.user,
                motif=form.cleaned_data["motif"],
            ),
        )
        if result:
            messages.success(request, f"Proposition : {result.get_etat_display().lower()}.")
            return redirect("formations:proposition", pk=proposition.pk)
    messages.error(request, " ".join(e for errs in form.errors.values() for e in errs))
    return redirect("formations:proposition", pk=proposition.pk)
