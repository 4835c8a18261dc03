"""Mise en relation, from the SME's side: send a request, follow it, rate the connecteur."""

from django.contrib import messages
from django.core.validators import slug_re
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from croissance.comptes.decorators import role_required
from croissance.comptes.enums import Role
from croissance.entreprises.selectors import entreprises_for_user
from croissance.forms import run_service
from croissance.ratelimit import rate_limited
from croissance.referentiels.models import Theme

from .. import propositions, selectors, services
from ..enums import OrigineDemande
from ..envoi import envoyer_en_deux_etapes
from ..forms import AvisForm, DemandeForm
from ..perms import get_demande_for_pme, get_reponse_for_pme

MES_DEMANDES = "Mes demandes aux connecteurs"


def _links():
    return [(reverse("espace"), "Mon espace"), (reverse("connecteurs:mes_demandes"), MES_DEMANDES)]


def _sans_entreprise(request):
    messages.info(request, "Enregistrez d'abord votre entreprise pour contacter un connecteur.")
    return redirect("entreprises:liste")


@role_required(Role.PME)
@require_http_methods(["GET", "POST"])
@rate_limited("demande")
def contacter(request, pk):
    """A request to the one connecteur whose profile the SME is reading."""
    connecteur = selectors.connecteur_public(pk).prefetch_related("themes").first()
    if connecteur is None:
        raise Http404
    entreprises = entreprises_for_user(request.user)
    if not entreprises.exists():
        return _sans_entreprise(request)
    initial = {"entreprise": entreprises.first()} if len(entreprises) == 1 else {}
    themes = connecteur.themes.all()
    form = DemandeForm(
        request.POST or None, entreprises=entreprises, themes=themes, initial=initial
    )
    return envoyer_en_deux_etapes(
        request,
        form=form,
        proposer=lambda entreprise, theme: propositions.proposition_choisie(
            connecteur, entreprise=entreprise, theme=theme
        ),
        origine=OrigineDemande.PROFIL,
        contexte={
            "titre": f"Contacter {connecteur.nom}",
            "connecteur": connecteur,
            "links": [
                (reverse("connecteurs:annuaire"), "Annuaire"),
                (reverse("connecteurs:profil", args=[connecteur.pk]), connecteur.nom),
            ],
        },
    )


@role_required(Role.PME)
@require_http_methods(["GET", "POST"])
@rate_limited("demande")
def mise_en_relation(request):
    """A request to up to three matching connecteurs (linked from the diagnostic results with
    ?theme=<slug>&entreprise=<id>, and from the SME's list of requests)."""
    entreprises = entreprises_for_user(request.user)
    if not entreprises.exists():
        return _sans_entreprise(request)
    initial = {}
    if len(entreprises) == 1:
        initial["entreprise"] = entreprises.first()
    elif request.GET.get("entreprise", "").isdecimal():
        initial["entreprise"] = entreprises.filter(pk=request.GET["entreprise"]).first()
    # a hand-typed parameter: only a real slug reaches the database (PostgreSQL refuses NUL)
    slug = request.GET.get("theme", "")
    if slug_re.match(slug):
        initial["theme"] = Theme.objects.filter(slug=slug).first()
    form = DemandeForm(request.POST or None, entreprises=entreprises, initial=initial)
    return envoyer_en_deux_etapes(
        request,
        form=form,
        proposer=lambda entreprise, theme: propositions.propositions_correspondants(
            entreprise=entreprise, theme=theme, today=timezone.localdate()
        ),
        origine=OrigineDemande.DIAGNOSTIC,
        contexte={
            "titre": "Être mis en relation avec un connecteur",
            "multiple": True,
            "links": [(reverse("connecteurs:accueil"), "Connecteurs")],
        },
    )


@role_required(Role.PME)
def mes_demandes(request):
    return render(
        request,
        "connecteurs/demandes/liste.html",
        {
            "demandes": selectors.demandes_of_entreprises(request.user),
            "links": [(reverse("espace"), "Mon espace")],
        },
    )


@role_required(Role.PME)
def ma_demande(request, pk):
    demande = get_demande_for_pme(request.user, pk)
    reponses = list(demande.reponses.all())
    for reponse in reponses:
        reponse.mon_avis = getattr(reponse, "avis", None)
    return render(
        request,
        "connecteurs/demandes/detail.html",
        {"demande": demande, "reponses": reponses, "links": _links()},
    )


@role_required(Role.PME)
@require_http_methods(["GET", "POST"])
def noter(request, pk):
    reponse = get_reponse_for_pme(request.user, pk)
    form = AvisForm(request.POST or None)
    if (
        request.method == "POST"
        and form.is_valid()
        and run_service(
            form,
            lambda: services.avis_deposer(
                reponse=reponse, auteur=request.user, **form.cleaned_data
            ),
        )
    ):
        messages.success(
            request, "Merci pour votre avis ! Il sera publié après relecture par la mission."
        )
        return redirect("connecteurs:ma_demande", pk=reponse.demande_id)
    return render(
        request,
        "connecteurs/demandes/noter.html",
        {
            "form": form,
            "reponse": reponse,
            "links": [
                *_links(),
                (reverse("connecteurs:ma_demande", args=[reponse.demande_id]), "Ma demande"),
            ],
        },
    )
