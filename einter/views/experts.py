"""« Parler à un expert »: one door to the e-export experts, through the connecteurs' requests,
in the same two steps as every request (the manager sees who will receive it, and why)."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from connecteurs.enums import OrigineDemande
from connecteurs.envoi import envoyer_en_deux_etapes
from connecteurs.propositions import propositions_correspondants
from croissance.comptes.decorators import role_required
from croissance.comptes.enums import Role
from croissance.entreprises.selectors import entreprises_for_user
from croissance.ratelimit import rate_limited
from croissance.referentiels.selectors import theme_par_slug

from ..forms import ExpertForm

THEME_EXPORT = "e-export"
TITRE = "Parler à un expert de l'e-export"


@role_required(Role.PME)
@require_http_methods(["GET", "POST"])
@rate_limited("expert")
def expert(request):
    entreprises = entreprises_for_user(request.user)
    if not entreprises.exists():
        messages.info(request, "Enregistrez d'abord votre entreprise pour contacter un expert.")
        return redirect("entreprises:creer")
    form = ExpertForm(
        request.POST or None, entreprises=entreprises, theme=theme_par_slug(THEME_EXPORT)
    )
    return envoyer_en_deux_etapes(
        request,
        form=form,
        proposer=lambda entreprise, theme: propositions_correspondants(
            entreprise=entreprise, theme=theme, today=timezone.localdate()
        ),
        origine=OrigineDemande.EEXPORT,
        formulaire="einter/expert.html",
        champ_besoin="besoin",
        contexte={
            "titre": TITRE,
            "multiple": True,
            "links": [(reverse("einter:accueil"), "E-export")],
        },
    )
