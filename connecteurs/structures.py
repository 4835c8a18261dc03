"""A structure's identity: its SIRET, checked and historised on every change, and no
duplicate structure (same SIRET, or same name in the same département)."""

from django.core.exceptions import ValidationError

from croissance.entreprises.selectors import etablissement_sirene, siren_dans_sirene
from croissance.entreprises.validators import normalize_number, validate_siret

from .models import Connecteur, HistoriqueSiret
from .selectors import structures_en_double

INCONNU_SIRENE = (
    "Ce SIRET n'existe pas dans le répertoire SIRENE : vérifiez le numéro de "
    "l'établissement (les 5 derniers chiffres)."
)


class StructureEnDouble(ValidationError):
    """The structure being created already exists: its people ask to join it instead."""

    def __init__(self, structures):
        super().__init__("Cette structure existe déjà : demandez à la rejoindre.")
        self.structures = structures


def siret_verifier(siret: str) -> str:
    """The SIRET without spaces, when its key is right and, when the SIRENE registry knows
    its firm (an import may cover only some regions), when the registry lists it too."""
    siret = normalize_number(siret or "")
    if not siret:
        return ""
    try:
        validate_siret(siret)
    except ValidationError as error:
        raise ValidationError({"siret": error.messages}) from error
    connu = siren_dans_sirene(siret[:9])
    if connu and etablissement_sirene(siret) is None:
        raise ValidationError({"siret": INCONNU_SIRENE})
    return siret


def siret_precedent(connecteur: Connecteur) -> str:
    """The SIRET saved in the database (the form has already changed the instance)."""
    if connecteur.pk is None:
        return ""
    return Connecteur.objects.filter(pk=connecteur.pk).values_list("siret", flat=True).get()


def siret_historiser(*, connecteur: Connecteur, ancien: str, auteur, motif: str = "") -> None:
    """Record who changed the SIRET, when, from what to what (nothing when unchanged)."""
    if (ancien or "") != (connecteur.siret or ""):
        HistoriqueSiret.objects.create(
            connecteur=connecteur,
            auteur=auteur,
            ancien=ancien or "",
            nouveau=connecteur.siret or "",
            motif=motif,
        )


def refuser_doublon(*, connecteur: Connecteur, departements) -> None:
    """Never create a structure that already exists."""
    doubles = structures_en_double(
        nom=connecteur.nom, siret=connecteur.siret, departements=departements
    )
    if doubles:
        raise StructureEnDouble(doubles)
