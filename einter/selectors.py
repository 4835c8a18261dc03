"""Reads of the e-export app, with the joins their pages need."""

import hashlib
import json
import math
from datetime import timedelta

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.core import signing
from django.core.cache import cache
from django.db import connection
from django.db.models import F, Prefetch, Q, QuerySet
from django.db.models.functions import Coalesce
from django.utils import timezone

from croissance import fragments
from croissance.recherche import filtrer_par_mots

from .enums import StatutLead
from .filters import LeadFilter, PlaceFilter, TemoignageFilter
from .models import (
    Dispositif,
    Lead,
    Marche,
    OffrePreferentielle,
    PlaceDeMarche,
    QuestionFaq,
    RechercheSauvegardee,
    Temoignage,
)

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


# Publication-date windows: the first one is FENETRE_JOURS days; when it holds fewer than
# MAX_RESULTATS rows, the next one is extrapolated from its density (with a margin), up to
# FENETRE_MAX_JOURS, beyond which the whole base is read. A frequent word fills the first
# window, so PostgreSQL reads a few thousand rows instead of every match.
FENETRE_JOURS = 14
FENETRE_MAX_JOURS = 365
MARGE_FENETRE = 1.5


def _requete_texte(texte: str) -> SearchQuery:
    return SearchQuery(texte, search_type="websearch", config=CONFIG_FR) | SearchQuery(
        texte, search_type="websearch", config=CONFIG_EN
    )


def _candidats(
    leads, query: SearchQuery | None, *, par_fenetres: bool = True
) -> list[tuple[int, object, float]]:
    """(pk, publie_le, rank) of the MAX_RESULTATS most recent leads of `leads` (matching
    `query`), read window by window: the first window holding MAX_RESULTATS rows is enough,
    since every more recent lead is in it. Mostly one or two queries, each bounded by its
    window."""
    if query is not None:
        leads = leads.filter(search_vector=query)
    colonnes = ["pk", "publie_le"]
    if query is not None:
        leads = leads.annotate(rang=SearchRank(F("search_vector"), query))
        colonnes.append("rang")
    # With keywords, sorting on an expression keeps the planner on the GIN bitmap: walking the
    # date index while hoping to meet matches costs seconds when a word is rare. Filters alone
    # are served in order by their B-tree indexes.
    tri = (Coalesce("publie_le", "publie_le").desc() if query else F("publie_le").desc(), "-pk")
    aujourd_hui = timezone.localdate()
    jours = FENETRE_JOURS if par_fenetres else None
    while True:
        fenetre = leads
        if jours is not None:
            fenetre = leads.filter(publie_le__gte=aujourd_hui - timedelta(days=jours))
        lignes = list(fenetre.order_by(*tri).values_list(*colonnes)[:MAX_RESULTATS])
        if len(lignes) >= MAX_RESULTATS or jours is None:
            break
        jours = math.ceil(jours * MARGE_FENETRE * MAX_RESULTATS / max(len(lignes), 1))
        if jours > FENETRE_MAX_JOURS:
            jours = None
    return [(pk, publie_le, reste[0] if reste else 0.0) for pk, publie_le, *reste in lignes]


def _classer(candidats, par_pertinence: bool) -> list[int]:
    if par_pertinence:
        candidats = sorted(candidats, key=lambda c: (-c[2], -c[1].toordinal(), -c[0]))
    return [pk for pk, _publie_le, _rang in candidats]


def lead_ouvert() -> Q:
    """What makes a lead open today: its status, and a deadline not passed (nothing closes a
    lead when its deadline passes)."""
    return Q(statut=StatutLead.OUVERT) & (
        Q(date_limite__isnull=True) | Q(date_limite__gte=timezone.localdate())
    )


# Search results, and the search page's body, are cached under a version number that every
# write to leads bumps (services.leads_modifies, a croissance.fragments version); the day is
# in the keys because the date filters move with it.
VERSION_LEADS = "leads"
DUREE_CACHE = 600  # seconds: a safety net for writes that bypass the services (raw SQL)


def version_leads() -> int:
    return fragments.version(VERSION_LEADS)


def cle_page(parametres, *, connecte: bool) -> str:
    """Cache key of the search page's body: the day, whether the visitor is logged in (what
    the alert box offers) and the whole query string (criteria, page, links)."""
    empreinte = hashlib.sha256(json.dumps(sorted(parametres.lists())).encode()).hexdigest()[:32]
    visiteur = "connecte" if connecte else "anonyme"
    return f"einter:page:{timezone.localdate():%Y%m%d}:{visiteur}:{empreinte}"


