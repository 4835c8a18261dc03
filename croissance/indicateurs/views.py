from functools import partial

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from croissance import fragments
from croissance.comptes.decorators import role_required
from croissance.comptes.enums import Role
from croissance.exports import reponse_csv
from croissance.templatetags.portail import euros

from . import registry, selectors, services
from .forms import FiltresForm


def _format(valeur, colonne: str = "") -> str:
    if "(€)" in colonne and valeur is not None:
        return euros(valeur)
    if isinstance(valeur, bool):
        return "oui" if valeur else "non"
    if isinstance(valeur, int):
        return f"{valeur:,}".replace(",", "\u202f")
    if isinstance(valeur, float):
        return f"{valeur:.1f}".replace(".", ",")
    if valeur is None:
        return "–"
    return str(valeur)


def _affichage(sections: list[dict], lien) -> list[dict]:
    """Add to each table its formatted cells and the bar width of each row."""
    resultat = []
    for section in sections:
        tableaux = []
        for tableau in section["tableaux"]:
            barre = tableau["barre"]
            valeurs = []
            if barre is not None:
                valeurs = [float(ligne[barre] or 0) for ligne in tableau["lignes"]]
            maximum = max(valeurs, default=0) or 1
            if tableau["unite_barre"] == "%":
                maximum = max(maximum, 100)
            lignes = [
                {
                    "cellules": [_format(c, tableau["colonnes"][j]) for j, c in enumerate(ligne)],
                    "largeur": round(100 * valeurs[i] / maximum, 1) if valeurs else None,
                }
                for i, ligne in enumerate(tableau["lignes"])
            ]
            tableaux.append(
                {
                    **tableau,
                    "lignes_affichees": lignes,
                    "barre_libelle": tableau["colonnes"][barre] if barre is not None else "",
                    "lien_csv": lien(section["slug"], tableau["slug"]),
                }
            )
        resultat.append({**section, "tableaux": tableaux})
    return resultat


def _donnees(form, regions_instructeur=None):
    """Figures for the filters: the latest snapshot, or computed now for a period.

    `regions_instructeur`: an instructeur's regions when it asked for all of them at once.
    """
    data = form.cleaned_data
    region = data.get("region") or None
    if regions_instructeur:
        perimetre = registry.Perimetre(
            regions=tuple(regions_instructeur),
            debut=data.get("debut"),
            fin=data.get("fin"),
            pas=data.get("pas") or registry.PAS_MOIS,
        )
        return selectors.calculer(perimetre), timezone.now(), False
    if data.get("debut") or data.get("fin") or data.get("pas") == registry.PAS_TRIMESTRE:
        perimetre = registry.Perimetre(
            regions=(region,) if region else None,
            debut=data.get("debut"),
            fin=data.get("fin"),
            pas=data.get("pas") or registry.PAS_MOIS,
        )
        return selectors.calculer(perimetre), timezone.now(), False
    instantane = selectors.dernier_instantane(region)
    if instantane is None:
        return (
            selectors.calculer(registry.Perimetre(regions=(region,) if region else None)),
            (timezone.now()),
            False,
        )
    return instantane.donnees, instantane.calcule_le, True


def _filtres(request):
    user = request.user
    regions = list(selectors.regions_visibles(user))
    national = user.role == Role.MISSION
    data = request.GET.copy()
    if not national and not data.get("region") and len(regions) == 1:
        data["region"] = regions[0].code
    form = FiltresForm(data, regions=regions, national=national)
    if not national and not regions:
        raise Http404("Aucune région ne vous est rattachée.")
    if not form.is_valid():
        if "region" in form.errors:
            raise Http404("Ces indicateurs ne sont pas de votre ressort.")
        return form, None
    return form, regions


def _toutes_mes_regions(request, form, regions):
    """An instructeur's regions when it asked for all of them (no region chosen)."""
    if request.user.role == Role.MISSION or form.cleaned_data.get("region"):
        return None
    return [r.code for r in regions]


def _contexte(request):
    form, regions = _filtres(request)
    sections, calcule_le, instantane = ([], None, False)
    region_nom = ""
    if regions is not None:
        mes_regions = _toutes_mes_regions(request, form, regions)
        sections, calcule_le, instantane = _donnees(form, mes_regions)
        if mes_regions:
            region_nom = ", ".join(r.nom for r in regions)
        elif form.cleaned_data.get("region"):
            region_nom = next(r.nom for r in regions if r.code == form.cleaned_data["region"])
    return {
        "form": form,
        "sections": _affichage(
            sections,
            lambda s, t: (
                reverse("indicateurs:export_csv", args=[s, t])
                + (f"?{request.GET.urlencode()}" if request.GET else "")
            ),
        ),
        "calcule_le": calcule_le,
        "instantane": instantane,
        "region_nom": region_nom,
        "plusieurs_regions": ", " in region_nom,
        "peut_recalculer": request.user.role == Role.MISSION,
    }


@role_required(Role.MISSION, Role.INSTRUCTEUR)
def tableau_de_bord(request):
    if request.user.role == Role.INSTRUCTEUR and not request.user.codes_regions:
        return render(request, "indicateurs/sans_region.html")
    # Snapshot figures are the same for everyone of the same role and regions: the body is
    # rendered once per snapshot version, after the filters are checked (_filtres: 404 for a
    # region not the user's), and its key holds what decides that check (see the selector).
    # Figures computed for a period or several regions are rendered for this display only.
    corps = fragments.fragment(
        request,
        selectors.cle_tableau_de_bord(request.user, request.GET),
        "indicateurs/_tableau_de_bord.html",
        partial(_contexte, request),
        versions=(selectors.VERSION_INSTANTANES,),
    )
    return render(request, "indicateurs/tableau_de_bord.html", {"corps": corps.html})


@role_required(Role.MISSION, Role.INSTRUCTEUR)
def export_csv(request, section, tableau):
    form, regions = _filtres(request)
    if regions is None:
        raise Http404("Filtres invalides.")
    sections, _, _ = _donnees(form, _toutes_mes_regions(request, form, regions))
    return _csv(selectors.trouver_tableau(sections, section, tableau), section, tableau)


@require_POST
@role_required(Role.MISSION)
def recalculer(request):
    services.prendre_tous_les_instantanes(user=request.user)
    messages.success(request, "Les indicateurs ont été recalculés.")
    return redirect(reverse("indicateurs:tableau_de_bord"))


def _national_public():
    instantane = selectors.dernier_instantane(None)
    if instantane is None:
        return selectors.publiques(selectors.calculer(registry.Perimetre())), timezone.now()
    return selectors.publiques(instantane.donnees), instantane.calcule_le


@login_not_required
def donnees_ouvertes(request):
    sections, calcule_le = _national_public()
    return render(
        request,
        "indicateurs/donnees_ouvertes.html",
        {
            "sections": _affichage(
                sections,
                lambda s, t: reverse("indicateurs:donnees_ouvertes_csv", args=[s, t]),
            ),
            "calcule_le": calcule_le,
        },
    )


@login_not_required
def donnees_ouvertes_csv(request, section, tableau):
    sections, _ = _national_public()
    return _csv(selectors.trouver_tableau(sections, section, tableau), section, tableau)


def _csv(tableau: dict | None, section: str, slug: str) -> HttpResponse:
    if tableau is None:
        raise Http404("Tableau inconnu.")
    return reponse_csv(f"{section}-{slug}.csv", tableau["colonnes"], tableau["lignes"])
