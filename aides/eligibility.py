"""The simulator: for an entreprise and a project, does each aid apply, and for how much?

Pure functions over plain data (no database access), so the pages, the application form and
any other caller get the same answer, criterion by criterion, with the reason in French.

Amounts are Decimal; the grant is rounded to the cent, half-up.
"""

import functools
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from django.utils.formats import date_format

from croissance.entreprises.enums import Activite

from .enums import LIBELLES_COURTS, Cumul, NatureAide, TypeDepense

CENT = Decimal("0.01")


def euros(value: Decimal) -> str:
    """12 000 € / 1 234,50 € (same format as the `euros` template filter)."""
    amount = Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)
    whole, cents = f"{amount:,.2f}".split(".")
    whole = whole.replace(",", "\u202f")
    return f"{whole} €" if cents == "00" else f"{whole},{cents} €"


def _date(jour: date) -> str:
    """1er juin 2026."""
    texte = date_format(jour, "j F Y")
    return f"1er{texte[1:]}" if jour.day == 1 else texte


def pourcent(value: Decimal) -> str:
    text = f"{Decimal(value).normalize():f}".replace(".", ",")
    return f"{text} %"


def de_nature(nature: str) -> str:
    libelle = NatureAide(nature).label.lower()
    return f"d'{libelle}" if libelle[0] in "aeiouyéèê" else f"de {libelle}"


@dataclass(frozen=True)
class Regles:
    """An aid's rules, detached from the database."""

    pk: int
    titre: str
    taux: Decimal
    types_depense: frozenset[str]
    nationale: bool = True
    regions: frozenset[str] = frozenset()
    departements: frozenset[str] = frozenset()
    date_ouverture: date | None = None
    date_cloture: date | None = None
    investissement_min: Decimal | None = None
    investissement_max: Decimal | None = None
    plafond: Decimal | None = None
    effectif_max: int | None = None
    naf_eligibles: frozenset[str] = frozenset()
    naf_exclues: frozenset[str] = frozenset()
    exclut_pure_players: bool = False
    surface_vente_max: int | None = None
    activites: frozenset[str] = frozenset()
    connecteur_labellise_requis: bool = False
    enveloppe_epuisee: bool = False
    cumul: str = Cumul.TOUTES
    non_cumulable_avec: frozenset[int] = frozenset()
    nature: str = NatureAide.SUBVENTION
    intensite_max: Decimal | None = None


@dataclass(frozen=True)
class ProfilEntreprise:
    region: str | None = None
    departement: str | None = None
    naf: str = ""  # sub-class code such as "47.61Z"
    naf_section: str = ""
    effectif: int | None = None
    pure_player: bool = False
    surface_vente_m2: int | None = None
    activite: str = ""

    @property
    def naf_division(self) -> str:
        return self.naf[:2]


@dataclass(frozen=True)
class Projet:
    montant_ht: Decimal
    types_depense: frozenset[str]
    # When the project has expense lines, the amount per type: only eligible types count.
    montants_par_type: dict[str, Decimal] | None = None
    # None: not known yet (simulation); True/False: known (application file).
    accompagne_par_labellise: bool | None = None


@dataclass(frozen=True)
class Critere:
    libelle: str
    respecte: bool
    raison: str


@dataclass
class Resultat:
    aide: Regles
    criteres: list[Critere]
    montant: Decimal | None = None
    regle: str = ""
    incompatibles: list[int] = field(default_factory=list)
    seule: bool = False  # combinable with no other aid
    cloturee: bool = False  # its closing date has passed
    dans_meilleure_combinaison: bool = False

    @property
    def eligible(self) -> bool:
        return all(critere.respecte for critere in self.criteres)

    @property
    def raisons_refus(self) -> list[str]:
        return [critere.raison for critere in self.criteres if not critere.respecte]

    @property
    def nature(self) -> str:
        """ "Subvention", "Prêt"…"""
        return NatureAide(self.aide.nature).label

    @property
    def de_nature(self) -> str:
        """What follows the amount: "de subvention", "d'avance remboursable"."""
        return de_nature(self.aide.nature)

    @property
    def montant_et_nature(self) -> str:
        """ "6 000 € de subvention", "20 000 € de prêt"."""
        return f"{euros(self.montant)} {self.de_nature}"


@functools.lru_cache(maxsize=1024)
def _codes(text: str) -> frozenset[str]:
    return frozenset(
        part.strip().upper() for part in text.replace(";", ",").split(",") if part.strip()
    )


