"""Who a request will reach, and why: what the manager reviews before sending it.

A request is sent in two steps. The first gives the need and the message; the second
(« Vérifier et envoyer ») lists the connecteurs it will reach, at most three, each with the
reasons it was chosen, and the manager may remove some. The ids shown travel with the form:
on sending, `retenus` compares them with the proposals computed again at that moment, so what
is sent is what was shown, or nothing (the page is shown again with the new list).
"""

from dataclasses import dataclass
from datetime import date

from django.core.exceptions import ValidationError
from django.db.models import prefetch_related_objects

from .models import Connecteur
from .selectors import connecteurs_correspondants

LISTE_CHANGEE = (
    "La liste des connecteurs a changé depuis que vous l'avez vérifiée. Relisez-la, puis "
    "envoyez votre demande : rien n'a été envoyé."
)
AUCUN_GARDE = "Gardez au moins un connecteur pour envoyer votre demande."


@dataclass(frozen=True)
class Proposition:
    connecteur: Connecteur
    raisons: tuple[str, ...]


def _nombre(valeur) -> str:
    return f"{valeur:.1f}".replace(".", ",")


def _zone(connecteur: Connecteur, entreprise) -> str | None:
    """Why the connecteur serves the firm's area (None when it does not)."""
    if connecteur.national:
        return "Intervient dans toute la France"
    if entreprise.region_id and any(r.pk == entreprise.region_id for r in connecteur.regions.all()):
        return f"Intervient dans votre région ({entreprise.region.nom})"
    if entreprise.departement_id and any(
        d.pk == entreprise.departement_id for d in connecteur.departements.all()
    ):
        return f"Intervient dans votre département ({entreprise.departement.nom})"
    return None


def _fourchette(bas, haut, unite: str) -> str:
    if bas is not None and haut is not None:
        return f"de {bas} à {haut} {unite}"
    if bas is not None:
        return f"d'au moins {bas} {unite}"
    return f"de {haut} {unite} au plus"


def _cibles(connecteur: Connecteur, entreprise) -> list[str]:
    """The targets the connecteur declared and the firm meets (the selector checked them)."""
    raisons = []
    bas, haut = connecteur.cible_effectif_min, connecteur.cible_effectif_max
    if entreprise.effectif is not None and (bas is not None or haut is not None):
        cible = _fourchette(bas, haut, "personnes")
        raisons.append(f"Accompagne les entreprises {cible}, comme la vôtre")
    section = entreprise.naf.section if entreprise.naf_id else None
    for naf in connecteur.cible_sections.all():
        if naf.section == section:
            raisons.append(f"Accompagne votre secteur : {naf.libelle}")
    bas, haut = connecteur.cible_age_min, connecteur.cible_age_max
    if entreprise.date_creation and (bas is not None or haut is not None):
        cible = _fourchette(bas, haut, "ans d'existence")
        raisons.append(f"Accompagne les entreprises {cible}, comme la vôtre")
    return raisons


def _raisons(connecteur: Connecteur, *, entreprise, theme) -> list[str]:
    raisons = [f"Accompagne sur votre besoin : {theme.nom}"]
    zone = _zone(connecteur, entreprise)
    if zone:
        raisons.append(zone)
    raisons += _cibles(connecteur, entreprise)
    if connecteur.est_labellise:
        raisons.append("Connecteur labellisé : accompagnement avec des prestations subventionnées")
    else:
        raisons.append("Signataire de la charte : sensibilisation gratuite")
    if connecteur.note_moyenne:
        raisons.append(
            f"Note {_nombre(connecteur.note_moyenne)}/5 ({connecteur.nombre_avis} avis publiés)"
        )
    return raisons


def propositions_correspondants(*, entreprise, theme, today: date) -> list[Proposition]:
    """The connecteurs that fit the request (the matching selector), with its reasons."""
    connecteurs = connecteurs_correspondants(entreprise=entreprise, theme=theme, today=today)
    prefetch_related_objects(connecteurs, "departements", "cible_sections")
    return [
        Proposition(c, tuple(_raisons(c, entreprise=entreprise, theme=theme))) for c in connecteurs
    ]


def proposition_choisie(connecteur: Connecteur, *, entreprise, theme) -> list[Proposition]:
    """The one connecteur the manager chose on its profile (it works on the need: the form
    only offers its themes)."""
    prefetch_related_objects([connecteur], "regions", "departements", "cible_sections")
    raisons = ["Vous l'avez choisi sur sa fiche de l'annuaire"]
    raisons += _raisons(connecteur, entreprise=entreprise, theme=theme)
    return [Proposition(connecteur, tuple(raisons))]


def retenus(
    propositions: list[Proposition], *, proposes: list[int], gardes: list[int]
) -> list[Connecteur]:
    """The connecteurs to send the request to: those the manager kept, when the proposals
    are still the ones shown (`proposes`). Raises a French ValidationError otherwise."""
    actuels = [p.connecteur.pk for p in propositions]
    if sorted(proposes) != sorted(actuels) or not set(gardes) <= set(actuels):
        raise ValidationError(LISTE_CHANGEE, code="liste_changee")
    if not gardes:
        raise ValidationError(AUCUN_GARDE, code="aucun")
    return [p.connecteur for p in propositions if p.connecteur.pk in gardes]
