"""Writes on requests to join an entreprise that already has managers (`Revendication`).

The managers answer first. Their silence past ENTREPRISES_REVENDICATION_DELAI_JOURS, or their
refusal when the claimant disputes it, sends the request to the mission, which decides with a
reason. Every move is a row of its history.
"""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from croissance.comptes.enums import Role
from croissance.emails import send_templated_email
from croissance.workflow import transition

from .enums import (
    REVENDICATION_OUVERTE,
    REVENDICATION_TRANSITIONS,
    EtatRevendication,
    OrigineGestionnaire,
)
from .models import Entreprise, HistoriqueRevendication, Revendication
from .services import gestionnaire_rattacher


def _changer(revendication: Revendication, *, to: str, auteur, motif: str = "") -> None:
    transition(
        revendication,
        to=to,
        table=REVENDICATION_TRANSITIONS,
        auteur=auteur,
        history=HistoriqueRevendication,
        history_fields={"revendication": revendication},
        motif=motif,
        labels=EtatRevendication,
    )


def _lock(revendication: Revendication) -> Revendication:
    return (
        Revendication.objects.select_for_update()
        .select_related("entreprise", "demandeur")
        .get(pk=revendication.pk)
    )


def _lien(nom: str, *args) -> str:
    return settings.SITE_URL + reverse(nom, args=args)


def _destinataires(entreprise: Entreprise) -> list[str]:
    return list(entreprise.gestionnaires.filter(is_active=True).values_list("email", flat=True))


@transaction.atomic
def revendication_deposer(
    *, entreprise: Entreprise, demandeur, message: str, justificatif=None
) -> Revendication:
    """Ask to manage an entreprise already registered by others; its managers are emailed."""
    if demandeur.role != Role.PME:
        raise ValidationError("Seul un compte d'entreprise peut demander à gérer une entreprise.")
    if entreprise.gestionnaires.filter(pk=demandeur.pk).exists():
        raise ValidationError("Vous gérez déjà cette entreprise.")
    ouvertes = REVENDICATION_OUVERTE + [EtatRevendication.REFUSEE]
    if entreprise.revendications.filter(demandeur=demandeur, etat__in=ouvertes).exists():
        raise ValidationError("Vous avez déjà une demande en cours pour cette entreprise.")
    revendication = Revendication.objects.create(
        entreprise=entreprise,
        demandeur=demandeur,
        message=message.strip(),
        justificatif=justificatif or "",
        reponse_avant=timezone.now()
        + timedelta(days=settings.ENTREPRISES_REVENDICATION_DELAI_JOURS),
    )
    HistoriqueRevendication.objects.create(
        revendication=revendication, auteur=demandeur, etat_apres=EtatRevendication.EN_ATTENTE
    )
    destinataires = _destinataires(entreprise)
    if not destinataires:  # nobody can answer: the mission decides at once
        _changer(
            revendication,
            to=EtatRevendication.MISSION,
            auteur=None,
            motif="L'entreprise n'a plus de gestionnaire actif.",
        )
    else:
        send_templated_email(
            to=destinataires,
            template="emails/revendication_recue",
            context={
                "revendication": revendication,
                "lien": _lien("entreprises:detail", entreprise.pk),
            },
        )
    return revendication


def _decision(revendication: Revendication) -> None:
    send_templated_email(
        to=revendication.demandeur.email,
        template="emails/revendication_decision",
        context={
            "revendication": revendication,
            "decision": revendication.historique.last(),
            "lien": _lien("entreprises:liste"),
        },
    )


@transaction.atomic
def revendication_repondre(
    *, revendication: Revendication, par, accepter: bool, motif: str = ""
) -> Revendication:
    """A manager of the entreprise accepts or refuses the request (a refusal says why)."""
    revendication = _lock(revendication)
    if not revendication.entreprise.gestionnaires.filter(pk=par.pk).exists():
        raise PermissionDenied("Seules les personnes qui gèrent l'entreprise répondent.")
    if revendication.etat != EtatRevendication.EN_ATTENTE:
        raise ValidationError("Cette demande n'attend plus votre réponse.")
    if not accepter and not motif.strip():
        raise ValidationError({"motif": "Indiquez le motif du refus : la personne le lira."})
    if accepter:
        gestionnaire_rattacher(
            entreprise=revendication.entreprise,
            user=revendication.demandeur,
            origine=OrigineGestionnaire.REVENDICATION,
            par=par,
        )
    to = EtatRevendication.ACCEPTEE if accepter else EtatRevendication.REFUSEE
    _changer(revendication, to=to, auteur=par, motif=motif.strip())
    _decision(revendication)
    return revendication


@transaction.atomic
def revendication_contester(*, revendication: Revendication, demandeur, motif: str):
    """The claimant disputes the managers' refusal: the mission will decide."""
    revendication = _lock(revendication)
    if revendication.demandeur_id != demandeur.pk:
        raise PermissionDenied("Seule la personne qui a fait la demande peut la contester.")
    if revendication.etat != EtatRevendication.REFUSEE:
        raise ValidationError("Seule une demande refusée par les gestionnaires se conteste.")
    if not motif.strip():
        raise ValidationError({"motif": "Expliquez pourquoi vous contestez ce refus."})
    _changer(revendication, to=EtatRevendication.MISSION, auteur=demandeur, motif=motif.strip())
    return revendication


@transaction.atomic
def revendication_decider(
    *, revendication: Revendication, par, accepter: bool, motif: str
) -> Revendication:
    """The mission decides a request sent to it, with a reason the claimant reads."""
    if par.role != Role.MISSION:
        raise PermissionDenied("Seule l'équipe de la mission décide de ces demandes.")
    revendication = _lock(revendication)
    if revendication.etat != EtatRevendication.MISSION:
        raise ValidationError("Cette demande n'attend pas de décision de la mission.")
    if not motif.strip():
        raise ValidationError({"motif": "Indiquez le motif de la décision."})
    if accepter:
        gestionnaire_rattacher(
            entreprise=revendication.entreprise,
            user=revendication.demandeur,
            origine=OrigineGestionnaire.MISSION,
            par=par,
        )
    to = EtatRevendication.ACCEPTEE if accepter else EtatRevendication.REJETEE
    _changer(revendication, to=to, auteur=par, motif=motif.strip())
    _decision(revendication)
    return revendication


def revendications_transmettre_en_retard() -> int:
    """Send to the mission the requests the managers left unanswered past the delay."""
    echues = Revendication.objects.filter(
        etat=EtatRevendication.EN_ATTENTE, reponse_avant__lte=timezone.now()
    )
    motif = (
        "Les gestionnaires n'ont pas répondu dans le délai de "
        f"{settings.ENTREPRISES_REVENDICATION_DELAI_JOURS} jours."
    )
    nombre = 0
    for pk in echues.values_list("pk", flat=True):
        with transaction.atomic():
            revendication = Revendication.objects.select_for_update().get(pk=pk)
            if revendication.etat == EtatRevendication.EN_ATTENTE:
                _changer(revendication, to=EtatRevendication.MISSION, auteur=None, motif=motif)
                nombre += 1
    return nombre
