"""Writes of the e-export app: leads import and search index, saved searches, alerts."""

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from croissance import fragments
from croissance.emails import send_templated_email
from croissance.orientation import engine
from croissance.referentiels.models import Naf
from diagnostic import services as diagnostic_services
from diagnostic.enums import StatutVersion, TypeQuestion
from diagnostic.models import Choix, Questionnaire
from diagnostic.orientation import PAYS_AUTRE, QUESTION_PAYS, THEME_EXPORT
from diagnostic.selectors import version_courante

from .enums import StatutLead
from .imports import lire_csv
from .models import Lead, LeadEnvoye, RechercheSauvegardee, Secteur
from .selectors import (
    SEL_DESABONNEMENT,
    VECTEUR_LEAD,
    VERSION_LEADS,
    criteres_de,
    marches_publies,
    plein_texte_disponible,
    rechercher_leads,
)

logger = logging.getLogger(__name__)

LOT = 2000
MAX_LEADS_PAR_ALERTE = 30
MAX_RECHERCHES_PAR_UTILISATEUR = 20
CHAMPS_IMPORTES = [
    "titre",
    "description",
    "pays",
    "secteur",
    "naf_division_id",
    "categorie_produit",
    "quantite",
    "date_limite",
    "source",
    "publie_le",
    "statut",
    "contact_nom",
    "contact_email",
    "contact_url",
]


# --- Leads -----------------------------------------------------------------------------


def leads_modifies() -> None:
    """Every write to leads calls this: cached search results of older versions are no
    longer read (they expire on their own)."""
    fragments.nouvelle_version(VERSION_LEADS)


def actualiser_index_recherche(*, leads) -> None:
    """Recompute the full-text vector of these leads (a queryset); no-op on SQLite.

    A PostgreSQL trigger (migration 0005) already keeps the vector up to date on every write:
    this is for a full reindex after the text search configurations change."""
    if plein_texte_disponible():
        leads.update(search_vector=VECTEUR_LEAD)
        leads_modifies()


def lead_enregistrer(*, lead: Lead) -> Lead:
    lead.full_clean()
    lead.save()
    leads_modifies()
    return lead


def leads_clore(*, leads) -> int:
    nombre = leads.update(statut=StatutLead.CLOS)
    leads_modifies()
    engine.invalider_cache()  # a closed lead leaves the recommendations at once
    return nombre


def leads_supprimer(*, leads) -> None:
    leads.delete()
    leads_modifies()
    engine.invalider_cache()


@dataclass
class RapportImport:
    lus: int = 0
    crees: int = 0
    mis_a_jour: int = 0
    rejets: list[tuple[int, str]] = field(default_factory=list)
    erreur: str = ""
    encodage: str = ""
    dry_run: bool = False

    @property
    def valides(self) -> int:
        return self.crees + self.mis_a_jour


def importer_leads(
    *, contenu: bytes, dry_run: bool = False, progression: Callable[[int, int], None] | None = None
) -> RapportImport:
    """Create or update leads from a CSV file (by `reference`); bad rows are reported with
    their line number and skipped. Safe to run twice: the second run only updates."""
    secteurs = {s.slug: s for s in Secteur.objects.prefetch_related("divisions_naf")}
    divisions = {
        code: None for code in Naf.objects.filter(niveau="division").values_list("code", flat=True)
    }
    for secteur in secteurs.values():
        for naf in secteur.divisions_naf.all():
            divisions.setdefault(naf.code, secteur)
            divisions[naf.code] = divisions[naf.code] or secteur
    lecture = lire_csv(contenu, secteurs=secteurs, divisions=divisions)
    rapport = RapportImport(
        lus=len(lecture.lignes) + len(lecture.rejets),
        rejets=lecture.rejets,
        erreur=lecture.erreur,
        encodage=lecture.encodage,
        dry_run=dry_run,
    )
    if lecture.erreur:
        return rapport
    for debut in range(0, len(lecture.lignes), LOT):
        lot = lecture.lignes[debut : debut + LOT]
        references = [ligne.valeurs["reference"] for ligne in lot]
        existantes = set(
            Lead.objects.filter(reference__in=references).values_list("reference", flat=True)
        )
        rapport.mis_a_jour += len(existantes)
        rapport.crees += len(lot) - len(existantes)
        if dry_run:
            continue
        # The search vector is computed by the database trigger as the rows are written.
        Lead.objects.bulk_create(
            [Lead(**ligne.valeurs) for ligne in lot],
            update_conflicts=True,
            unique_fields=["reference"],
            update_fields=CHAMPS_IMPORTES,
        )
        leads_modifies()
        if progression:
            progression(debut + len(lot), len(lecture.lignes))
    rapport.rejets.sort()
    return rapport


