"""A structure's members: joining an existing structure, and its referent's Membres page
(requests to decide, removals, handover of the referent role, history)."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from croissance.comptes.decorators import role_required
from croissance.comptes.enums import Role
from croissance.forms import run_service
from croissance.ratelimit import rate_limited

from .. import membres as services
from .. import selectors
from ..forms import AdhesionForm, DecisionAdhesionForm, PassationForm, RetraitForm
from ..perms import (
    get_adhesion_for_referent,
    get_connecteur_for_member,
    get_membre_for_referent,
    get_structure_a_rejoindre,
)

MEMBRES = "Membres"


def _links(*extra):
    return [
        (reverse("espace"), "Mon espace"),
        (reverse("connecteurs:espace"), "Mon espace connecteur"),
        *extra,
    ]


def rejoindre_page(request, structures, form, *, doublon=False):
    """The structures a connecteur may ask to join, each with its « Demander à rejoindre »."""
    return render(
        request,
        "connecteurs/espace/rejoindre.html",
        {"structures": structures, "form": form, "doublon": doublon},
    )


@role_required(Role.CONNECTEUR)
@require_http_methods(["GET", "POST"])
@rate_limited("adhesion")
def rejoindre(request, pk):
    structure = get_structure_a_rejoindre(request.user, pk)
    form = AdhesionForm(request.POST or None)
    if (
        request.method == "POST"
        and form.is_valid()
        and run_service(
            form,
            lambda: services.adhesion_demander(
                connecteur=structure,
                demandeur=request.user,
                message=form.cleaned_data["message"],
            ),
        )
    ):
        messages.success(
            request,
            f"Votre demande est envoyée au référent de {structure.nom}. "
            "Vous recevrez sa réponse par courriel.",
        )
        return redirect("connecteurs:profil_modifier")
    return rejoindre_page(request, [structure], form)


@role_required(Role.CONNECTEUR)
def membres(request):
    connecteur = get_connecteur_for_member(request.user)
    referent = selectors.est_referent(connecteur, request.user)
    return render(
        request,
        "connecteurs/espace/membres.html",
        {
            "connecteur": connecteur,
            "referent": referent,
            "membres": selectors.membres_de(connecteur),
            "adhesions": selectors.adhesions_en_attente(connecteur) if referent else None,
            "mouvements": selectors.mouvements_de(connecteur),
            "historique_siret": selectors.historique_siret(connecteur) if referent else None,
            "links": _links(),
        },
    )


@role_required(Role.CONNECTEUR)
@require_http_methods(["GET", "POST"])
def adhesion(request, pk):
    demande = get_adhesion_for_referent(request.user, pk)
    form = DecisionAdhesionForm(request.POST or None)
    if (
        request.method == "POST"
        and form.is_valid()
        and run_service(
            form,
            lambda: services.adhesion_decider(
                demande=demande,
                auteur=request.user,
                accepter=form.cleaned_data["decision"] == "accepter",
                motif=form.cleaned_data["motif"],
            ),
        )
    ):
        demandeur = demande.demandeur.get_full_name() or demande.demandeur.email
        if form.cleaned_data["decision"] == "accepter":
            messages.success(request, f"{demandeur} est maintenant membre de la structure.")
        else:
            messages.success(request, f"La demande de {demandeur} est refusée ; elle est prévenue.")
        return redirect("connecteurs:membres")
    return render(
        request,
        "connecteurs/espace/adhesion.html",
        {
            "demande": demande,
            "form": form,
            "links": _links((reverse("connecteurs:membres"), MEMBRES)),
        },
    )


def _action_sur_membre(request, pk, *, form_class, service, succes, titre, bouton):
    membre = get_membre_for_referent(request.user, pk)
    form = form_class(request.POST or None)
    if (
        request.method == "POST"
        and form.is_valid()
        and run_service(
            form,
            lambda: service(membre=membre, auteur=request.user, motif=form.cleaned_data["motif"]),
        )
    ):
        nom = membre.user.get_full_name() or membre.user.email
        messages.success(request, succes.format(nom=nom))
        return redirect("connecteurs:membres")
    return render(
        request,
        "connecteurs/espace/membre_action.html",
        {
            "membre": membre,
            "form": form,
            "titre": titre,
            "bouton": bouton,
            "links": _links((reverse("connecteurs:membres"), MEMBRES)),
        },
    )


@role_required(Role.CONNECTEUR)
@require_http_methods(["GET", "POST"])
def membre_retirer(request, pk):
    return _action_sur_membre(
        request,
        pk,
        form_class=RetraitForm,
        service=services.membre_retirer,
        succes="{nom} ne fait plus partie de la structure.",
        titre="Retirer un membre",
        bouton="Retirer ce membre",
    )


@role_required(Role.CONNECTEUR)
@require_http_methods(["GET", "POST"])
def referent_transmettre(request, pk):
    return _action_sur_membre(
        request,
        pk,
        form_class=PassationForm,
        service=services.referent_transmettre,
        succes="{nom} est maintenant le référent de la structure.",
        titre="Transmettre le rôle de référent",
        bouton="Transmettre le rôle de référent",
    )
