from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from croissance.comptes.decorators import role_required
from croissance.comptes.enums import Role
from croissance.entreprises.perms import get_entreprise_for_user
from croissance.entreprises.selectors import entreprises_for_user
from croissance.forms import run_service
from croissance.pagination import paginate
from croissance.ratelimit import rate_limited

from . import services
from .enums import EtatCandidature
from .forms import CandidatureForm
from .models import ReglageLabel
from .selectors import candidatures_accordees, compteur

ACTIVE = {EtatCandidature.DEPOSEE, EtatCandidature.ACCORDE}


@login_not_required
@require_GET
def accueil(request):
    return render(
        request,
        "label/accueil.html",
        {
            "compteur": compteur(timezone.localdate().year),
            "page_obj": paginate(request, candidatures_accordees().order_by("-accorde_le")),
            "reglage": ReglageLabel.current(),
        },
    )


@login_not_required
@require_GET
def vitrine(request, pk):
    candidature = get_object_or_404(candidatures_accordees(), entreprise_id=pk)
    return render(request, "label/vitrine.html", {"candidature": candidature})


@role_required(Role.PME)
@require_GET
def mes_entreprises(request):
    entreprises = entreprises_for_user(request.user)
    return render(request, "label/mes_entreprises.html", {"entreprises": entreprises})


@role_required(Role.PME)
@require_http_methods(["GET", "POST"])
@rate_limited("label")
def candidater(request, pk):
    entreprise = get_entreprise_for_user(request.user, pk)
    form = CandidatureForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        deposee = run_service(
            form,
            lambda: services.candidature_deposer(
                entreprise=entreprise,
                user=request.user,
                presentation=form.cleaned_data["presentation"],
            ),
        )
        if deposee:
            messages.success(request, "Votre candidature est transmise à la mission.")
            return redirect("label:candidater", pk=entreprise.pk)
    candidatures = list(entreprise.candidatures_label.prefetch_related("historique__auteur"))
    context = {
        "entreprise": entreprise,
        "peut_candidater": not any(c.etat in ACTIVE for c in candidatures),
        "criteres": services.criteres(entreprise=entreprise),
        "candidatures": candidatures,
        "signature": getattr(entreprise, "charte_pme", None),
        "reglage": ReglageLabel.current(),
        "form": form,
    }
    return render(request, "label/candidater.html", context)


@role_required(Role.PME)
@require_POST
def signer_charte(request, pk):
    entreprise = get_entreprise_for_user(request.user, pk)
    services.charte_signer(entreprise=entreprise, user=request.user)
    messages.success(request, "La charte des PME #CroissanceConnectée est signée.")
    return redirect("label:candidater", pk=entreprise.pk)