# --- Saved searches and alerts -----------------------------------------------------------


def recherche_sauvegarder(*, user, nom: str, data) -> RechercheSauvegardee:
    criteres = criteres_de(data)
    if not criteres:
        raise ValidationError("Précisez au moins un mot-clé ou un filtre avant d'enregistrer.")
    if user.recherches_leads.count() >= MAX_RECHERCHES_PAR_UTILISATEUR:
        raise ValidationError(
            f"Vous avez déjà {MAX_RECHERCHES_PAR_UTILISATEUR} recherches : supprimez-en une."
        )
    return RechercheSauvegardee.objects.create(user=user, nom=nom, criteres=criteres)


def recherche_supprimer(*, recherche: RechercheSauvegardee) -> None:
    recherche.delete()


def alerte_desactiver(*, recherche: RechercheSauvegardee) -> None:
    recherche.alerte_active = False
    recherche.save(update_fields=["alerte_active"])


def alerte_activer(*, recherche: RechercheSauvegardee) -> None:
    recherche.alerte_active = True
    recherche.save(update_fields=["alerte_active"])


def signature_desabonnement_total(user_id: int) -> str:
    return signing.dumps(user_id, salt=SEL_DESABONNEMENT, compress=True)


def lien_desabonnement_total(user_id: int) -> str:
    """The signed link that stops every lead alert of a person (List-Unsubscribe)."""
    signature = signature_desabonnement_total(user_id)
    return settings.SITE_URL + reverse("einter:desabonnement_total", args=[signature])


def alertes_desactiver_toutes(*, recherches) -> int:
    return recherches.filter(alerte_active=True).update(alerte_active=False)


def nouveaux_leads(recherche: RechercheSauvegardee, *, deja_envoyes: set[int]) -> list[Lead]:
    """Leads imported since the search was saved that it never sent, newest first."""
    leads = rechercher_leads(recherche.criteres, importes_apres=recherche.cree_le).exclude(
        pk__in=recherche.envois.values("lead_id")
    )
    return [lead for lead in leads[: MAX_LEADS_PAR_ALERTE * 2] if lead.pk not in deja_envoyes][
        :MAX_LEADS_PAR_ALERTE
    ]


