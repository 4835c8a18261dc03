"""The sampled audit after decision: the queue of a second instructeur and the outcome."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from croissance.comptes.decorators import role_required
from croissance.forms import run_service
from croissance.pagination import paginate

from .. import controles
from ..forms_decisions import ControleForm
from ..perms import get_dossier_for_instructeur
from .instruction import INSTRUCTION


@role_required(*INSTRUCTION)
def file(request):
    dossiers = controles.controles_a_faire(request.user).select_related("prevalide_par")
    return render(
        request,
        "aides/instruction/controles.html",
        {
            "page_obj": paginate(request, dossiers),
            "links": [(reverse("aides:instruction"), "Dossiers à instruire")],
        },
    )


@role_required(*INSTRUCTION)
@require_http_methods(["GET", "POST"])
def controle(request, pk):
    dossier = get_dossier_for_instructeur(request.user, pk)
    form = ControleForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid() and run_service(
            form,
            lambda: controles.controle_enregistrer(
                dossier=dossier, controleur=request.user, **form.cleaned_data
            ),
        ):
            messages.success(request, "Le contrôle a posteriori est enregistré.")
            return redirect("aides:controles")
        status = 400
    return render(
        request,
        "aides/instruction/controle.html",
        {
            "dossier": dossier,
            "form": form,
            "raison": controles.raison_de_ne_pas_controler(dossier, request.user),
            "controle": controles.controle_du_dossier(dossier),
            "historique": dossier.historique.select_related("auteur"),
            "links": [
                (reverse("aides:instruction"), "Dossiers à instruire"),
                (reverse("aides:controles"), "Contrôles a posteriori"),
            ],
        },
        status=status,
    )
