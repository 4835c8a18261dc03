"""National-scale seed: one seeder per app, registered in order.

Each seeder receives the shared `Contexte` (random generator, scale, ids already created)
and writes its rows with `inserer`. An app merged later adds its own seeder with
`@seeder("nom", volume)` in this module: the command runs every registered seeder in order.
"""

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.contrib.auth.hashers import make_password
from django.utils import timezone

from croissance.referentiels import masques

from .insertion import inserer, prochain_id, remettre_sequences

MOT_DE_PASSE = "bench-mot-de-passe"


@dataclass
class Seeder:
    nom: str
    volume: int  # rows of the main model at scale 1
    fonction: object


SEEDERS: list[Seeder] = []


def seeder(nom, volume):
    def enregistrer(fonction):
        SEEDERS.append(Seeder(nom, volume, fonction))
        return fonction

    return enregistrer


@dataclass
class Contexte:
    graine: int
    echelle: float
    jour: date
    progression: object = None  # callable(nom, fait, total)
    rng: random.Random = field(init=False)
    ids: dict = field(default_factory=dict)

    def __post_init__(self):
        self.rng = random.Random(self.graine)

    def nombre(self, volume: int) -> int:
        return max(1, round(volume * self.echelle))

    def instant(self, jours_max: int) -> datetime:
        jour = self.jour - timedelta(days=self.rng.randrange(jours_max))
        return timezone.make_aware(
            datetime.combine(jour, time(9)) + timedelta(minutes=self.rng.randrange(600))
        )

    def suivre(self, nom, iterable, total):
        """Yield from iterable, reporting progress every 1 % (and at the end)."""
        pas = max(1, total // 100)
        for numero, element in enumerate(iterable, start=1):
            yield element
            if self.progression and (numero % pas == 0 or numero == total):
                self.progression(nom, numero, total)


def volumes(echelle: float) -> dict[str, int]:
    return {s.nom: max(1, round(s.volume * echelle)) for s in SEEDERS}


def executer(ctx: Contexte, *, seulement=None) -> dict[str, int]:
    comptes = {}
    for s in SEEDERS:
        if seulement and s.nom not in seulement:
            continue
        comptes[s.nom] = s.fonction(ctx, ctx.nombre(s.volume))
    return comptes


# --- referentials shared by the seeders -------------------------------------------------


def _referentiels(ctx):
    if "naf" not in ctx.ids:
        from croissance.referentiels.models import Departement, Naf, TrancheEffectifs

        ctx.ids["naf"] = list(
            Naf.objects.filter(niveau="sous-classe").order_by("code").values_list("code", flat=True)
        )
        ctx.ids["departements"] = list(
            Departement.objects.order_by("code").values_list("code", "region_id")
        )
        ctx.ids["tranches"] = list(
            TrancheEffectifs.objects.order_by("code").values_list("code", flat=True)
        )
    return ctx.ids


def _siret(siren: str, nic: int) -> str:
    """A SIRET with a valid Luhn key."""
    base = f"{siren}{nic:04d}"
    for cle in range(10):
        candidat = base + str(cle)
        total = 0
        for i, c in enumerate(reversed(candidat)):
            n = int(c) * (2 if i % 2 else 1)
            total += n - 9 if n > 9 else n
        if total % 10 == 0:
            return candidat
    raise AssertionError


def _siren(numero: int) -> str:
    base = f"{80_000_000 + numero:08d}"
    for cle in range(10):
        candidat = base + str(cle)
        total = 0
        for i, c in enumerate(reversed(candidat)):
            n = int(c) * (2 if i % 2 else 1)
            total += n - 9 if n > 9 else n
        if total % 10 == 0:
            return candidat
    raise AssertionError


MOTS = [
    "boulangerie",
    "atelier",
    "maison",
    "comptoir",
    "fromagerie",
    "librairie",
    "garage",
    "studio",
    "cabinet",
    "jardin",
    "menuiserie",
    "épicerie",
    "conseil",
    "transport",
    "boutique",
    "imprimerie",
    "pâtisserie",
    "caves",
    "domaine",
]
LIEUX = [
    "breton",
    "causses",
    "alpin",
    "atlantique",
    "provence",
    "occitan",
    "normand",
    "lorrain",
    "ardennais",
    "basque",
]


# --- seeders -------------------------------------------------------------------------------


@seeder("utilisateurs", 20_000)
def utilisateurs(ctx, n):
    from croissance.comptes.models import User

    mot_de_passe = make_password(MOT_DE_PASSE, salt="benchmark")
    debut = prochain_id(User)
    ids = range(debut, debut + n)

    def lignes():
        for pk in ids:
            yield User(
                pk=pk,
                email=f"pme{pk}@bench.example",
                prenom="Pme",
                nom=f"N{pk}",
                role="pme",
                password=mot_de_passe,
                date_joined=ctx.instant(700),
            )

    total = inserer(User, ctx.suivre("utilisateurs", lignes(), n))
    remettre_sequences([User])
    ctx.ids["utilisateurs"] = list(ids)
    return total


@seeder("entreprises", 200_000)
def entreprises(ctx, n):
    from croissance.entreprises.models import Entreprise, Gestionnaire

    ref = _referentiels(ctx)
    rng = ctx.rng
    debut = prochain_id(Entreprise)
    ids = range(debut, debut + n)
    activites = ["commerce", "artisanat", "industrie", "services", "agriculture", "autre"]

    def lignes():
        for pk in ids:
            dep, region = rng.choice(ref["departements"])
            effectif = rng.choice([0, 1, 2, 3, 5, 8, 12, 25, 40, 80, 150])
            yield Entreprise(
                pk=pk,
                siret=_siret(_siren(pk), 1),
                siren=_siren(pk),
                nom=f"{rng.choice(MOTS).capitalize()} {rng.choice(LIEUX)} {pk}",
                naf_id=rng.choice(ref["naf"]),
                activite=rng.choice(activites),
                tranche_effectifs_id=rng.choice(ref["tranches"]),
                effectif=effectif,
                chiffre_affaires=Decimal(rng.randrange(30_000, 5_000_000)),
                code_postal=f"{dep[:2]}000" if dep[:2].isdigit() else "20000",
                departement_id=dep,
                region_id=region,
                pure_player=rng.random() < 0.03,
                surface_vente_m2=rng.choice([None, 80, 250, 900]),
                date_creation=ctx.jour - timedelta(days=rng.randrange(15_000)),
                categorie="micro" if effectif < 10 else "pme",
            )

    total = inserer(Entreprise, ctx.suivre("entreprises", lignes(), n))
    users = ctx.ids.get("utilisateurs") or []
    if users:
        inserer(
            Gestionnaire,
            (
                Gestionnaire(entreprise_id=pk, user_id=users[i % len(users)])
                for i, pk in enumerate(ids)
            ),
        )
    remettre_sequences([Entreprise, Gestionnaire])
    ctx.ids["entreprises"] = list(ids)
    return total


@seeder("diagnostics", 300_000)
def diagnostics(ctx, n):
    from diagnostic.enums import NiveauDII, StatutResultat
    from diagnostic.models import Axe, Niveau, Resultat, ScoreAxe, Version
    from diagnostic.questionnaires import charger_questionnaires

    charger_questionnaires()
    version = (
        Version.objects.filter(questionnaire__slug="maturite-numerique", statut="publiee")
        .order_by("-numero")
        .first()
    )
    axes = list(Axe.objects.filter(version=version).order_by("ordre").values_list("pk", flat=True))
    niveaux = list(Niveau.objects.filter(version=version).order_by("score_min"))
    ref = _referentiels(ctx)
    rng = ctx.rng
    entreprises_ids = ctx.ids.get("entreprises") or [None]
    users = ctx.ids.get("utilisateurs") or [None]
    debut = prochain_id(Resultat)
    ids = range(debut, debut + n)
    scores = {}

    def lignes():
        for pk in ids:
            termine = rng.random() < 0.85
            valeurs = [rng.randrange(0, 101) for _ in axes]
            score = round(sum(valeurs) / len(valeurs)) if valeurs else 0
            niveau = [nv for nv in niveaux if nv.score_min <= score][-1] if niveaux else None
            debut_le = ctx.instant(900)
            entreprise = rng.choice(entreprises_ids)
            if termine:
                scores[pk] = valeurs
            yield Resultat(
                pk=pk,
                version=version,
                jeton=f"bench{ctx.graine}-{pk:09d}",
                user_id=rng.choice(users) if entreprise else None,
                entreprise_id=entreprise,
                statut=StatutResultat.TERMINE if termine else StatutResultat.EN_COURS,
                etape=len(axes) if termine else rng.randrange(1, max(2, len(axes))),
                secteur=rng.choice(ref["naf"])[:2],
                tranche_effectifs=rng.choice(ref["tranches"]),
                region_id=rng.choice(ref["departements"])[1],
                score_global=score if termine else None,
                niveau=niveau if termine else None,
                dii=rng.randrange(0, 13) if termine else None,
                niveau_dii=rng.choice(NiveauDII.values) if termine else "",
                commence_le=debut_le,
                termine_le=debut_le + timedelta(minutes=12) if termine else None,
            )

    total = inserer(Resultat, ctx.suivre("diagnostics", lignes(), n))
    inserer(
        ScoreAxe,
        (
            ScoreAxe(resultat_id=pk, axe_id=axe, score=valeur)
            for pk, valeurs in scores.items()
            for axe, valeur in zip(axes, valeurs, strict=True)
        ),
    )
    remettre_sequences([Resultat, ScoreAxe])
    return total


@seeder("aides", 5_000)
def aides(ctx, n):
    from aides.enums import TypeDepense, TypeFinanceur
    from aides.models import Aide

    ref = _referentiels(ctx)
    rng = ctx.rng
    regions = sorted({r for _, r in ref["departements"]})
    debut = prochain_id(Aide)
    ids = range(debut, debut + n)
    liens = []

    def lignes():
        for pk in ids:
            nationale = rng.random() < 0.1
            region = None if nationale else rng.choice(regions)
            if region:
                liens.append((pk, region))
            titre = f"Chèque {rng.choice(['numérique', 'export', 'cybersécurité'])} {pk}"
            financeur_type = TypeFinanceur(rng.choice(TypeFinanceur.values))
            yield Aide(
                pk=pk,
                titre=titre,
                financeur_type=financeur_type,
                # one funder per kind and region, as a regional catalogue has (a few dozen)
                financeur=f"{financeur_type.label} ({region or 'national'})",
                description="Aide au financement de projets numériques des TPE et PME.",
                publiee=rng.random() < 0.9,
                nationale=nationale,
                date_ouverture=ctx.jour - timedelta(days=rng.randrange(400)),
                date_cloture=ctx.jour + timedelta(days=rng.randrange(-60, 400)),
                taux=Decimal(rng.choice([30, 50, 70])),
                effectif_max=rng.choice([None, 10, 50, 250]),
                # An aid with no eligible expense type is never eligible: the simulator keeps
                # only the expenses it funds.
                types_depense=sorted(rng.sample(TypeDepense.values, rng.randint(1, 4))),
            )

    total = inserer(Aide, ctx.suivre("aides", lignes(), n))
    Regions = Aide.regions.through
    inserer(Regions, (Regions(aide_id=a, region_id=r) for a, r in liens))
    remettre_sequences([Aide, Regions])
    ctx.ids["aides"] = list(ids)
    return total


@seeder("dossiers", 50_000)
def dossiers(ctx, n):
    from aides.enums import EtatDossier
    from aides.models import Dossier

    ref = _referentiels(ctx)
    rng = ctx.rng
    etats = EtatDossier.values
    aides_ids = ctx.ids.get("aides") or []
    entreprises_ids = ctx.ids.get("entreprises") or []
    users = ctx.ids.get("utilisateurs") or []
    if not (aides_ids and entreprises_ids and users):
        return 0
    debut = prochain_id(Dossier)

    def lignes():
        for i, pk in enumerate(range(debut, debut + n)):
            etat = etats[i % len(etats)]  # every state, evenly
            cree = ctx.instant(500)
            depose = None if etat == EtatDossier.BROUILLON else cree + timedelta(days=3)
            yield Dossier(
                pk=pk,
                aide_id=rng.choice(aides_ids),
                entreprise_id=rng.choice(entreprises_ids),
                demandeur_id=rng.choice(users),
                region_id=rng.choice(ref["departements"])[1],
                etat=etat,
                titre=f"Projet numérique {pk}",
                montant_sollicite=Decimal(rng.randrange(1_000, 20_000)),
                cree_le=cree,
                depose_le=depose,
            )

    total = inserer(Dossier, ctx.suivre("dossiers", lignes(), n))
    remettre_sequences([Dossier])
    return total


PRODUITS = [
    "huile d'olive",
    "olive oil",
    "vins de Bourgogne",
    "cosmetics",
    "fromages affinés",
    "organic cheese",
    "textile technique",
    "machine parts",
    "logiciel de gestion",
    "furniture",
    "chocolat",
    "packaging",
    "pièces automobiles",
    "medical devices",
    "jouets en bois",
    "solar panels",
]


@seeder("leads", 1_000_000)
def leads(ctx, n):
    from einter.models import Lead, Secteur
    from einter.pays import PAYS_CHOICES

    rng = ctx.rng
    pays = [code for code, _ in PAYS_CHOICES]
    secteurs = list(Secteur.objects.order_by("pk").values_list("pk", flat=True)) or [None]
    debut = prochain_id(Lead)

    def lignes():
        for pk in range(debut, debut + n):
            produit = rng.choice(PRODUITS)
            publie = ctx.jour - timedelta(days=rng.randrange(730))
            yield Lead(
                pk=pk,
                reference=f"BENCH-{ctx.graine}-{pk}",
                titre=f"Recherche {produit}",
                description=f"Importateur recherche fournisseur de {produit}, lot {pk % 97}.",
                pays=rng.choice(pays),
                secteur_id=rng.choice(secteurs),
                categorie_produit=produit,
                quantite=f"{rng.randrange(1, 500)} unités",
                date_limite=publie + timedelta(days=rng.randrange(20, 120)),
                source="Réseau export",
                publie_le=publie,
                statut="ouvert" if rng.random() < 0.6 else "clos",
            )

    total = inserer(Lead, ctx.suivre("leads", lignes(), n))
    remettre_sequences([Lead])
    return total


@seeder("ressources", 20_000)
def ressources(ctx, n):
    from croissance.referentiels.models import Theme
    from croissance.ressources.enums import TypeRessource
    from croissance.ressources.models import Ressource

    rng = ctx.rng
    themes = list(Theme.objects.order_by("slug").values_list("slug", flat=True))
    debut = prochain_id(Ressource)
    liens = []

    def lignes():
        for pk in range(debut, debut + n):
            liens.append((pk, rng.choice(themes)))
            niveau = rng.randrange(1, 4)
            yield Ressource(
                pk=pk,
                type=rng.choice(TypeRessource.values),
                titre=f"Guide pratique {pk}",
                resume="Les étapes clés, les coûts et les pièges à éviter.",
                contenu="<p>Contenu de la ressource.</p>",
                niveau_min=niveau,
                niveau_max=rng.randrange(niveau, 5),
                publie=rng.random() < 0.95,
            )

    total = inserer(Ressource, ctx.suivre("ressources", lignes(), n))
    Themes = Ressource.themes.through
    inserer(Themes, (Themes(ressource_id=r, theme_id=t) for r, t in liens))
    masques.recalculer(Ressource)  # the link rows were copied without signals
    remettre_sequences([Ressource, Themes])
    return total


def _utilisateurs_supplementaires(ctx, n, role, prefixe):
    """Accounts for the members of the connecteurs structures (one per structure)."""
    from croissance.comptes.models import User

    mot_de_passe = make_password(MOT_DE_PASSE, salt="benchmark")
    debut = prochain_id(User)
    ids = range(debut, debut + n)
    inserer(
        User,
        (
            User(
                pk=pk,
                email=f"{prefixe}{pk}@bench.example",
                prenom=prefixe.capitalize(),
                nom=f"N{pk}",
                role=role,
                password=mot_de_passe,
                date_joined=ctx.instant(700),
            )
            for pk in ids
        ),
    )
    remettre_sequences([User])
    return list(ids)


def _gestionnaire(ctx, entreprise_index):
    """The manager account the `entreprises` seeder gave to the firm at this index."""
    users = ctx.ids.get("utilisateurs") or []
    return users[entreprise_index % len(users)] if users else None


def _dans_trois_ans(jour: date) -> date:
    # A label lasts CONNECTEURS_LABEL_DUREE_ANNEES (3) years; 29 February falls back to the 28th.
    return jour.replace(
        year=jour.year + 3, day=28 if (jour.month, jour.day) == (2, 29) else jour.day
    )


def _moyenne(notes) -> Decimal:
    # Same rounding as the numeric(3, 2) column filled by `_recalculer_note` (half up).
    return (Decimal(sum(notes)) / len(notes)).quantize(Decimal("0.01"))


PRESTATIONS = [
    "Audit de présence en ligne",
    "Mise en place d'un site marchand",
    "Sécurisation du poste de travail",
    "Accompagnement à la facturation électronique",
    "Atelier réseaux sociaux",
    "Choix d'un logiciel de gestion",
]


@seeder("connecteurs", 20_000)
def connecteurs(ctx, n):
    """Charter signatories (about 90 %, the rest not yet in the directory), a third labelled
    with a label in force, their services, a member account each, and published ratings of
    closed requests whose average is denormalised on the structure as moderation does."""
    from connecteurs.enums import (
        EtatLabel,
        EtatReponse,
        FormatPrestation,
        Niveau,
        OrigineDemande,
        StatutAvis,
        StatutDemande,
        TypeActeur,
    )
    from connecteurs.models import (
        Avis,
        CharteVersion,
        Connecteur,
        Demande,
        HistoriqueLabel,
        Membre,
        Prestation,
        Reponse,
        Signature,
    )
    from croissance.comptes.enums import Role
    from croissance.referentiels.models import Naf, Theme

    ref = _referentiels(ctx)
    rng = ctx.rng
    themes = list(Theme.objects.order_by("slug").values_list("slug", flat=True))
    sections = list(
        Naf.objects.filter(niveau="section").order_by("code").values_list("code", flat=True)
    )
    regions = sorted({r for _, r in ref["departements"]})
    charte = CharteVersion.objects.order_by("-numero").first() or CharteVersion.objects.create(
        numero=1, texte="Charte des connecteurs du numérique."
    )
    membres = _utilisateurs_supplementaires(ctx, n, Role.CONNECTEUR, "connecteur")
    entreprises_ids = ctx.ids.get("entreprises") or []
    types = [t for t in TypeActeur.values if t != TypeActeur.ORGANISME_FORMATION]
    debut = prochain_id(Connecteur)
    ids = range(debut, debut + n)
    liens = {"regions": [], "themes": [], "secteurs": []}
    signes, labellises, prestations, notes = [], [], [], {}

    def lignes():
        for i, pk in enumerate(ids):
            # Every tenth structure is a training provider: the formations seeder needs them.
            type_acteur = TypeActeur.ORGANISME_FORMATION if i % 10 == 0 else rng.choice(types)
            labellise = i % 3 == 1  # a label is only open to charter signatories
            signe = labellise or rng.random() < 0.85
            national = rng.random() < 0.05
            if not national:
                for region in rng.sample(regions, rng.randint(1, 2)):
                    liens["regions"].append((pk, region))
            mes_themes = rng.sample(themes, rng.randint(1, 3))
            liens["themes"].extend((pk, t) for t in mes_themes)
            liens["secteurs"].extend((pk, s) for s in rng.sample(sections, rng.randint(0, 2)))
            signe_le = ctx.instant(600) if signe else None
            if signe:
                signes.append((pk, membres[i]))
            obtenu = None
            if labellise:
                obtenu = signe_le.date() + timedelta(days=rng.randrange(30, 300))
                obtenu = min(obtenu, ctx.jour)
                labellises.append((pk, membres[i]))
                for theme in mes_themes:
                    prestations.append((pk, theme))
                if entreprises_ids and rng.random() < 0.6:
                    notes[pk] = [rng.choice([2, 3, 4, 4, 5, 5]) for _ in range(rng.randint(1, 4))]
            yield Connecteur(
                pk=pk,
                nom=f"{rng.choice(['Conseil', 'Atelier', 'Agence', 'Réseau'])} numérique "
                f"{rng.choice(LIEUX)} {pk}",
                type_acteur=type_acteur,
                siret=_siret(_siren(1_000_000 + pk), 1),
                presentation="Nous accompagnons les TPE et PME dans leurs projets numériques.",
                email_contact=f"contact{pk}@bench.example",
                national=national,
                niveau=Niveau.LABELLISE if labellise else Niveau.SIGNATAIRE,
                langues=["fr", "en"] if rng.random() < 0.2 else ["fr"],
                contact_nom=f"Contact {pk}",
                charte_signee_le=signe_le,
                etat_label=EtatLabel.ACTIF if labellise else EtatLabel.AUCUN,
                label_obtenu_le=obtenu,
                label_expire_le=_dans_trois_ans(obtenu) if obtenu else None,
                note_moyenne=_moyenne(notes[pk]) if pk in notes else None,
                nombre_avis=len(notes.get(pk, ())),
            )

    total = inserer(Connecteur, ctx.suivre("connecteurs", lignes(), n))
    inserer(
        Membre,
        (Membre(connecteur_id=pk, user_id=membres[i], referent=True) for i, pk in enumerate(ids)),
    )
    for champ, couples in liens.items():
        through = getattr(Connecteur, champ).through
        colonne = "naf_id" if champ == "secteurs" else f"{champ[:-1]}_id"
        inserer(through, (through(connecteur_id=c, **{colonne: v}) for c, v in couples))
    inserer(
        Signature,
        (Signature(connecteur_id=c, version=charte, signataire_id=u) for c, u in signes),
    )
    inserer(
        HistoriqueLabel,
        (
            HistoriqueLabel(
                connecteur_id=c,
                auteur_id=None,
                etat_avant=EtatLabel.AUCUN,
                etat_apres=EtatLabel.ACTIF,
                motif="Candidature retenue.",
            )
            for c, _ in labellises
        ),
    )
    inserer(
        Prestation,
        (
            Prestation(
                connecteur_id=c,
                titre=rng.choice(PRESTATIONS),
                theme_id=theme,
                format=rng.choice(FormatPrestation.values),
                duree="3 demi-journées",
                prix_ht=Decimal(rng.randrange(400, 6_000)),
                description="Diagnostic, plan d'action et accompagnement à la mise en œuvre.",
            )
            for c, theme in prestations
        ),
    )
    # Ratings: one closed request per review, as only a closed request gives the right to rate.
    demande_id, reponse_id = prochain_id(Demande), prochain_id(Reponse)
    demandes, reponses, avis = [], [], []
    for connecteur, valeurs in notes.items():
        for note in valeurs:
            index = rng.randrange(len(entreprises_ids))
            cree = ctx.instant(300)
            demandes.append(
                Demande(
                    pk=demande_id,
                    entreprise_id=entreprises_ids[index],
                    auteur_id=_gestionnaire(ctx, index),
                    theme_id=rng.choice(themes),
                    message="Nous souhaitons être accompagnés sur ce besoin.",
                    origine=rng.choice(OrigineDemande.values),
                    statut=StatutDemande.TERMINEE,
                    cree_le=cree,
                )
            )
            reponses.append(
                Reponse(
                    pk=reponse_id,
                    demande_id=demande_id,
                    connecteur_id=connecteur,
                    etat=EtatReponse.TERMINEE_AIDEE,
                )
            )
            avis.append(
                Avis(
                    reponse_id=reponse_id,
                    contacte=True,
                    utile=note >= 3,
                    note=note,
                    commentaire="Échange utile et concret.",
                    statut=StatutAvis.PUBLIE,
                    modere_le=cree + timedelta(days=20),
                )
            )
            demande_id += 1
            reponse_id += 1
    inserer(Demande, demandes)
    inserer(Reponse, reponses)
    inserer(Avis, avis)
    masques.recalculer(Connecteur)  # themes and services were copied without signals
    remettre_sequences(
        [
            Connecteur,
            Membre,
            Signature,
            HistoriqueLabel,
            Prestation,
            Demande,
            Reponse,
            Avis,
            *(getattr(Connecteur, champ).through for champ in liens),
        ]
    )
    ctx.ids["organismes"] = [pk for i, pk in enumerate(ids) if i % 10 == 0]
    return total


@seeder("formations", 10_000)
def formations(ctx, n):
    """Published trainings of the providers above, 1 to 3 sessions each (upcoming ones with
    seats, past ones some of whose confirmed participants left a rating)."""
    from croissance.referentiels.models import Theme
    from formations import sessions as dates_de_sessions
    from formations.enums import (
        EtatInscription,
        Modalite,
        NiveauFormation,
        Public,
        TypeEtablissement,
        TypeFormation,
    )
    from formations.models import Avis, Formation, Inscription, SessionFormation

    organismes = ctx.ids.get("organismes")
    if not organismes:
        return 0
    ref = _referentiels(ctx)
    rng = ctx.rng
    themes = list(Theme.objects.order_by("slug").values_list("slug", flat=True))
    regions = sorted({r for _, r in ref["departements"]})
    entreprises_ids = ctx.ids.get("entreprises") or []
    debut = prochain_id(Formation)
    ids = range(debut, debut + n)
    liens, sessions = [], []
    session_id = prochain_id(SessionFormation)

    def lignes():
        nonlocal session_id
        for pk in ids:
            modalite = rng.choice(Modalite.values)
            distance = modalite == Modalite.DISTANCE
            liens.extend((pk, t) for t in rng.sample(themes, rng.randint(1, 3)))
            for rang in range(rng.randint(1, 3)):
                # The first session is upcoming for most trainings, the others anywhere.
                a_venir = rng.random() < (0.8 if rang == 0 else 0.5)
                ecart = rng.randrange(5, 200)
                date_debut = ctx.jour + timedelta(days=ecart if a_venir else -ecart - 10)
                sessions.append(
                    SessionFormation(
                        pk=session_id,
                        formation_id=pk,
                        date_debut=date_debut,
                        date_fin=date_debut + timedelta(days=rng.randrange(0, 5)),
                        lieu="" if distance else f"Salle {rng.choice(LIEUX)}",
                        lien="https://visio.bench.example/session" if distance else "",
                        places=rng.choice([8, 12, 15, 20]),
                    )
                )
                session_id += 1
            yield Formation(
                pk=pk,
                organisme_id=rng.choice(organismes),
                type_etablissement=rng.choice(TypeEtablissement.values),
                titre=f"{rng.choice(PRESTATIONS)} – parcours {pk}",
                type_formation=rng.choice(TypeFormation.values),
                public=rng.choice(Public.values),
                modalite=modalite,
                region_id=None if distance else rng.choice(regions),
                niveau=rng.choice(NiveauFormation.values),
                duree_heures=rng.choice([3, 7, 14, 21, 35]),
                prix=Decimal(rng.randrange(0, 2_500)),
                finance_opco=rng.random() < 0.5,
                eligible_cpf=rng.random() < 0.3,
                description="Une formation pratique pour avancer sur un projet numérique.",
                programme="Matin : les notions clés. Après-midi : mise en pratique.",
                publiee=rng.random() < 0.95,
            )

    total = inserer(Formation, ctx.suivre("formations", lignes(), n))
    Themes = Formation.themes.through
    inserer(Themes, (Themes(formation_id=f, theme_id=t) for f, t in liens))
    masques.recalculer(Formation)  # the link rows were copied without signals
    inserer(SessionFormation, sessions)
    dates_de_sessions.recalculer()
    # Ratings: a few confirmed participants of past sessions.
    inscriptions, avis = [], []
    inscription_id = prochain_id(Inscription)
    passees = [s for s in sessions if s.date_fin < ctx.jour]
    for session in passees if entreprises_ids and ctx.ids.get("utilisateurs") else ():
        if rng.random() >= 0.3:
            continue
        for _ in range(rng.randint(1, 3)):
            index = rng.randrange(len(entreprises_ids))
            demandeur = _gestionnaire(ctx, index)
            inscriptions.append(
                Inscription(
                    pk=inscription_id,
                    session_id=session.pk,
                    entreprise_id=entreprises_ids[index],
                    demandeur_id=demandeur,
                    participant_nom=f"Participant {inscription_id}",
                    participant_email=f"participant{inscription_id}@bench.example",
                    etat=EtatInscription.CONFIRMEE,
                )
            )
            avis.append(
                Avis(
                    inscription_id=inscription_id,
                    formation_id=session.formation_id,
                    note=rng.choice([2, 3, 4, 4, 5, 5]),
                    commentaire="Concret et directement applicable.",
                    auteur_id=demandeur,
                )
            )
            inscription_id += 1
    inserer(Inscription, inscriptions)
    inserer(Avis, avis)
    remettre_sequences([Formation, Themes, SessionFormation, Inscription, Avis])
    return total
