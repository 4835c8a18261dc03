from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from croissance.comptes.decorators import role_required
from croissance.comptes.enums import Role
from croissance.forms import run_service

from . import services
from .forms import EntrepriseForm, GestionnaireForm, SiretForm
from .perms import get_entreprise_for_user
from .registre import initial_from_registry
from .selectors import entreprises_for_user


@role_required(Role.PME)
def liste(request):
    entreprises = entreprises_for_user(request.user)
    return render(request, "entreprises/liste.html", {"entreprises": entreprises})


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
    initial = initial_from_registry(siret)
    context = {"form": EntrepriseForm(initial=initial or {"siret": siret}), "creation": True}
    context["prerempli"] = initial is not None
    return render(request, "entreprises/formulaire.html", context)


@role_required(Role.PME)
def detail(request, pk):
    entreprise = get_entreprise_for_user(request.user, pk)
    gestionnaires = entreprise.gestionnaires.order_by("email")
    return render(
        request,
        "entreprises/detail.html",
        {"entreprise": entreprise, "gestionnaires": gestionnaires, "form": GestionnaireForm()},
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


@role_required(Role.PME)
@require_http_methods(["POST"])
def ajouter_gestionnaire(request, pk):
    entreprise = get_entreprise_for_user(request.user, pk)
    form = GestionnaireForm(request.POST)
    if form.is_valid():
        try:
            services.gestionnaire_ajouter(
                entreprise=entreprise, par=request.user, email=form.cleaned_data["email"]
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, "La personne peut désormais gérer l'entreprise.")
    else:
        messages.error(request, "Indiquez une adresse électronique valide.")
    return redirect("entreprises:detail", pk=entreprise.pk)
