"""The SME side of enrolments: request a seat, follow, cancel, rate."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from croissance.comptes.decorators import role_required
from croissance.comptes.enums import Role
from croissance.forms import run_service
from croissance.pagination import paginate
from croissance.ratelimit import rate_limited

from .. import perms, selectors, services
from ..forms import AvisForm, InscriptionForm
from ..selectors import places_restantes


@role_required(Role.PME)
@require_http_methods(["GET", "POST"])
@rate_limited("inscription")
def inscrire(request, session_pk):
    session = get_object_or_404(selectors.sessions_ouvertes_a_l_inscription(), pk=session_pk)
    form = InscriptionForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        inscription = run_service(
            form,
            lambda: services.inscription_demander(
                session=session,
                entreprise=data["entreprise"],
                demandeur=request.user,
                participant_nom=data["participant_nom"],
                participant_email=data["participant_email"],
            ),
        )
        if inscription:
            messages.success(
                request,
                "Votre demande d'inscription est envoyée à l'organisme. "
                "Un courriel de confirmation vous a été adressé.",
            )
            return redirect("formations:mes_inscriptions")
    return render(
        request,
        "formations/inscription_form.html",
        {
            "form": form,
            "session": session,
            "restantes": places_restantes(session),
            "links": [
                (reverse("formations:catalogue"), "Catalogue des formations"),
                (
                    reverse("formations:detail", args=[session.formation_id]),
                    session.formation.titre,
                ),
            ],
        },
    )


@role_required(Role.PME)
def mes_inscriptions(request):
    inscriptions = (
        perms.inscriptions_of_pme(request.user)
        .select_related("session__formation__organisme", "entreprise", "avis")
        .order_by("-session__date_debut", "-pk")
    )
    return render(
        request,
        "formations/mes_inscriptions.html",
        {"page_obj": paginate(request, inscriptions)},
    )


@role_required(Role.PME)
def inscription_detail(request, pk):
    inscription = perms.get_inscription_for_pme(request.user, pk)
    return render(
        request,
        "formations/inscription_detail.html",
        {
            "inscription": inscription,
            "historique": inscription.historique.select_related("auteur"),
            "peut_annuler": inscription.etat in ("demandee", "confirmee"),
            "raison_pas_de_note": services.raison_de_ne_pas_noter(inscription),
            "links": [(reverse("formations:mes_inscriptions"), "Mes inscriptions")],
        },
    )


@role_required(Role.PME)
@require_POST
def annuler(request, pk):
    inscription = perms.get_inscription_for_pme(request.user, pk)
    try:
        services.inscription_annuler(inscription=inscription, auteur=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, "L'inscription est annulée : la place est libérée.")
    return redirect("formations:inscription", pk=inscription.pk)


@require_http_methods(["GET", "POST"])
def noter(request, pk):
    inscription = perms.get_inscription_to_rate(request.user, pk)
    if raison := services.raison_de_ne_pas_noter(inscription):
        raise PermissionDenied(raison)
    form = AvisForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        avis = run_service(
            form,
            lambda: services.avis_publier(
                inscription=inscription,
                auteur=request.user,
                note=form.cleaned_data["note"],
                commentaire=form.cleaned_data["commentaire"],
            ),
        )
        if avis:
            messages.success(request, "Merci, votre avis est publié sur la page de la formation.")
            return redirect("formations:detail", pk=inscription.session.formation_id)
    return render(
        request,
        "formations/avis_form.html",
        {"form": form, "inscription": inscription},
    )