def _naf_matches(codes: frozenset[str], profil: ProfilEntreprise) -> str | None:
    for code in sorted(codes):
        if code == profil.naf_section.upper() or code == profil.naf_division:
            return code
    return None


def evaluer(regles: Regles, profil: ProfilEntreprise, projet: Projet, jour: date) -> Resultat:
    """Every criterion of one aid for this entreprise and project, then the exact grant."""
    criteres: list[Critere] = []

    def critere(libelle, respecte, si_oui, si_non):
        criteres.append(Critere(libelle, bool(respecte), si_oui if respecte else si_non))

    cloturee = regles.date_cloture is not None and regles.date_cloture < jour
    pas_encore = regles.date_ouverture is not None and jour < regles.date_ouverture
    if cloturee:
        fermee = (
            f"L'aide est clôturée depuis le {_date(regles.date_cloture)} : elle n'accepte plus "
            "de demande."
        )
    elif pas_encore:
        fermee = (
            f"L'aide n'est pas encore ouverte : dépôt à partir du {_date(regles.date_ouverture)}."
        )
    else:
        fermee = ""
    critere(
        "Période de dépôt", not (cloturee or pas_encore), "L'aide est ouverte aux demandes.", fermee
    )
    critere(
        "Enveloppe",
        not regles.enveloppe_epuisee,
        "L'enveloppe de l'aide n'est pas épuisée.",
        "L'enveloppe de l'aide est épuisée.",
    )

    if regles.nationale:
        critere("Territoire", True, "L'aide est ouverte dans toute la France.", "")
    elif regles.departements:
        critere(
            "Territoire",
            profil.departement in regles.departements,
            "Votre département est couvert par l'aide.",
            "Votre département n'est pas couvert par l'aide.",
        )
    else:
        critere(
            "Territoire",
            profil.region in regles.regions,
            "Votre région est couverte par l'aide.",
            "Votre région n'est pas couverte par l'aide.",
        )

    if regles.effectif_max is not None:
        if profil.effectif is None:
            critere("Effectif", False, "", "Indiquez l'effectif de l'entreprise.")
        else:
            critere(
                "Effectif",
                profil.effectif < regles.effectif_max,
                f"{profil.effectif} personnes : moins de {regles.effectif_max}.",
                f"L'aide est réservée aux entreprises de moins de {regles.effectif_max} "
                f"personnes (la vôtre en compte {profil.effectif}).",
            )

    if regles.naf_eligibles:
        found = _naf_matches(regles.naf_eligibles, profil)
        critere(
            "Secteur d'activité",
            found,
            f"Votre code NAF {profil.naf} relève du secteur éligible {found}.",
            f"Votre code NAF {profil.naf or 'non renseigné'} ne relève pas des secteurs "
            f"éligibles ({', '.join(sorted(regles.naf_eligibles))}).",
        )
    if regles.naf_exclues:
        found = _naf_matches(regles.naf_exclues, profil)
        critere(
            "Secteurs exclus",
            not found,
            "Votre secteur d'activité n'est pas exclu.",
            f"Votre code NAF {profil.naf} relève du secteur exclu {found}.",
        )

    if regles.exclut_pure_players:
        critere(
            "Pure player",
            not profil.pure_player,
            "Votre entreprise n'est pas un pure player du numérique.",
            "Les pure players du numérique sont exclus de cette aide.",
        )

    if regles.surface_vente_max is not None:
        if profil.surface_vente_m2 is None:
            critere("Surface de vente", False, "", "Indiquez la surface de vente du magasin.")
        else:
            critere(
                "Surface de vente",
                profil.surface_vente_m2 < regles.surface_vente_max,
                f"{profil.surface_vente_m2} m² : moins de {regles.surface_vente_max} m².",
                f"L'aide est réservée aux surfaces de vente de moins de "
                f"{regles.surface_vente_max} m² (la vôtre : {profil.surface_vente_m2} m²).",
            )

    if regles.activites:
        labels = " ou ".join(Activite(a).label.lower() for a in sorted(regles.activites))
        critere(
            "Type d'activité",
            profil.activite in regles.activites,
            f"Votre activité ({Activite(profil.activite).label.lower()}) est éligible."
            if profil.activite in regles.activites
            else "",
            f"L'aide est réservée aux entreprises de {labels}.",
        )

    types_retenus = projet.types_depense & regles.types_depense
    critere(
        "Dépenses éligibles",
        types_retenus,
        _depenses_retenues(regles, projet, types_retenus),
        "Aucune des dépenses du projet n'est financée par cette aide (elle finance : "
        + ", ".join(TypeDepense(t).label.lower() for t in sorted(regles.types_depense))
        + ").",
    )

    if regles.connecteur_labellise_requis:
        if projet.accompagne_par_labellise is None:
            critere(
                "Accompagnement",
                True,
                "À condition d'être accompagné par un connecteur labellisé.",
                "",
            )
        else:
            critere(
                "Accompagnement",
                projet.accompagne_par_labellise,
                "Le projet est accompagné par un connecteur labellisé.",
                "Le projet doit être accompagné par un connecteur labellisé.",
            )

    base, libelle_base = base_eligible(regles, projet)
    if regles.investissement_min is not None:
        critere(
            "Montant minimal",
            base >= regles.investissement_min,
            f"L'investissement retenu ({euros(base)}) atteint le minimum de "
            f"{euros(regles.investissement_min)}.",
            f"L'investissement retenu ({euros(base)}) est inférieur au minimum de "
            f"{euros(regles.investissement_min)} HT.",
        )

    resultat = Resultat(aide=regles, criteres=criteres, cloturee=cloturee)
    if resultat.eligible:
        resultat.montant, resultat.regle = calculer_montant(regles, base, libelle_base)
    return resultat


