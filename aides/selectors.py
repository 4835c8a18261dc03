"""Reads on aids and application files that pages and other apps may call."""

import hashlib
import json
from datetime import date, timedelta
from decimal import Decimal

from django.conf import settings
from django.db.models import Count, F, Prefetch, Q, QuerySet
from django.utils import timezone

from connecteurs.selectors import connecteurs_recommandables, servant
from croissance.referentiels.models import Departement, Region

from . import eligibility
from .enums import ETATS_OCTROYES, THEME_FINANCEMENT, THEMES_DES_DEPENSES, EtatDossier
from .models import Aide, AideDeclaree, Dossier
from .simulation import ENVELOPPE_DISPONIBLE, aides_ouvertes, profil_de, regles_de


def plafond_de_minimis() -> Decimal:
    return settings.AIDES_PLAFOND_DE_MINIMIS


def aides_publiees() -> QuerySet[Aide]:
    return Aide.objects.filter(publiee=True).prefetch_related(
        Prefetch("regions", queryset=Region.objects.only("code", "nom")),
        Prefetch("departements", queryset=Departement.objects.only("code", "nom", "region_id")),
    )


def aides_recommandables() -> QuerySet[Aide]:
    """Aids the orientation engine may recommend today (when the simulator finds them
    eligible): published, open, with some envelope left."""
    return aides_ouvertes().filter(ENVELOPPE_DISPONIBLE, publiee=True)


def projet_du_dossier(dossier: Dossier) -> eligibility.Projet:
    montants: dict[str, Decimal] = {}
    for ligne in dossier.lignes.all():
        montants[ligne.type_depense] = (
            montants.get(ligne.type_depense, Decimal("0")) + ligne.montant_ht
        )
    return eligibility.Projet(
        montant_ht=sum(montants.values(), Decimal("0")),
        types_depense=frozenset(montants),
        montants_par_type=montants,
        accompagne_par_labellise=bool(dossier.connecteur_id and dossier.connecteur.est_labellise),
    )


def verdict_du_dossier(dossier: Dossier, jour: date | None = None) -> eligibility.Resultat:
    """The simulator's answer for this file's aid, entreprise and expense lines."""
    return eligibility.evaluer(
        regles_de(dossier.aide),
        profil_de(dossier.entreprise),
        projet_du_dossier(dossier),
        jour or timezone.localdate(),
    )


def themes_de_l_aide(aide: Aide) -> set[str]:
    """The themes of the aid's expenses, and financing."""
    return {THEMES_DES_DEPENSES[t] for t in aide.types_depense if t in THEMES_DES_DEPENSES} | {
        THEME_FINANCEMENT
    }


def connecteurs_du_dossier(dossier: Dossier, *, avec_l_actuel: bool = False):
    """The connecteurs a file may name: in the directory (charter signed, label not
    suspended), serving the firm's region or département, working on one of the aid's themes;
    labelled ones first, then the best rated. `avec_l_actuel`: and the one the file already
    names, whatever became of it (keeping a choice is always allowed)."""
    entreprise = dossier.entreprise
    ids = (
        connecteurs_recommandables()
        .filter(
            servant(entreprise.region_id, entreprise.departement_id),
            themes__in=themes_de_l_aide(dossier.aide),
        )
        .values("pk")
    )
    choix = Q(pk__in=ids)
    if avec_l_actuel and dossier.connecteur_id:
        choix |= Q(pk=dossier.connecteur_id)
    modele = connecteurs_recommandables().model
    return modele.objects.filter(choix).order_by(
        "niveau", F("note_moyenne").desc(nulls_last=True), "nom"
    )


def dossiers_par_pk(raisons: dict[int, str]) -> list[tuple[Dossier, str]]:
    """The files of `raisons` (pk → text), each with its text, by number."""
    dossiers = Dossier.objects.filter(pk__in=list(raisons)).order_by("pk").only("pk", "titre")
    return [(dossier, raisons[dossier.pk]) for dossier in dossiers] if raisons else []


