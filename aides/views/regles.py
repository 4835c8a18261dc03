"""Regional staff keep the aids of their regions up to date: rules are data, not code."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from croissance.comptes.decorators import role_required
from croissance.comptes.enums import Role
from croissance.forms import run_service
from croissance.pagination import paginate

from .. import publication as publication_services
from .. import services
from ..forms import AideRegionForm
from ..modele import MODELE_PROGRAMME
from ..perms import aides_for_instructeur, get_aide_for_instructeur


@role_required(Role.INSTRUCTEUR)
def liste(request):
    aides = aides_for_instructeur(request.user).order_by("titre", "pk")
    return render(request, "aides/regles/liste.html", {"page_obj": paginate(request, aides)})


@role_required(Role.INSTRUCTEUR)
@require_http_methods(["GET", "POST"])
def formulaire(request, pk=None):
    aide = get_aide_for_instructeur(request.user, pk) if pk else None
    regions = request.user.regions.all()
    initial = None
    if aide is None:
        initial = {**MODELE_PROGRAMME, "regions": list(regions)}
    form = AideRegionForm(request.POST or None, instance=aide, initial=initial, regions=regions)
    if request.method == "POST" and form.is_valid():
        saved = run_service(form, lambda: services.aide_enregistrer(form=form, user=request.user))
        if saved:
            if saved.publiee:
                messages.success(request, f"L'aide « {saved.titre} » est enregistrée.")
                return redirect("aides:regles")
            messages.success(
                request,
                f"L'aide « {saved.titre} » est enregistrée. Elle n'est pas encore publiée : "
                "publiez-la quand elle est prête.",
            )
            return redirect("aides:regles_modifier", saved.pk)
    return render(
        request,
        "aides/regles/formulaire.html",
        {
            "form": form,
            "aide": aide,
            "links": [(reverse("aides:regles"), "Aides de mes régions")],
        },
        status=400 if request.method == "POST" else 200,
    )


@role_required(Role.INSTRUCTEUR)
@require_POST
def publication(request, pk):
    """Publish or unpublish an aid of one's regions (who and when are kept)."""
    aide = get_aide_for_instructeur(request.user, pk)
    publier = request.POST.get("publier") == "oui"
    changer = publication_services.aide_publier if publier else publication_services.aide_depublier
    try:
        changer(aide=aide, auteur=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        etat = "publiée : elle est au catalogue" if publier else "retirée du catalogue"
        messages.success(request, f"L'aide « {aide.titre} » est {etat}.")
    return redirect("aides:regles_modifier", aide.pk)
