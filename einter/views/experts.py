"""« Parler à un expert »: one door to the e-export experts, through the connecteurs' requests."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from connecteurs.enums import OrigineDemande
from connecteurs.services import demande_creer
from croissance.comptes.decorators import role_required
from croissance.comptes.enums import Role
from croissance.entreprises.selectors import entreprises_for_user
from croissance.forms import run_service
from croissance.ratelimit import rate_limited
from croissance.referentiels.models import Theme

from ..forms import ExpertForm

THEME_EXPORT = "e-export"


@role_required(Role.PME)
@require_http_methods(["GET", "POST"])
@rate_limited("expert")
def expert(request):
    entreprises = entreprises_for_user(request.user)
    if not entreprises.exists():
        messages.info(request, "Enregistrez d'abord votre entreprise pour contacter un expert.")
        return redirect("entreprises:creer")
    form = ExpertForm(request.POST or None, entreprises=entreprises)
    if request.method == "POST" and form.is_valid():
        demande = run_service(
            form,
            lambda: demande_creer(
                entreprise=form.cleaned_data["entreprise"],
                auteur=request.user,
                theme=Theme.objects.get(slug=THEME_EXPORT),
                message=form.message(),
                partage_diagnostic=form.cleaned_data["partage_diagnostic"],
                origine=OrigineDemande.EEXPORT,
            ),
        )
        if demande:
            messages.success(
                request, "Votre demande est transmise aux experts de l'e-export de votre région."
            )
            return redirect("connecteurs:ma_demande", pk=demande.pk)
    return render(request, "einter/expert.html", {"form": form})
