"""Confidential opinions asked by instructeurs to labelled connecteurs or regional experts."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from croissance.comptes.decorators import role_required
from croissance.comptes.enums import Role
from croissance.forms import run_service
from croissance.pagination import paginate

from .. import selectors, services
from ..forms_decisions import AvisReponseForm
from ..perms import get_avis_for_user

CONSULTES = (Role.CONNECTEUR, Role.INSTRUCTEUR)


@role_required(*CONSULTES)
def liste(request):
    demandes = selectors.avis_for_user(request.user).order_by("repondu_le", "-cree_le")
    return render(request, "aides/avis/liste.html", {"page_obj": paginate(request, demandes)})


@role_required(*CONSULTES)
@require_http_methods(["GET", "POST"])
def avis(request, pk):
    demande = get_avis_for_user(request.user, pk)
    form = AvisReponseForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid() and run_service(
            form,
            lambda: services.avis_rendre(
                demande=demande, user=request.user, reponse=form.cleaned_data["reponse"]
            ),
        ):
            messages.success(request, "Votre avis est transmis à l'instructeur.")
            return redirect("aides:avis_liste")
        status = 400
    return render(
        request,
        "aides/avis/avis.html",
        {
            "demande": demande,
            "dossier": demande.dossier,
            "form": form,
            "links": [(reverse("aides:avis_liste"), "Demandes d'avis")],
        },
        status=status,
    )
