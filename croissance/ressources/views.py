from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from croissance.comptes.decorators import role_required
from croissance.comptes.enums import Role
from croissance.entreprises.selectors import entreprises_for_user
from croissance.forms import run_service
from croissance.pagination import paginate
from croissance.ratelimit import rate_limited

from . import services
from .filters import RessourceFilter
from .forms import AvisForm, TemoignageForm
from .models import AvisPrestataire
from .selectors import prestataires_references, ressources_publiees, temoignages_publies


@login_not_required
@require_GET
def bibliotheque(request):
    filtre = RessourceFilter(request.GET or None, queryset=ressources_publiees())
    page_obj = paginate(request, filtre.qs)
    return render(request, "ressources/bibliotheque.html", {"filtre": filtre, "page_obj": page_obj})


@login_not_required
@require_GET
def detail(request, pk):
    ressource = get_object_or_404(ressources_publiees(), pk=pk)
    return render(request, "ressources/detail.html", {"ressource": ressource})


@login_not_required
@require_GET
def temoignages(request):
    page_obj = paginate(request, temoignages_publies())
    return render(request, "ressources/temoignages.html", {"page_obj": page_obj})


@login_not_required
@require_GET
def temoignage(request, pk):
    objet = get_object_or_404(temoignages_publies(), pk=pk)
    return render(request, "ressources/temoignage.html", {"temoignage": objet})


@role_required(Role.PME)
@require_http_methods(["GET", "POST"])
@rate_limited("temoignage")
def temoigner(request):
    entreprises = entreprises_for_user(request.user)
    if not entreprises.exists():
        messages.info(
            request, "Enregistrez d'abord votre entreprise pour partager votre expérience."
        )
        return redirect("entreprises:creer")
    form = TemoignageForm(request.POST or None, entreprises=entreprises)
    if request.method == "POST" and form.is_valid():
        proposed = run_service(
            form,
            lambda: services.temoignage_proposer(
                auteur=request.user,
                temoignage=form.save(commit=False),
                themes=form.cleaned_data["themes"],
            ),
        )
        if proposed:
            messages.success(
                request, "Merci ! Votre témoignage sera publié après relecture par la mission."
            )
            return redirect("espace")
    return render(request, "ressources/temoigner.html", {"form": form})


@login_not_required
@require_GET
def prestataires(request):
    page_obj = paginate(request, prestataires_references())
    return render(request, "ressources/prestataires.html", {"page_obj": page_obj})


@login_not_required
@require_http_methods(["GET", "POST"])
@rate_limited("avis")
def prestataire(request, pk):
    objet = get_object_or_404(prestataires_references(), pk=pk)
    form = None
    if request.user.is_authenticated and request.user.role == Role.PME:
        form = AvisForm(
            request.POST or None,
            entreprises=entreprises_for_user(request.user),
            instance=AvisPrestataire(prestataire=objet),
        )
        if request.method == "POST" and form.is_valid():
            saved = run_service(
                form,
                lambda: services.avis_deposer(auteur=request.user, avis=form.save(commit=False)),
            )
            if saved:
                messages.success(request, "Merci ! Votre avis sera publié après modération.")
                return redirect("ressources:prestataire", pk=objet.pk)
    elif request.method == "POST":
        return redirect("account_login")
    avis = objet.avis.filter(etat="publie").select_related("entreprise").order_by("-cree_le")[:20]
    return render(
        request, "ressources/prestataire.html", {"prestataire": objet, "form": form, "avis": avis}
    )