def _montants_eligibles(regles: Regles, projet: Projet) -> dict[str, Decimal]:
    """The project's amount of each expense type this aid funds (when it has them)."""
    return {
        t: m
        for t, m in sorted(projet.montants_par_type.items())
        if t in regles.types_depense and m > 0
    }


def base_eligible(regles: Regles, projet: Projet) -> tuple[Decimal, str]:
    """The part of the project the aid's rate applies to: the expenses of the types it funds,
    and how the reasoning names them ("de conseil éligible"). A project known by its total
    only (no amount per type) counts whole."""
    if projet.montants_par_type is None:
        return projet.montant_ht, ""
    montants = _montants_eligibles(regles, projet)
    base = sum(montants.values(), Decimal("0"))
    if len(montants) == 1:
        return base, f"de {LIBELLES_COURTS[next(iter(montants))]} éligible"
    return base, "de dépenses éligibles (" + _detail(montants) + ")"


def _detail(montants: dict[str, Decimal]) -> str:
    return ", ".join(f"{LIBELLES_COURTS[t]} {euros(m)}" for t, m in montants.items())


def _depenses_retenues(regles: Regles, projet: Projet, types_retenus) -> str:
    if projet.montants_par_type is None:
        return (
            "Dépenses retenues : "
            + ", ".join(TypeDepense(t).label.lower() for t in sorted(types_retenus))
            + "."
        )
    retenues = _montants_eligibles(regles, projet)
    autres = {
        t: m for t, m in sorted(projet.montants_par_type.items()) if t not in retenues and m > 0
    }
    texte = f"Dépenses retenues : {_detail(retenues)}."
    if autres:
        texte += f" Non financées par cette aide : {_detail(autres)}."
    return texte


def calculer_montant(
    regles: Regles, montant_ht: Decimal, libelle_base: str = ""
) -> tuple[Decimal, str]:
    """The amount for an eligible base, and the rule written out ("50 % de 12 000 € de
    conseil éligible = 6 000 €")."""
    base = Decimal(montant_ht)
    notes = []
    if regles.investissement_max is not None and base > regles.investissement_max:
        quoi = "dépense éligible" if libelle_base else "projet"
        notes.append(
            f"dépense retenue limitée au maximum de {euros(regles.investissement_max)} "
            f"({quoi} de {euros(base)})"
        )
        base = regles.investissement_max
    brut = (base * regles.taux / Decimal(100)).quantize(CENT, rounding=ROUND_HALF_UP)
    de = f"{euros(base)} {libelle_base}" if libelle_base else euros(base)
    regle = f"{pourcent(regles.taux)} de {de} = {euros(brut)}"
    montant = brut
    if regles.plafond is not None and brut > regles.plafond:
        montant = regles.plafond
        regle += f", plafonné à {euros(regles.plafond)}"
    if notes:
        regle += " (" + "; ".join(notes) + ")"
    return montant, regle