def envoyer_digest(*, user_id: int) -> int:
    """One email with the new leads of all the user's active alerts; returns the number of
    leads sent. Each lead is recorded as sent, so it never comes twice."""
    maintenant = timezone.now()
    with transaction.atomic():
        recherches = list(
            RechercheSauvegardee.objects.select_for_update()
            .filter(user_id=user_id, alerte_active=True)
            .select_related("user")
            .order_by("cree_le")
        )
        if not recherches:
            return 0
        envoyes: set[int] = set()
        blocs = []
        for recherche in recherches:
            leads = nouveaux_leads(recherche, deja_envoyes=envoyes)
            if not leads:
                continue
            envoyes.update(lead.pk for lead in leads)
            LeadEnvoye.objects.bulk_create(
                [
                    LeadEnvoye(recherche=recherche, lead=lead, envoye_le=maintenant)
                    for lead in leads
                ],
                ignore_conflicts=True,
            )
            recherche.dernier_envoi = maintenant
            recherche.save(update_fields=["dernier_envoi"])
            blocs.append(
                {
                    "recherche": recherche,
                    "leads": [
                        (lead, settings.SITE_URL + lead.get_absolute_url()) for lead in leads
                    ],
                    "desabonnement": settings.SITE_URL
                    + reverse("einter:desabonnement", args=[recherche.jeton]),
                }
            )
        if not blocs:
            return 0
        user = recherches[0].user
        tout_arreter = lien_desabonnement_total(user.pk)
        send_templated_email(
            to=user.email,
            template="einter/emails/digest",
            context={
                "user": user,
                "blocs": blocs,
                "nombre": len(envoyes),
                "url_recherches": settings.SITE_URL + reverse("einter:recherches"),
                "tout_arreter": tout_arreter,
            },
            # RFC 8058: mail clients offer a one-click unsubscribe, made by a POST
            headers={
                "List-Unsubscribe": f"<{tout_arreter}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )
    return len(envoyes)


def utilisateurs_avec_alertes() -> list[int]:
    return list(
        RechercheSauvegardee.objects.filter(alerte_active=True)
        .order_by()
        .values_list("user_id", flat=True)
        .distinct()
    )


# --- E-export diagnostic --------------------------------------------------------------------

QUESTION_ZONES = "pays-cibles"  # version 1 asked for zones rather than countries


def pays_du_diagnostic() -> tuple[list[str], list[str]]:
    """(choice codes the current e-export diagnostic offers for the target countries, codes it
    should offer: the countries with a published market fiche, by name, then « autre »)."""
    offerts = list(
        Choix.objects.filter(
            question__version__questionnaire__slug=THEME_EXPORT,
            question__version__statut=StatutVersion.PUBLIEE,
            question__code=QUESTION_PAYS,
        )
        .order_by("ordre")
        .values_list("code", flat=True)
    )
    attendus = [code.lower() for code in marches_publies().values_list("code_pays", flat=True)]
    return offerts, [*attendus, PAYS_AUTRE]


@transaction.atomic
def diagnostic_publier_pays():
    """Publish a new version of the e-export diagnostic whose target-country question offers
    the countries with a published market fiche, plus « Un autre pays ».

    The choices of a published version are frozen (results keep their version), so a new
    version is the way to follow the fiches. Returns None when nothing changes (no e-export
    questionnaire, or it already offers these countries)."""
    questionnaire = Questionnaire.objects.filter(slug=THEME_EXPORT).first()
    courante = version_courante(questionnaire) if questionnaire else None
    offerts, attendus = pays_du_diagnostic()
    if courante is None or offerts == attendus:
        return None
    brouillon = diagnostic_services.creer_nouvelle_version(version=courante)
    question = brouillon.questions.get(code__in=[QUESTION_PAYS, QUESTION_ZONES])
    question.code = QUESTION_PAYS
    question.type = TypeQuestion.CHOIX_MULTIPLE
    question.texte = "Quels pays visez-vous en priorité ?"
    question.aide = (
        "Cochez tout ce qui s'applique. Les pays proposés ont une fiche marché sur le portail ; "
        "choisissez « Un autre pays » si le vôtre n'y est pas encore."
    )
    question.save()
    # Choosing countries routes to their fiches; it earns no points, so that the axis scale
    # does not depend on how many fiches are published.
    question.choix.all().delete()
    noms = dict(marches_publies().values_list("code_pays", "nom"))
    Choix.objects.bulk_create(
        Choix(
            question=question,
            code=code,
            ordre=ordre,
            libelle=noms[code.upper()] if code != PAYS_AUTRE else "Un autre pays",
        )
        for ordre, code in enumerate(attendus, start=1)
    )
    brouillon.notes = (
        "Pays visés : pays ayant une fiche marché publiée ("
        + ", ".join(noms[code.upper()] for code in attendus if code != PAYS_AUTRE)
        + ") et « Un autre pays »."
    )
    brouillon.save(update_fields=["notes"])
    return diagnostic_services.publier_version(version=brouillon)
