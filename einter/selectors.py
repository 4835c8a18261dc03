"""Reads of the e-export app, with the joins their pages need."""

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import F, Prefetch, Q, QuerySet
from django.db.models.functions import Coalesce
from django.utils import timezone

from .filters import LeadFilter, PlaceFilter, TemoignageFilter
from .models import Lead, Marche, OffrePreferentielle, PlaceDeMarche, QuestionFaq, Temoignage

CONFIG_FR = "einter_fr"
CONFIG_EN = "einter_en"

# What the GIN-indexed `Lead.search_vector` holds: the title weighs most, in both languages.
VECTEUR_LEAD = (
    SearchVector("titre", config=CONFIG_FR, weight="A")
    + SearchVector("titre", config=CONFIG_EN, weight="A")
    + SearchVector("categorie_produit", "description", config=CONFIG_FR, weight="B")
    + SearchVector("categorie_produit", "description", config=CONFIG_EN, weight="B")
)

CRITERES = ("q", "pays", "secteur", "periode", "statut")
# A results list stops there (counting and ranking more would not be fast on a million leads).
MAX_RESULTATS = 1000


def plein_texte_disponible() -> bool:
    return connection.vendor == "postgresql"


def criteres_de(data) -> dict:
    """The non-empty search criteria of a query string (what a saved search stores)."""
    return {key: data.get(key).strip() for key in CRITERES if (data.get(key) or "").strip()}


def filtre_leads(data) -> LeadFilter:
    return LeadFilter(data or None, queryset=Lead.objects.select_related("secteur"))


def rechercher_leads(data, *, filtre: LeadFilter | None = None, importes_apres=None):
    """Leads matching the criteria, the most relevant first when there are keywords.

    On PostgreSQL, keywords are matched in the GIN index, then only the MAX_RESULTATS most
    recent matches are ranked: ranking every match of a frequent word over a million leads
    would cost seconds, and buyers want recent demands anyway.
    """
    filtre = filtre or filtre_leads(data)
    leads = filtre.qs
    if importes_apres is not None:
        leads = leads.filter(cree_le__gt=importes_apres)
    # the validated keywords: past SEARCH_MAX_LENGTH the field has an error and no search runs
    texte = (filtre.form.cleaned_data.get("q") or "").strip() if filtre.is_bound else ""
    if not texte:
        return leads.order_by("-publie_le", "-pk")
    if plein_texte_disponible():
        query = SearchQuery(texte, search_type="websearch", config=CONFIG_FR) | SearchQuery(
            texte, search_type="websearch", config=CONFIG_EN
        )
        # Sorting on an expression keeps the planner on the GIN index: walking the date index
        # while hoping to meet matches costs seconds when a word is rare under the filters.
        correspondances = leads.filter(search_vector=query).order_by(
            Coalesce("publie_le", "publie_le").desc(), "-pk"
        )
        # Fetched once (at most MAX_RESULTATS ids): the count and the page then read them.
        candidats = list(correspondances.values_list("pk", flat=True)[:MAX_RESULTATS])
        return (
            Lead.objects.select_related("secteur")
            .filter(pk__in=candidats)
            .annotate(rang=SearchRank(F("search_vector"), query))
            .order_by("-rang", "-publie_le", "-pk")
        )
    # SQLite: every word must appear somewhere, without stemming.
    for mot in texte.split():
        leads = leads.filter(
            Q(titre__icontains=mot)
            | Q(description__icontains=mot)
            | Q(categorie_produit__icontains=mot)
        )
    return leads.order_by("-publie_le", "-pk")


def marches_publies() -> QuerySet[Marche]:
    return Marche.objects.filter(publie=True)


def offres_valides():
    today = timezone.localdate()
    return OffrePreferentielle.objects.filter(debut__lte=today, fin__gte=today)


def places_publiees(data=None) -> tuple[PlaceFilter, QuerySet[PlaceDeMarche]]:
    filtre = PlaceFilter(
        data or None,
        queryset=PlaceDeMarche.objects.filter(publie=True).prefetch_related(
            Prefetch("marches", queryset=Marche.objects.filter(publie=True)),
            "secteurs",
            Prefetch("offres", queryset=offres_valides(), to_attr="offres_valides"),
        ),
    )
    return filtre, filtre.qs.distinct().order_by("nom")


def temoignages_publies(data=None) -> tuple[TemoignageFilter, QuerySet[Temoignage]]:
    filtre = TemoignageFilter(
        data or None,
        queryset=Temoignage.objects.filter(publie=True).select_related("marche", "secteur"),
    )
    return filtre, filtre.qs


def places_du_marche(marche: Marche) -> QuerySet[PlaceDeMarche]:
    return (
        marche.places.filter(publie=True)
        .prefetch_related(Prefetch("offres", queryset=offres_valides(), to_attr="offres_valides"))
        .order_by("nom")
    )


def temoignages_du_marche(marche: Marche) -> QuerySet[Temoignage]:
    return marche.temoignages.filter(publie=True).select_related("secteur")


def questions_faq(texte: str = "", categorie: str = "") -> QuerySet[QuestionFaq]:
    questions = QuestionFaq.objects.filter(publie=True)
    if categorie:
        questions = questions.filter(categorie=categorie)
    for mot in texte.split():
        questions = questions.filter(
            Q(question__icontains=mot) | Q(mots_cles__icontains=mot) | Q(reponse__icontains=mot)
        )
    return questions


def recherches_de(user):
    return user.recherches_leads.all()


def marches_par_codes(codes) -> QuerySet[Marche]:
    """Published fiches of these ISO countries (for the e-export diagnostic's routing)."""
    return marches_publies().filter(code_pays__in=[code.upper() for code in codes])
