"""Public pages: the catalogue of referenced aids and the simulator."""

from decimal import Decimal

from django.contrib.auth.decorators import login_not_required
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from croissance import espace
from croissance.entreprises.enums import Activite
from croissance.entreprises.selectors import entreprises_for_user
from croissance.pages_anonymes import cache_anonyme
from croissance.pagination import paginate

from .. import eligibility, selectors, simulation
from ..enums import NATURES_REMBOURSABLES, TypeDepense
from ..filters import AideFilter
from ..forms import DepensesSimuleesForm, SimulateurForm

AFFICHES = 20


@login_not_required
@cache_anonyme
def liste(request):
    filtre = AideFilter(request.GET, queryset=selectors.aides_publiees().order_by("titre", "pk"))
    page_obj = paginate(request, filtre.qs)
    return render(
        request,
        "aides/liste.html",
        {"filtre": filtre, "page_obj": page_obj, "aujourdhui": timezone.localdate()},
    )


@login_not_required
def detail(request, pk):
    aide = get_object_or_404(selectors.aides_publiees(), pk=pk)
    return render(
        request,
        "aides/detail.html",
        {
            "aide": aide,
            "ouverte": aide.est_ouverte(timezone.localdate()),
            "cloturee": aide.est_cloturee(timezone.localdate()),
            "remboursable": aide.nature in NATURES_REMBOURSABLES,
            "peut_demander": request.user.is_authenticated and request.user.is_pme,
            # the expenses of the simulation the visitor came from, for its application
            "requete_depenses": DepensesSimuleesForm.requete(
                DepensesSimuleesForm(request.GET).montants()
            ),
            "links": [(_url("aides:liste"), "Aides financières")],
        },
    )


def _url(name, *args):
    from django.urls import reverse

    return reverse(name, args=args)


def _initial_entreprise(request):
    """A logged-in SME sees the form prefilled from one of its entreprises."""
    if not (request.user.is_authenticated and request.user.is_pme):
        return [], None, {}
    entreprises = list(entreprises_for_user(request.user))
    choisie = next(
        (e for e in entreprises if str(e.pk) == request.GET.get("entreprise")),
        entreprises[0] if entreprises else None,
    )
    if choisie is None:
        return entreprises, None, {}
    initial = {
        "localisation": choisie.code_postal,
        "commune": choisie.commune_id or "",
        "naf": choisie.naf_id or "",
        "effectif": choisie.effectif,
        "activite": choisie.activite,
        "surface_vente_m2": choisie.surface_vente_m2,
        "pure_player": choisie.pure_player,
    }
    return entreprises, choisie, initial


@login_not_required
def simulateur(request):
    entreprises, choisie, initial = _initial_entreprise(request)
    soumis = "localisation" in request.GET
    form = SimulateurForm(request.GET if soumis else None, initial=initial)
    context = {
        "form": form,
        "entreprises": entreprises,
        "entreprise": choisie,
        "resultats": None,
        "links": [(_url("aides:liste"), "Aides financières")],
    }
    if soumis and form.is_valid():
        data = form.cleaned_data
        naf = data["naf"]
        departement = data["departement"]
        profil = eligibility.ProfilEntreprise(
            region=departement.region_id,
            departement=departement.code,
            naf=naf.code if naf else "",
            naf_section=naf.section if naf else "",
            effectif=data["effectif"],
            pure_player=data["pure_player"],
            surface_vente_m2=data["surface_vente_m2"],
            activite=data["activite"],
        )
        montants = data["montants_par_type"]
        projet = eligibility.Projet(
            montant_ht=sum(montants.values(), Decimal("0")),
            types_depense=frozenset(montants),
            montants_par_type=montants,
        )
        resultats = simulation.simuler(profil, projet)
        if request.user.is_authenticated and request.user.is_pme:
            espace.marquer_premier_pas(request.user, "aides")  # "Mon espace": step done
        titres = {aide.pk: aide.titre for aide, _ in resultats}
        eligibles = [(aide, r) for aide, r in resultats if r.eligible]
        non_eligibles = [(aide, r) for aide, r in resultats if not r.eligible]
        context.update(
            resultats=resultats,
            # The best offers first: a manager needs the package, not a list of fifty.
            eligibles=[
                {"aide": aide, "r": r, "incompatibles": [titres[pk] for pk in r.incompatibles[:5]]}
                for aide, r in eligibles[:AFFICHES]
            ],
            nombre_eligibles=len(eligibles),
            non_eligibles=non_eligibles[:AFFICHES],
            nombre_non_eligibles=len(non_eligibles),
            combinaison=simulation.combinaison_de(resultats, projet),
            montant_projet=projet.montant_ht,
            commune=data["commune"],
            naf=naf,
            activite=Activite(data["activite"]).label if data["activite"] else "non précisée",
            departement=departement,
            depenses=[(TypeDepense(t).label, m) for t, m in montants.items()],
            requete_depenses=DepensesSimuleesForm.requete(montants),
        )
    return render(request, "aides/simulateur.html", context)
