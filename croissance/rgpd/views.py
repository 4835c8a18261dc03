from django.contrib.auth import logout
from django.contrib.auth.decorators import login_not_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from croissance.rgpd import registry, services
from croissance.rgpd.forms import SuppressionCompteForm


def _links():
    return [(reverse("espace"), "Mon espace")]


@require_GET
def mes_donnees(request):
    return render(
        request,
        "rgpd/mes_donnees.html",
        {"links": _links(), "traitements": registry.traitements()},
    )


@require_GET
def telecharger(request):
    contenu = services.export_json(user=request.user)
    nom = f"croissance-connectee-mes-donnees-{timezone.localdate():%Y-%m-%d}.json"
    response = HttpResponse(contenu, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{nom}"'
    response["Cache-Control"] = "no-store"
    return response


def supprimer(request):
    form = SuppressionCompteForm(request.POST or None, user=request.user, request=request)
    if request.method == "POST" and form.is_valid():
        services.supprimer_compte(user=request.user)
        logout(request)
        return redirect("rgpd:compte_supprime")
    return render(request, "rgpd/supprimer.html", {"form": form, "links": _links()})


@login_not_required
@require_GET
def compte_supprime(request):
    return render(request, "rgpd/compte_supprime.html")
