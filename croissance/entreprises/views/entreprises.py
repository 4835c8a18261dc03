from django.contrib import messages
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from croissance.comptes.decorators import role_required
from croissance.comptes.enums import Role
from croissance.forms import run_service

from .. import selectors, services
from ..forms import (
    ContestationForm,
    DecisionForm,
    EntrepriseForm,
    GestionnaireForm,
    QuitterForm,
    RetraitForm,
    SiretForm,
)
from ..perms import get_entreprise_for_user
from ..registre import initial_from_registry


@role_required(Role.PME)
def liste(request):
    return render(
        request,
        "entreprises/liste.html",
        {
            "entreprises": selectors.entreprises_for_user(request.user),
            "demandes": selectors.revendications_du_demandeur(request.user),
            "contestation_form": ContestationForm(),
        },
    )


@role_required(Role.PME)
@require_http_methods(["GET", "POST"])
def creer(request):
    if request.method == "POST":
        form = EntrepriseForm(request.POST)
        if form.is_valid():
            entreprise = run_service(
                form,
                lambda: services.entreprise_creer(
                    user=request.user,
                    entreprise=form.save(commit=False),
                    code_commune=form.cleaned_data["code_commune"] or None,
                ),
            )
            if entreprise:
                messages.success(request, f"L'entreprise {entreprise.nom} est enregistrée.")
                return redirect("entreprises:detail", pk=entreprise.pk)
        return render(request, "entreprises/formulaire.html", {"form": form, "creation": True})

    siret_form = SiretForm(request.GET or None)
    if not siret_form.is_valid():
        return render(request, "entreprises/siret.html", {"form": siret_form})
    siret = siret_form.cleaned_data["siret"]
    existante = selectors.entreprise_par_siret(siret)
    if existante is not None:  # already registered: ask its managers to join
        return redirect("entreprises:revendiquer", siret=siret)
    initial = initial_from_registry(siret)
    context = {"form": EntrepriseForm(initial=initial or {"siret": siret}), "creation": True}
    context["prerempli"] = initial is not None
    return render(request, "entreprises/formulaire.html", context)


@role_required(Role.PME)
def detail(request, pk):
    entreprise = get_entreprise_for_user(request.user, pk)
    gestionnaires = list(selectors.gestionnaires_de(entreprise))
    return render(
        request,
        "entreprises/detail.html",
        {
            "entreprise": entreprise,
            "gestionnaires": gestionnaires,
            # the last active manager cannot leave (the service refuses it): say so instead
            "seul_gestionnaire": sum(g.user.is_active for g in gestionnaires) <= 1,
            "departs": selectors.departs_de(entreprise),
            "invitations": selectors.invitations_en_attente(entreprise),
            "revendications": [
                (revendication, DecisionForm(prefix=f"revendication-{revendication.pk}"))
                for revendication in selectors.revendications_a_examiner(entreprise)
            ],
            "form": GestionnaireForm(),
            "retrait_form": RetraitForm(entreprise=entreprise, par=request.user),
            "quitter_form": QuitterForm(),
        },
    )


@role_required(Role.PME)
@require_http_methods(["GET", "POST"])
def modifier(request, pk):
    entreprise = get_entreprise_for_user(request.user, pk)
    form = EntrepriseForm(request.POST or None, instance=entreprise)
    if request.method == "POST" and form.is_valid():
        saved = run_service(
            form, lambda: services.entreprise_modifier(entreprise=form.save(commit=False))
        )
        if saved:
            messages.success(request, "Les informations de l'entreprise sont à jour.")
            return redirect("entreprises:detail", pk=entreprise.pk)
    return render(request, "entreprises/formulaire.html", {"form": form, "entreprise": entreprise})