def cle_recherche(criteres: dict) -> str:
    """Cache key of a search: the leads version, the day and the criteria."""
    empreinte = hashlib.sha256(json.dumps(criteres, sort_keys=True).encode()).hexdigest()[:32]
    return f"einter:leads:{version_leads()}:{timezone.localdate():%Y%m%d}:{empreinte}"


class LeadsDeLaPage:
    """The leads of one page, read from the database only when the page is iterated (so that
    a cached fragment of the page needs no query)."""

    def __init__(self, ids: list[int]):
        self.ids = ids
        self._leads = None

    def __len__(self) -> int:
        return len(self.ids)

    def __iter__(self):
        if self._leads is None:
            par_pk = Lead.objects.select_related("secteur").in_bulk(self.ids)
            self._leads = [par_pk[pk] for pk in self.ids if pk in par_pk]
        return iter(self._leads)


class ResultatsLeads:
    """The ordered ids of a search (at most MAX_RESULTATS): the paginator counts them without
    a query and fetches only the leads of the page shown."""

    def __init__(self, ids: list[int]):
        self.ids = ids

    def count(self) -> int:
        return len(self.ids)

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, tranche: slice) -> LeadsDeLaPage:
        return LeadsDeLaPage(self.ids[tranche])


def resultats_leads(data, *, filtre: LeadFilter, cle: str) -> ResultatsLeads | QuerySet[Lead]:
    """What the search page lists: on PostgreSQL, the ids of the MAX_RESULTATS most recent
    matches (by relevance when there are keywords), cached under `cle` (cle_recherche);
    elsewhere a capped queryset."""
    texte = ""
    if data:
        # an invalid criterion (too long, NUL byte…) is left out, as django-filter does for
        # the others; the form shows its error
        filtre.form.is_valid()
        texte = (filtre.form.cleaned_data.get("q") or "").strip()
    if not plein_texte_disponible() or not (texte or criteres_de(data or {})):
        return rechercher_leads(data, filtre=filtre)[:MAX_RESULTATS]
    ids = cache.get(cle)
    if ids is None:
        query = _requete_texte(texte) if texte else None
        # Keywords within a country or a sector match few enough leads to be read at once:
        # a first window would only repeat the scan of the full-text index.
        par_fenetres = not (texte and (data.get("pays") or data.get("secteur")))
        candidats = _candidats(filtre.qs, query, par_fenetres=par_fenetres)
        ids = _classer(candidats, par_pertinence=bool(texte))
        cache.set(cle, ids, DUREE_CACHE)
    return ResultatsLeads(ids)


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
        query = _requete_texte(texte)
        candidats = [pk for pk, _publie_le, _rang in _candidats(leads, query)]
        return (
            Lead.objects.select_related("secteur")
            .filter(pk__in=candidats)
            .annotate(rang=SearchRank(F("search_vector"), query))
            .order_by("-rang", "-publie_le", "-pk")
        )
    # SQLite: every word must appear somewhere, accents aside, without stemming.
    leads = filtrer_par_mots(leads, texte, "titre", "description", "categorie_produit")
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
    return filtrer_par_mots(questions, texte, "question", "mots_cles", "reponse")


def recherches_de(user):
    return user.recherches_leads.all()


def marches_par_codes(codes) -> QuerySet[Marche]:
    """Published fiches of these ISO countries (for the e-export diagnostic's routing)."""
    return marches_publies().filter(code_pays__in=[code.upper() for code in codes])


def temoignages_publies_en_detail() -> QuerySet[Temoignage]:
    """Published testimonials with what their page shows (market, sector, region)."""
    return Temoignage.objects.filter(publie=True).select_related("marche", "secteur", "region")


def dispositifs() -> QuerySet[Dispositif]:
    return Dispositif.objects.all()


def questions_publiees() -> QuerySet[QuestionFaq]:
    return QuestionFaq.objects.filter(publie=True)


def questions_voisines(question: QuestionFaq, nombre: int = 5) -> list[QuestionFaq]:
    """Other published questions of the same category, for "see also"."""
    return list(
        questions_publiees().filter(categorie=question.categorie).exclude(pk=question.pk)[:nombre]
    )


def leads_avec_secteur() -> QuerySet[Lead]:
    return Lead.objects.select_related("secteur", "naf_division")


# The salt of the signed "stop every lead alert" links (services.lien_desabonnement_total).
SEL_DESABONNEMENT = "einter.alertes.desabonnement"


def alertes_de_la_signature(signature: str) -> QuerySet[RechercheSauvegardee] | None:
    """The person's saved searches, from a signed unsubscribe link; None if forged."""
    try:
        user_id = signing.loads(signature, salt=SEL_DESABONNEMENT)
    except signing.BadSignature:
        return None
    return RechercheSauvegardee.objects.filter(user_id=user_id)
