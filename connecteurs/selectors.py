"""Reads on connecteurs that other apps may use."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db.models import Count, F, Prefetch, Q, QuerySet

from croissance.comptes.enums import Role
from croissance.recherche import sans_accents
from croissance.referentiels.models import Region

from . import conf
from .enums import EtatAdhesion, EtatLabel, Langue, Niveau, StatutAvis, StatutDemande
from .models import (
    Avis,
    Candidature,
    CharteVersion,
    Connecteur,
    Critere,
    Demande,
    DemandeAdhesion,
    Evenement,
    HistoriqueSiret,
    Membre,
    MouvementMembre,
    Note,
    Reponse,
)


def connecteur_of_user(user) -> Connecteur | None:
    """The structure a connecteur user acts for (None for other users)."""
    if not user.is_authenticated:
        return None
    return Connecteur.objects.filter(membres=user).first()


def servant(
    region: str | None, departement: str | None = None, *, toute_la_region: bool = False
) -> Q:
    """National, or serving this region or this département (or, with `toute_la_region`, one
    of the region's départements). The ids come from the indexed link tables, a union
    PostgreSQL reads by index: no OR over the whole table, and no join whose duplicate rows a
    DISTINCT over every column would then remove."""
    Regions, Departements = Connecteur.regions.through, Connecteur.departements.through
    ids = Connecteur.objects.filter(national=True).values("pk").order_by()
    if region:
        ids = ids.union(Regions.objects.filter(region_id=region).values("connecteur_id").order_by())
    if departement:
        ids = ids.union(
            Departements.objects.filter(departement_id=departement)
            .values("connecteur_id")
            .order_by()
        )
    if region and toute_la_region:
        ids = ids.union(
            Departements.objects.filter(departement__region_id=region)
            .values("connecteur_id")
            .order_by()
        )
    return Q(pk__in=ids)


def connecteurs_labellises() -> QuerySet[Connecteur]:
    return Connecteur.objects.filter(niveau=Niveau.LABELLISE)


# --- Directory -----------------------------------------------------------------------------


def connecteurs_publics() -> QuerySet[Connecteur]:
    """Structures shown in the public directory: every charter signatory."""
    return Connecteur.objects.filter(charte_signee_le__isnull=False)


def connecteurs_recommandables() -> QuerySet[Connecteur]:
    """Structures the orientation engine may recommend: the directory's, but none whose label
    mission staff suspended (it stays listed as a signatory until a decision)."""
    return connecteurs_publics().exclude(etat_label=EtatLabel.SUSPENDU)


def annuaire() -> QuerySet[Connecteur]:
    """Directory cards: labelled first, then by name; regions and themes prefetched."""
    return connecteurs_publics().prefetch_related("regions", "themes").order_by("niveau", "nom")


def connecteur_public(pk) -> QuerySet[Connecteur]:
    return connecteurs_publics().filter(pk=pk)


def profil_details(connecteur: Connecteur, *, today: date) -> dict:
    """Everything the public profile shows, in a fixed number of queries."""
    return {
        "langues": [Langue(code).label for code in connecteur.langues if code in Langue.values],
        "regions": list(connecteur.regions.all()),
        "departements": list(connecteur.departements.all()),
        "themes": list(connecteur.themes.all()),
        "secteurs": list(connecteur.secteurs.all()),
        "prestations": list(connecteur.prestations.select_related("theme")),
        "evenements": list(
            connecteur.evenements.filter(debut__date__gte=today).select_related("region", "theme")[
                :5
            ]
        ),
        "avis": list(
            Avis.objects.filter(reponse__connecteur=connecteur, statut=StatutAvis.PUBLIE)
            .select_related("reponse__demande__entreprise")
            .order_by("-cree_le")[:10]
        ),
    }


def regions_avec_nombre() -> tuple[list[Region], int]:
    """Each region with how many public connecteurs serve it, and the national ones."""
    national = connecteurs_publics().filter(national=True).count()
    regions = list(
        Region.objects.annotate(
            nombre=Count(
                "connecteurs",
                filter=Q(connecteurs__charte_signee_le__isnull=False, connecteurs__national=False),
                distinct=True,
            )
        ).order_by("nom")
    )
    for region in regions:
        region.nombre_total = region.nombre + national
    return regions, national


def connecteurs_correspondants(*, entreprise, theme, today: date, limite: int | None = None):
    """The public connecteurs that fit a request: theme × area served × declared filters
    (headcount, NAF section, firm age). Labelled first, then best rated."""
    limite = limite or conf.get("CONNECTEURS_DEMANDE_MAX")
    qs = connecteurs_publics().filter(themes=theme)
    zone = Q(national=True)
    if entreprise.region_id:
        zone |= Q(regions=entreprise.region_id)
    if entreprise.departement_id:
        zone |= Q(departements=entreprise.departement_id)
    qs = qs.filter(zone)
    if entreprise.effectif is not None:
        qs = qs.filter(
            Q(cible_effectif_min__isnull=True) | Q(cible_effectif_min__lte=entreprise.effectif),
            Q(cible_effectif_max__isnull=True) | Q(cible_effectif_max__gte=entreprise.effectif),
        )
    section = entreprise.naf.section if entreprise.naf_id else None
    secteur = Q(cible_sections__isnull=True)
    if section:
        secteur |= Q(cible_sections__section=section)
    qs = qs.filter(secteur)
    if entreprise.date_creation:
        age = (today - entreprise.date_creation).days // 365
        qs = qs.filter(
            Q(cible_age_min__isnull=True) | Q(cible_age_min__lte=age),
            Q(cible_age_max__isnull=True) | Q(cible_age_max__gte=age),
        )
    ids = list(qs.values_list("pk", flat=True).distinct())
    return list(
        Connecteur.objects.filter(pk__in=ids)
        .prefetch_related("regions", "themes")
        .order_by("niveau", F("note_moyenne").desc(nulls_last=True), "nom")[:limite]
    )


def evenements_a_venir(*, now) -> QuerySet[Evenement]:
    return (
        Evenement.objects.filter(debut__gte=now, connecteur__charte_signee_le__isnull=False)
        .select_related("connecteur", "region", "theme")
        .order_by("debut")
    )


# --- Charter --------------------------------------------------------------------------------


def charte_en_vigueur() -> CharteVersion | None:
    return CharteVersion.objects.order_by("-numero").first()


def a_signe_version(connecteur: Connecteur, version: CharteVersion | None) -> bool:
    if version is None:
        return False
    return connecteur.signatures.filter(version=version).exists()


# --- Label ----------------------------------------------------------------------------------


def candidature_en_cours(connecteur: Connecteur) -> Candidature | None:
    from .enums import CANDIDATURE_EN_COURS

    return connecteur.candidatures.filter(etat__in=CANDIDATURE_EN_COURS).first()


def evaluateurs_possibles(candidature: Candidature) -> QuerySet:
    """Mission staff, and instructeurs of one of the applicant's regions; never a member of
    the applicant's structure."""
    User = get_user_model()
    regions = candidature.connecteur.regions.all()
    return (
        User.objects.filter(
            Q(role=Role.MISSION) | Q(role=Role.INSTRUCTEUR, regions__in=regions),
            is_active=True,
        )
        .exclude(connecteurs=candidature.connecteur)
        .distinct()
        .order_by("nom", "prenom", "email")
    )


@dataclass
class LigneGrille:
    critere: Critere
    moyenne: Decimal | None
    sous_plancher: bool


@dataclass
class ResultatGrille:
    lignes: list[LigneGrille]
    total: Decimal
    maximum: int
    seuil: Decimal
    complet: bool

    @property
    def reussite(self) -> bool:
        return (
            self.complet
            and self.total >= self.seuil
            and not any(ligne.sous_plancher for ligne in self.lignes)
        )


def resultat_grille(candidature: Candidature) -> ResultatGrille:
    """Average score per criterion over the evaluations handed in, and the pass rule."""
    criteres = list(Critere.objects.filter(actif=True))
    rendues = [e for e in candidature.evaluations.all() if e.terminee_le]
    notes: dict[int, list[int]] = {}
    for note in Note.objects.filter(evaluation__in=rendues):
        notes.setdefault(note.critere_id, []).append(note.score)
    lignes = []
    total = Decimal("0")
    for critere in criteres:
        scores = notes.get(critere.pk, [])
        moyenne = (Decimal(sum(scores)) / len(scores)).quantize(Decimal("0.01")) if scores else None
        total += moyenne or 0
        lignes.append(LigneGrille(critere, moyenne, moyenne is None or moyenne < critere.plancher))
    maximum = sum(c.note_max for c in criteres)
    seuil = (Decimal(maximum) * conf.get("CONNECTEURS_LABEL_SEUIL_POURCENT") / 100).quantize(
        Decimal("0.01")
    )
    complet = (
        bool(rendues) and bool(criteres) and len(rendues) == len(candidature.evaluations.all())
    )
    return ResultatGrille(lignes, total, maximum, seuil, complet)


# --- Requests -------------------------------------------------------------------------------


def demandes_en_cours(user) -> QuerySet[Demande]:
    """The requests of the person's firms that wait for or have a connecteur."""
    return Demande.objects.filter(
        entreprise__gestionnaires=user,
        statut__in=[StatutDemande.EN_ATTENTE, StatutDemande.PRISE_EN_CHARGE],
    )


def demandes_of_entreprises(user) -> QuerySet[Demande]:
    return (
        Demande.objects.filter(entreprise__gestionnaires=user)
        .select_related("entreprise", "theme")
        .prefetch_related(
            Prefetch(
                "reponses",
                queryset=Reponse.objects.select_related("connecteur", "avis"),
            )
        )
    )


def reponses_of_connecteur(connecteur: Connecteur) -> QuerySet[Reponse]:
    return connecteur.reponses.select_related(
        "demande__entreprise__region", "demande__theme"
    ).order_by("-demande__cree_le")


# --- The structure as an organisation: SIRET, duplicates, members ---------------------------


def sirets_depuis(connecteur: Connecteur, depuis) -> set[str]:
    """Every SIRET the structure had since `depuis` (its changes' old and new values):
    a file created before a change still sees the former SIRET."""
    sirets = set()
    for ancien, nouveau in HistoriqueSiret.objects.filter(
        connecteur=connecteur, date__gte=depuis
    ).values_list("ancien", "nouveau"):
        sirets |= {ancien, nouveau}
    return sirets - {""}


def structures_en_double(*, nom: str, siret: str, departements) -> list[Connecteur]:
    """The existing structures a new one would duplicate: the same SIRET, or the same name
    (accents and capitals aside) in one of the same départements."""
    meme = Q(pk__in=[])
    if siret:
        meme |= Q(siret=siret)
    nom = " ".join((nom or "").split())
    departements = list(departements or [])
    if nom and departements:
        meme |= Q(nom__sans_accents=sans_accents(nom), departements__in=departements)
    return list(Connecteur.objects.filter(meme).distinct().order_by("nom"))


def membres_de(connecteur: Connecteur) -> QuerySet[Membre]:
    return connecteur.membre_set.select_related("user").order_by("-referent", "ajoute_le", "pk")


def est_referent(connecteur: Connecteur, user) -> bool:
    return Membre.objects.filter(connecteur=connecteur, user=user, referent=True).exists()


def adhesions_en_attente(connecteur: Connecteur) -> QuerySet[DemandeAdhesion]:
    return connecteur.demandes_adhesion.filter(etat=EtatAdhesion.EN_ATTENTE).select_related(
        "demandeur"
    )


def mouvements_de(connecteur: Connecteur) -> QuerySet[MouvementMembre]:
    return connecteur.mouvements.select_related("membre", "auteur")


def historique_siret(connecteur: Connecteur) -> QuerySet[HistoriqueSiret]:
    return connecteur.historique_siret.select_related("auteur").order_by("-date", "-pk")


def adhesions_du_demandeur(user) -> QuerySet[DemandeAdhesion]:
    """The requests to join a structure a connecteur account sent, newest first."""
    return DemandeAdhesion.objects.filter(demandeur=user).select_related(
        "connecteur", "decidee_par"
    )
