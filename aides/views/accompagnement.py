"""The labelled connecteur's side: files it accompanies, pre-validation as trusted third party."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from connecteurs.selectors import connecteur_of_user
from croissance.comptes.decorators import role_required
from croissance.comptes.enums import Role
from croissance.forms import run_service
from croissance.pagination import paginate

from .. import conflits, selectors, services
from ..enums import EtatDossier
from ..forms_decisions import PrevalidationForm
from ..perms import get_dossier_for_connecteur


@role_required(Role.CONNECTEUR)
def liste(request):
    dossiers = selectors.dossiers_for_user(request.user).order_by("-depose_le", "-pk")
    return render(
        request,
        "aides/accompagnement/liste.html",
        {"page_obj": paginate(request, dossiers), "connecteur": connecteur_of_user(request.user)},
    )


@role_required(Role.CONNECTEUR)
@require_http_methods(["GET", "POST"])
def dossier(request, pk):
    dossier = get_dossier_for_connecteur(request.user, pk)
    connecteur = connecteur_of_user(request.user)
    form = PrevalidationForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid() and run_service(
            form,
            lambda: services.dossier_prevalider(
                dossier=dossier, user=request.user, **form.cleaned_data
            ),
        ):
            messages.success(request, "Le dossier est pré-validé : l'instructeur en est informé.")
            return redirect("aides:accompagnement_dossier", pk=dossier.pk)
        status = 400
    return render(
        request,
        "aides/accompagnement/dossier.html",
        {
            "dossier": dossier,
            "form": form,
            "verdict": selectors.verdict_du_dossier(dossier),
            "historique": dossier.historique.select_related("auteur"),
            "conflit": conflits.raison_de_conflit_connecteur(dossier, connecteur),
            "peut_prevalider": dossier.etat == EtatDossier.DEPOSE and connecteur.est_labellise,
            "links": [(reverse("aides:accompagnement"), "Dossiers accompagnés")],
        },
        status=status,
    )
