from django.contrib.auth.decorators import login_not_required
from django.db import connection
from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET

from croissance import espace
from croissance.comptes.enums import Role
from croissance.entreprises.selectors import entreprises_for_user
from croissance.orientation import engine
from croissance.orientation.profil import build_profil
from croissance.pages_anonymes import cache_anonyme
from croissance.uploads import DocumentIndisponible

# slug -> (template, title): the portal's static pages.
PAGES = {
    "charte": ("pages/charte.html", "Charte #CroissanceConnectée"),
    "mentions-legales": ("pages/mentions_legales.html", "Mentions légales"),
    "donnees-personnelles": ("pages/donnees_personnelles.html", "Données personnelles"),
    "accessibilite": ("pages/accessibilite.html", "Déclaration d'accessibilité"),
}


def _parcours():
    """The four paths of the home page, one per kind of visitor."""
    return [
        {
            "titre": "Je dirige une PME et je veux être accompagné",
            "texte": "Autodiagnostic, connecteur près de chez vous, aides et formations adaptées.",
            "url": reverse("diagnostic:accueil"),
        },
        {
            "titre": "Ma PME veut montrer ce qu'elle a réussi",
            "texte": "Partagez votre expérience avec d'autres dirigeants et visez le label.",
            "url": reverse("label:accueil"),
        },
        {
            "titre": "J'accompagne des entreprises",
            "texte": "CCI, chambre de métiers, expert-comptable, association : devenez connecteur.",
            "url": reverse("connecteurs:accueil"),
        },
        {
            "titre": "Je suis un professionnel du numérique",
            "texte": "Rejoignez le réseau et faites connaître vos prestations aux PME.",
            "url": reverse("page", args=["charte"]),
        },
    ]


@login_not_required
@require_GET
@cache_anonyme
def accueil(request):
    return render(request, "pages/accueil.html", {"parcours": _parcours()})


@login_not_required
@require_GET
def page(request, slug):
    if slug not in PAGES:
        raise Http404("Cette page n'existe pas.")
    template, title = PAGES[slug]
    return render(request, template, {"title": title})


@login_not_required
@require_GET
def sante(request):
    """Health check for the load balancer and the container: the database answers."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"statut": "ok"})


@require_GET
def mon_espace(request):
    context = {
        "tuiles": espace.tuiles(request.user),
        "zone_de_danger": espace.zone_de_danger(request.user),
    }
    if request.user.role == Role.PME:
        pas = espace.premiers_pas(request.user)
        faits = sum(1 for _, fait in pas if fait)
        context.update(_orientation_pme(request))
        # the checklist shows until every first step is done
        context.update(premiers_pas=pas if faits < len(pas) else [], pas_faits=faits)
    return render(request, "espace/mon_espace.html", context)


def _orientation_pme(request) -> dict:
    """Recommendations for one of the manager's entreprises (the first, or ?entreprise=)."""
    entreprises = list(entreprises_for_user(request.user))
    if not entreprises:
        return {}
    choisie = next(
        (e for e in entreprises if str(e.pk) == request.GET.get("entreprise")), entreprises[0]
    )
    return {
        "entreprises": entreprises,
        "entreprise": choisie,
        "recommandations": engine.recommander(build_profil(choisie)),
    }


@login_not_required
def erreur_400(request, exception=None):
    return render(request, "400.html", status=400)


@login_not_required
def erreur_403(request, exception=None):
    return render(request, "403.html", status=403)


@login_not_required
def erreur_404(request, exception=None):
    if isinstance(exception, DocumentIndisponible):
        return render(request, "document_indisponible.html", status=404)
    return render(request, "404.html", status=404)


@login_not_required
def erreur_500(request):
    return render(request, "500.html", status=500)
