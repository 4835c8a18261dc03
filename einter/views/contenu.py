"""Public pages: hub, market fiches, marketplaces, success stories, schemes, FAQ."""

from django.contrib.auth.decorators import login_not_required
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_GET

from croissance.pagination import paginate

from .. import selectors
from ..enums import CategorieFaq, TypeDispositif
from ..forms import FaqForm


def _accueil_link():
    return (reverse("einter:accueil"), "E-export")


@login_not_required
@require_GET
def accueil(request):
    context = {
        "marches": selectors.marches_publies().only("code_pays", "nom", "accroche")[:8],
        "temoignages": selectors.temoignages_publies()[1][:3],
    }
    return render(request, "einter/accueil.html", context)


@login_not_required
@require_GET
def marches(request):
    page_obj = paginate(request, selectors.marches_publies(), per_page=24)
    return render(
        request,
        "einter/marches.html",
        {"page_obj": page_obj, "links": [_accueil_link()]},
    )


@login_not_required
@require_GET
def marche(request, code):
    marche = get_object_or_404(selectors.marches_publies(), code_pays=code.upper())
    context = {
        "marche": marche,
        "sections": [(titre, getattr(marche, nom)) for nom, titre in marche.SECTIONS],
        "bonnes_pratiques": [
            (titre, getattr(marche, nom)) for nom, titre in marche.BONNES_PRATIQUES
        ],
        "chiffres": list(marche.chiffres.all()),
        "places": list(selectors.places_du_marche(marche)),
        "temoignages": list(selectors.temoignages_du_marche(marche)[:6]),
        "links": [_accueil_link(), (reverse("einter:marches"), "Fiches marchés")],
    }
    return render(request, "einter/marche.html", context)


@login_not_required
@require_GET
def places(request):
    filtre, places = selectors.places_publiees(request.GET)
    context = {
        "filtre": filtre,
        "page_obj": paginate(request, places),
        "links": [_accueil_link()],
    }
    return render(request, "einter/places.html", context)


@login_not_required
@require_GET
def place(request, slug):
    _, places = selectors.places_publiees()
    place = get_object_or_404(places, slug=slug)
    context = {
        "place": place,
        "temoignages": list(
            place.temoignages.filter(publie=True).select_related("marche", "secteur")[:6]
        ),
        "links": [_accueil_link(), (reverse("einter:places"), "Places de marché")],
    }
    return render(request, "einter/place.html", context)


@login_not_required
@require_GET
def temoignages(request):
    filtre, temoignages = selectors.temoignages_publies(request.GET)
    context = {
        "filtre": filtre,
        "page_obj": paginate(request, temoignages, per_page=12),
        "links": [_accueil_link()],
    }
    return render(request, "einter/temoignages.html", context)


@login_not_required
@require_GET
def temoignage(request, slug):
    temoignage = get_object_or_404(
        selectors.temoignages_publies_en_detail(),
        slug=slug,
    )
    context = {
        "temoignage": temoignage,
        "places": list(temoignage.places.filter(publie=True)),
        "links": [_accueil_link(), (reverse("einter:temoignages"), "Ils ont réussi à l'export")],
    }
    return render(request, "einter/temoignage.html", context)


@login_not_required
@require_GET
def dispositifs(request):
    groupes = {}
    for dispositif in selectors.dispositifs():
        groupes.setdefault(dispositif.type, []).append(dispositif)
    context = {
        "groupes": [
            (label, groupes[valeur])
            for valeur, label in TypeDispositif.choices
            if valeur in groupes
        ],
        "links": [_accueil_link()],
    }
    return render(request, "einter/dispositifs.html", context)


@login_not_required
@require_GET
def faq(request):
    form = FaqForm(request.GET or None)
    texte = categorie = ""
    if form.is_valid():
        texte, categorie = form.cleaned_data["q"], form.cleaned_data["categorie"]
    recherche = bool(texte or categorie)
    questions = list(selectors.questions_faq(texte, categorie)) if recherche else []
    context = {
        "form": form,
        "recherche": recherche,
        "questions": questions,
        "categories": CategorieFaq.choices,
        "categorie_label": dict(CategorieFaq.choices).get(categorie, ""),
        "links": [_accueil_link()],
    }
    return render(request, "einter/faq.html", context)


@login_not_required
@require_GET
def faq_question(request, pk):
    question = get_object_or_404(selectors.questions_publiees(), pk=pk)
    voisines = selectors.questions_voisines(question)
    context = {
        "question": question,
        "voisines": voisines,
        "links": [_accueil_link(), (reverse("einter:faq"), "Questions fréquentes")],
    }
    return render(request, "einter/faq_question.html", context)
