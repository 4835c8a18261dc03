"""Public pages: directory, profile, regions, agenda."""

from django.contrib.auth.decorators import login_not_required
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone

from croissance.pages_anonymes import cache_anonyme
from croissance.pagination import paginate

from .. import selectors
from ..filters import AgendaFilter, AnnuaireFilter, dsfr_form


@login_not_required
def accueil(request):
    return render(request, "connecteurs/accueil.html")


@login_not_required
@cache_anonyme
def annuaire(request):
    filtre = AnnuaireFilter(request.GET or None, queryset=selectors.annuaire())
    form = dsfr_form(filtre)
    page_obj = paginate(request, filtre.qs, per_page=12)
    return render(
        request,
        "connecteurs/annuaire.html",
        {
            "form": form,
            "page_obj": page_obj,
            "links": [(reverse("connecteurs:accueil"), "Connecteurs")],
        },
    )


@login_not_required
def profil(request, pk):
    connecteur = selectors.connecteur_public(pk).first()
    if connecteur is None:
        raise Http404("Ce connecteur n'est pas dans l'annuaire.")
    context = {
        "connecteur": connecteur,
        "links": [
            (reverse("connecteurs:accueil"), "Connecteurs"),
            (reverse("connecteurs:annuaire"), "Annuaire"),
        ],
        **selectors.profil_details(connecteur, today=timezone.localdate()),
    }
    return render(request, "connecteurs/profil.html", context)


@login_not_required
def regions(request):
    regions, national = selectors.regions_avec_nombre()
    return render(
        request,
        "connecteurs/regions.html",
        {
            "regions": regions,
            "national": national,
            "links": [(reverse("connecteurs:accueil"), "Connecteurs")],
        },
    )


@login_not_required
def agenda(request):
    filtre = AgendaFilter(
        request.GET or None, queryset=selectors.evenements_a_venir(now=timezone.now())
    )
    form = dsfr_form(filtre)
    return render(
        request,
        "connecteurs/agenda.html",
        {
            "form": form,
            "page_obj": paginate(request, filtre.qs),
            "links": [(reverse("connecteurs:accueil"), "Connecteurs")],
        },
    )
