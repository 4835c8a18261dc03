"""The members of a structure: joining it, removing a member, handing over the referent
role. Each change is recorded (who, when, why) and the person concerned gets an email."""

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from croissance.comptes.enums import Role
from croissance.emails import send_templated_email

from .enums import EtatAdhesion, TypeMouvement
from .models import Connecteur, DemandeAdhesion, Membre, MouvementMembre


def _envoyer(to, template: str, context: dict) -> None:
    if to:
        send_templated_email(
            to=to,
            template=f"connecteurs/emails/{template}",
            context={"site_url": settings.SITE_URL, **context},
        )


def _referent(connecteur: Connecteur) -> Membre | None:
    return connecteur.membre_set.select_related("user").filter(referent=True).first()


def _verifier_referent(connecteur: Connecteur, user) -> None:
    if not Membre.objects.filter(connecteur=connecteur, user=user, referent=True).exists():
        raise PermissionDenied("Seul le référent de la structure gère ses membres.")


def premier_membre(*, connecteur: Connecteur, user) -> Membre:
    """Who creates a structure is its first member and its referent."""
    membre = Membre.objects.create(connecteur=connecteur, user=user, referent=True)
    MouvementMembre.objects.create(
        connecteur=connecteur,
        membre=user,
        nature=TypeMouvement.ARRIVEE,
        auteur=user,
        motif="Création de la structure",
    )
    return membre


@transaction.atomic
def adhesion_demander(*, connecteur: Connecteur, demandeur, message: str = "") -> DemandeAdhesion:
    """A connecteur account without a structure asks to join this one."""
    if demandeur.role != Role.CONNECTEUR:
        raise PermissionDenied("Seul un compte connecteur peut rejoindre une structure.")
    if Membre.objects.filter(user=demandeur).exists():
        raise ValidationError("Votre compte représente déjà une structure.")
    if connecteur.demandes_adhesion.filter(
        demandeur=demandeur, etat=EtatAdhesion.EN_ATTENTE
    ).exists():
        raise ValidationError("Votre demande pour rejoindre cette structure est déjà en attente.")
    try:
        with transaction.atomic():
            demande = DemandeAdhesion.objects.create(
                connecteur=connecteur, demandeur=demandeur, message=message.strip()
            )
    except IntegrityError as error:  # the same request sent twice at once
        raise ValidationError("Votre demande est déjà en attente.") from error
    referent = _referent(connecteur)
    _envoyer(referent.user.email if referent else None, "adhesion_demandee", {"demande": demande})
    return demande


@transaction.atomic
def adhesion_decider(
    *, demande: DemandeAdhesion, auteur, accepter: bool, motif: str = "", now=None
) -> DemandeAdhesion:
    """The referent accepts (the requester becomes a member) or refuses (with a reason)."""
    demande = (
        DemandeAdhesion.objects.select_for_update(of=("self",))
        .select_related("connecteur", "demandeur")
        .get(pk=demande.pk)
    )
    _verifier_referent(demande.connecteur, auteur)
    if demande.etat != EtatAdhesion.EN_ATTENTE:
        raise ValidationError("Cette demande a déjà reçu une réponse.")
    motif = motif.strip()
    if not accepter and not motif:
        raise ValidationError({"motif": "Expliquez à la personne pourquoi vous refusez."})
    if accepter and Membre.objects.filter(user=demande.demandeur).exists():
        raise ValidationError("Cette personne a rejoint une autre structure entre-temps.")
    demande.etat = EtatAdhesion.ACCEPTEE if accepter else EtatAdhesion.REFUSEE
    demande.decidee_par = auteur
    demande.decidee_le = now or timezone.now()
    demande.motif = motif
    demande.save(update_fields=["etat", "decidee_par", "decidee_le", "motif"])
    if accepter:
        Membre.objects.create(connecteur=demande.connecteur, user=demande.demandeur)
        MouvementMembre.objects.create(
            connecteur=demande.connecteur,
            membre=demande.demandeur,
            nature=TypeMouvement.ARRIVEE,
            auteur=auteur,
            motif=motif or "Demande d'adhésion acceptée",
        )
    gabarit = "adhesion_acceptee" if accepter else "adhesion_refusee"
    _envoyer(demande.demandeur.email, gabarit, {"demande": demande})
    return demande


@transaction.atomic
def membre_retirer(*, membre: Membre, auteur, motif: str) -> MouvementMembre:
    """The referent removes a member, who loses access to the structure at once."""
    membre = Membre.objects.select_related("connecteur", "user").get(pk=membre.pk)
    _verifier_referent(membre.connecteur, auteur)
    if membre.user_id == auteur.pk:
        raise ValidationError(
            "Vous ne pouvez pas vous retirer vous-même : transmettez d'abord le rôle de référent."
        )
    if not motif.strip():
        raise ValidationError({"motif": "Indiquez pourquoi ce membre quitte la structure."})
    membre.delete()
    mouvement = MouvementMembre.objects.create(
        connecteur=membre.connecteur,
        membre=membre.user,
        nature=TypeMouvement.DEPART,
        auteur=auteur,
        motif=motif.strip(),
    )
    _envoyer(
        membre.user.email,
        "membre_retire",
        {"connecteur": membre.connecteur, "membre": membre.user, "motif": motif.strip()},
    )
    return mouvement


@transaction.atomic
def referent_transmettre(*, membre: Membre, auteur, motif: str = "") -> Membre:
    """The referent hands the role over to another member of the structure."""
    membre = Membre.objects.select_related("connecteur", "user").get(pk=membre.pk)
    connecteur = Connecteur.objects.select_for_update().get(pk=membre.connecteur_id)
    _verifier_referent(connecteur, auteur)
    if membre.user_id == auteur.pk:
        raise ValidationError("Vous êtes déjà le référent de la structure.")
    # one referent per structure (a constraint): the former one first
    Membre.objects.filter(connecteur=connecteur, referent=True).update(referent=False)
    Membre.objects.filter(pk=membre.pk).update(referent=True)
    MouvementMembre.objects.create(
        connecteur=connecteur,
        membre=membre.user,
        nature=TypeMouvement.PASSATION,
        auteur=auteur,
        motif=motif.strip(),
    )
    _envoyer(
        membre.user.email,
        "referent_transmis",
        {"connecteur": connecteur, "membre": membre.user, "auteur": auteur},
    )
    return membre