def statut_des_dossiers(user) -> str:
    """What waits for a manager in "Mes demandes d'aide": the files to complete first, else
    those being instructed (one query)."""
    from croissance.espace import compte

    nombres = Dossier.objects.filter(entreprise__gestionnaires=user).aggregate(
        a_completer=Count("pk", filter=Q(etat__in=[EtatDossier.BROUILLON, EtatDossier.INCOMPLET])),
        en_cours=Count(
            "pk",
            filter=Q(
                etat__in=[EtatDossier.DEPOSE, EtatDossier.PREVALIDE, EtatDossier.EN_INSTRUCTION]
            ),
        ),
    )
    return compte(nombres["a_completer"], "dossier", "à compléter") or compte(
        nombres["en_cours"], "dossier", "en instruction"
    )


def dossiers_for_user(user) -> QuerySet[Dossier]:
    """The files a user may see: an SME its entreprises', an instructeur its regions' (once
    submitted), a connecteur those it accompanies (once submitted), the mission all."""
    qs = Dossier.objects.select_related("aide", "entreprise", "region", "connecteur")
    if not user.is_authenticated:
        return qs.none()
    if user.is_pme:
        return qs.filter(entreprise__gestionnaires=user)
    submitted = ~Q(etat=EtatDossier.BROUILLON)
    if user.is_instructeur:
        return qs.filter(submitted, region__in=user.codes_regions)
    if user.is_connecteur:
        return qs.filter(submitted, connecteur__membres=user)
    if user.is_mission:
        return qs
    return qs.none()


def dossiers_a_instruire(user) -> QuerySet[Dossier]:
    """The work queue: the files a user may see, archived ones left out."""
    return dossiers_for_user(user).filter(archive_le__isnull=True)


# The work queue's body is shared by the instructeurs of the same regions (croissance.fragments)
# under this version, bumped on every write to a dossier or to what its row shows (its aid,
# its entreprise): signals in apps.py.
VERSION_DOSSIERS = "dossiers"


def cle_file(user, parametres) -> str:
    """Cache key of a work queue display: who sees what (the mission: every dossier; an
    instructeur: its regions, read with the user), and the filters and page asked."""
    perimetre = "mission" if user.is_mission else "regions-" + "-".join(user.codes_regions)
    demande = hashlib.sha256(json.dumps(sorted(parametres.lists())).encode()).hexdigest()[:32]
    return f"aides:file:{perimetre}:{demande}"


def compter_par_etat(qs: QuerySet[Dossier]) -> dict[str, int]:
    rows = qs.order_by().values("etat").annotate(n=Count("pk"))
    return {row["etat"]: row["n"] for row in rows}


def de_minimis(entreprise, jour: date | None = None) -> dict:
    """Public aid received over the last three years by the firm (the *entreprise unique*:
    every establishment of its SIREN): granted files plus declared aids."""
    jour = jour or timezone.localdate()
    debut = jour - timedelta(days=3 * 365)
    octroyes = list(
        Dossier.objects.filter(
            entreprise__siren=entreprise.siren,
            etat__in=ETATS_OCTROYES,
            decide_le__date__gte=debut,
        )
        .select_related("aide", "entreprise")
        .order_by("-decide_le", "-pk")
    )
    declarees = list(
        AideDeclaree.objects.filter(
            entreprise__siren=entreprise.siren, date_octroi__gte=debut
        ).select_related("entreprise")
    )
    total = sum((d.montant_accorde for d in octroyes), Decimal("0")) + sum(
        (a.montant for a in declarees), Decimal("0")
    )
    plafond = plafond_de_minimis()
    return {
        "siren": entreprise.siren,
        "depuis": debut,
        "octroyes": octroyes,
        "declarees": declarees,
        "total": total,
        "plafond": plafond,
        "reste": max(plafond - total, Decimal("0")),
    }


def avis_for_user(user) -> QuerySet:
    """Opinion requests addressed to this user (as expert) or to its connecteur structure."""
    from .models import DemandeAvis

    if not user.is_authenticated:
        return DemandeAvis.objects.none()
    return (
        DemandeAvis.objects.filter(Q(expert=user) | Q(connecteur__membres=user))
        .select_related("dossier__aide", "dossier__entreprise", "connecteur", "expert", "demandeur")
        .distinct()
    )
