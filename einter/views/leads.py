"""Leads search, lead detail, saved searches and their alerts."""

from functools import partial

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.http import Http404, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from croissance import fragments
from croissance.forms import run_service
from croissance.pagination import paginate
from croissance.ratelimit import rate_limited

from .. import selectors, services
from ..enums import Periode, StatutLead
from ..forms import RechercheForm
from ..models import RechercheSauvegardee
from ..pays import nom_pays
from ..perms import get_recherche_for_user


def _accueil_link():
    return (reverse("einter:accueil"), "E-export")


def _contexte(request):
    # Built only when the results or the form are not in the cache (it deep-copies its filters).
    filtre = SimpleLazyObject(lambda: selectors.filtre_leads(request.GET))
    criteres = selectors.criteres_de(request.GET)
    cle = selectors.cle_recherche(criteres)
    return {
        "filtre": filtre,
        "page_obj": paginate(
            request, selectors.resultats_leads(request.GET, filtre=filtre, cle=cle)
        ),
        "criteres": criteres,
        "form_recherche": RechercheForm(initial={"nom": _nom_propose(criteres)}),
        "max_resultats": selectors.MAX_RESULTATS,
        "cle_cache": cle,
        "connecte": request.user.is_authenticated,
        "chemin": request.get_full_path(),
        "parametres": request.GET,
    }


@login_not_required
@require_GET
def leads(request):
    # The body depends on the query string, the day and whether the visitor is logged in: read
    # with the leads version in one round trip, rendered again after any write to leads.
    corps = fragments.fragment(
        request,
        selectors.cle_page(request.GET, connecte=request.user.is_authenticated),
        "einter/_leads.html",
        partial(_contexte, request),
        versions=(selectors.VERSION_LEADS,),
        duree=selectors.DUREE_CACHE,
    )
    return render(request, "einter/leads.html", {"corps": corps.html, "links": [_accueil_link()]})


def _nom_propose(criteres: dict) -> str:
    parties = [criteres.get("q", "")]
    if criteres.get("pays"):
        parties.append(nom_pays(criteres["pays"]))
    return " – ".join(p for p in parties if p) or "Ma recherche de leads"


@login_not_required
@require_GET
def lead(request, pk):
    lead = get_object_or_404(selectors.leads_avec_secteur(), pk=pk)
    context = {
        "lead": lead,
        "nom_pays": nom_pays(lead.pays),
        "marche": selectors.marches_par_codes([lead.pays]).only("code_pays").first(),
        "links": [_accueil_link(), (reverse("einter:leads"), "Leads commerciaux")],
    }
    return render(request, "einter/lead.html", context)


@require_POST
@rate_limited("recherche")
def recherche_enregistrer(request):
    form = RechercheForm(request.POST)
    if form.is_valid():
        recherche = run_service(
            form,
            lambda: services.recherche_sauvegarder(
                user=request.user, nom=form.cleaned_data["nom"], data=request.POST
            ),
        )
        if recherche:
            messages.success(
                request,
                f"Recherche « {recherche.nom} » enregistrée : les nouveaux leads vous seront "
                "envoyés chaque matin par courriel.",
            )
            return redirect("einter:recherches")
    for error in form.errors.values():
        messages.error(request, " ".join(error))
    query = _query(selectors.criteres_de(request.POST))
    return redirect(reverse("einter:leads") + (f"?{query}" if query else ""))


@require_GET
def recherches(request):
    recherches = list(selectors.recherches_de(request.user))
    for recherche in recherches:
        recherche.url = reverse("einter:leads") + "?" + _query(recherche.criteres)
        recherche.resume = _resume(recherche.criteres)
    return render(
        request,
        "einter/recherches.html",
        {"recherches": recherches, "links": [_accueil_link()]},
    )


def _query(criteres: dict) -> str:
    query = QueryDict(mutable=True)
    query.update(criteres)
    return query.urlencode()


def _resume(criteres: dict) -> str:
    parties = []
    if criteres.get("q"):
        parties.append(f"« {criteres['q']} »")
    if criteres.get("pays"):
        parties.append(nom_pays(criteres["pays"]))
    if criteres.get("secteur"):
        parties.append(f"secteur {criteres['secteur']}")
    if criteres.get("periode"):
        parties.append(dict(Periode.choices).get(criteres["periode"], "").lower())
    if criteres.get("statut"):
        parties.append(f"leads {dict(StatutLead.choices).get(criteres['statut'], '').lower()}s")
    return ", ".join(parties)


@require_http_methods(["GET", "POST"])
def recherche_supprimer(request, pk):
    recherche = get_recherche_for_user(request.user, pk)
    if request.method == "POST":
        services.recherche_supprimer(recherche=recherche)
        messages.success(request, f"La recherche « {recherche.nom} » est supprimée.")
        return redirect("einter:recherches")
    return render(
        request,
        "einter/recherche_supprimer.html",
        {
            "recherche": recherche,
            "links": [_accueil_link(), (reverse("einter:recherches"), "Mes recherches")],
        },
    )


@require_POST
def recherche_alerte(request, pk):
    recherche = get_recherche_for_user(request.user, pk)
    if recherche.alerte_active:
        services.alerte_desactiver(recherche=recherche)
        messages.success(request, f"Alerte de « {recherche.nom} » suspendue.")
    else:
        services.alerte_activer(recherche=recherche)
        messages.success(request, f"Alerte de « {recherche.nom} » réactivée.")
    return redirect("einter:recherches")


def _etat_demande(request) -> str:
    """What an unsubscribe page was asked: "confirmer" (GET, a link scanner's visit changes
    nothing), "desabonner" (the button, or a mail client's RFC 8058 one-click POST) or
    "reactiver"."""
    if request.method != "POST":
        return "confirmer"
    if request.POST.get("action") == "reactiver":
        return "reactiver"
    return "desabonner"


# The random token (or the signature) in the link is the credential: no login, and no CSRF
# token, which a mail client's one-click POST cannot carry.
@login_not_required
@csrf_exempt
@require_http_methods(["GET", "POST"])
def desabonnement(request, jeton):
    recherche = get_object_or_404(RechercheSauvegardee, jeton=jeton)
    etat = _etat_demande(request)
    if etat == "desabonner":
        services.alerte_desactiver(recherche=recherche)
    elif etat == "reactiver":
        services.alerte_activer(recherche=recherche)
    return render(
        request,
        "einter/desabonnement.html",
        {"etat": etat, "objet": f"la recherche « {recherche.nom} »", "reactivable": True},
    )


@login_not_required
@csrf_exempt
@require_http_methods(["GET", "POST"])
def desabonnement_total(request, signature):
    recherches = selectors.alertes_de_la_signature(signature)
    if recherches is None:
        raise Http404("Lien de désabonnement invalide.")
    etat = "desabonner" if request.method == "POST" else "confirmer"
    if etat == "desabonner":
        services.alertes_desactiver_toutes(recherches=recherches)
    return render(
        request,
        "einter/desabonnement.html",
        {"etat": etat, "objet": "toutes vos recherches de leads", "reactivable": False},
    )
