"""Writes on entreprises: one function per use case."""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from croissance.comptes.enums import Role
from croissance.emails import send_templated_email
from croissance.referentiels.selectors import communes_du_code_postal
from croissance.workflow import transition

from .categorie import categorie_entreprise
from .enums import INVITATION_TRANSITIONS, EtatInvitation, OrigineGestionnaire
from .models import DepartGestionnaire, Entreprise, Gestionnaire, HistoriqueInvitation, Invitation


def _locate(entreprise: Entreprise, code_commune: str | None = None) -> None:
    """Set commune, département and région from the postal code (and SIRENE's commune)."""
    communes = communes_du_code_postal(entreprise.code_postal)
    if not communes:
        raise ValidationError({"code_postal": "Ce code postal est inconnu."})
    commune = next((c for c in communes if c.code == code_commune), communes[0])
    entreprise.commune = commune
    entreprise.departement = commune.departement
    entreprise.region_id = commune.departement.region_id


def _complete(entreprise: Entreprise, code_commune: str | None) -> None:
    entreprise.siren = entreprise.siret[:9]
    _locate(entreprise, code_commune)
    effectif = entreprise.effectif
    if effectif is None and entreprise.tranche_effectifs is not None:
        effectif = entreprise.tranche_effectifs.minimum
    entreprise.categorie = categorie_entreprise(
        effectif, entreprise.chiffre_affaires, entreprise.total_bilan
    )


@transaction.atomic
def entreprise_creer(
    *,
    user,
    entreprise: Entreprise,
    code_commune: str | None = None,
    origine: str = OrigineGestionnaire.CREATION,
):
    """Register an entreprise (built by the form, not saved yet) and make `user` its manager
    (the demo data says so: `origine`)."""
    _complete(entreprise, code_commune)
    entreprise.full_clean()
    entreprise.save()
    gestionnaire_rattacher(entreprise=entreprise, user=user, origine=origine, par=user)
    return entreprise


@transaction.atomic
def entreprise_modifier(*, entreprise: Entreprise) -> Entreprise:
    _complete(entreprise, entreprise.commune_id)
    entreprise.full_clean()
    entreprise.save()
    return entreprise


def gestionnaire_rattacher(*, entreprise: Entreprise, user, origine: str, par) -> Gestionnaire:
    """Make `user` a manager of `entreprise`, recording how (call it inside a transaction)."""
    if user.role != Role.PME:
        raise ValidationError("Seul un compte d'entreprise peut gérer une entreprise.")
    gestionnaire, _created = Gestionnaire.objects.get_or_create(
        entreprise=entreprise, user=user, defaults={"origine": origine, "ajoute_par": par}
    )
    return gestionnaire


def _lock(entreprise: Entreprise) -> Entreprise:
    """The entreprise's row, locked: two managers leaving at once cannot leave it with none."""
    return Entreprise.objects.select_for_update().get(pk=entreprise.pk)


def _depart(gestionnaire: Gestionnaire, *, par, motif: str) -> DepartGestionnaire:
    depart = DepartGestionnaire.objects.create(
        entreprise=gestionnaire.entreprise,
        user=gestionnaire.user,
        nom=f"{gestionnaire.user} ({gestionnaire.user.email})",
        origine=gestionnaire.origine,
        ajoute_le=gestionnaire.ajoute_le,
        ajoute_par=gestionnaire.ajoute_par,
        retire_par=par,
        motif=motif,
    )
    gestionnaire.delete()
    return depart


@transaction.atomic
def gestionnaire_retirer(*, entreprise: Entreprise, user, par, motif: str) -> DepartGestionnaire:
    """A manager removes a co-manager, whose access ends at once; they are told why."""
    if user.pk == par.pk:
        raise ValidationError(
            "Pour ne plus gérer l'entreprise, choisissez « Quitter l'entreprise »."
        )
    if not motif.strip():
        raise ValidationError({"motif": "Indiquez le motif du retrait : la personne le lira."})
    _lock(entreprise)
    if not Gestionnaire.objects.filter(entreprise=entreprise, user=par).exists():
        raise ValidationError("Vous ne gérez plus cette entreprise.")
    gestionnaire = Gestionnaire.objects.filter(entreprise=entreprise, user=user).first()
    if gestionnaire is None:
        raise ValidationError("Cette personne ne gère plus l'entreprise.")
    depart = _depart(gestionnaire, par=par, motif=motif.strip())
    send_templated_email(
        to=user.email,
        template="emails/gestionnaire_retire",
        context={"entreprise": entreprise, "par": par, "user": user, "motif": depart.motif},
    )
    return depart


@transaction.atomic
def gestionnaire_quitter(*, entreprise: Entreprise, user, motif: str = "") -> DepartGestionnaire:
    """A manager stops managing the entreprise, unless nobody else (active) would be left."""
    _lock(entreprise)
    gestionnaire = Gestionnaire.objects.filter(entreprise=entreprise, user=user).first()
    if gestionnaire is None:
        raise ValidationError("Vous ne gérez plus cette entreprise.")
    if not entreprise.gestionnaires.filter(is_active=True).exclude(pk=user.pk).exists():
        raise ValidationError(
            "Vous êtes la dernière personne à gérer cette entreprise : invitez d'abord une "
            "autre personne à la gérer ; une fois qu'elle a accepté, vous pourrez partir."
        )
    return _depart(gestionnaire, par=user, motif=motif.strip())


def empreinte(jeton: str) -> str:
    return hashlib.sha256(jeton.encode()).hexdigest()


@transaction.atomic
def invitation_envoyer(*, entreprise: Entreprise, par, email: str) -> Invitation:
    """Invite an email address to co-manage the entreprise. Whether an account uses that
    address changes nothing here: the same email leaves, the inviter learns nothing."""
    email = email.strip().lower()
    if entreprise.gestionnaires.filter(email__iexact=email).exists():
        raise ValidationError("Cette personne gère déjà l'entreprise.")
    if entreprise.invitations.filter(
        email=email, etat=EtatInvitation.ENVOYEE, expire_le__gt=timezone.now()
    ).exists():
        raise ValidationError(
            "Une invitation attend déjà la réponse de cette adresse : annulez-la pour en "
            "envoyer une nouvelle."
        )
    jeton = secrets.token_urlsafe(32)
    invitation = Invitation.objects.create(
        entreprise=entreprise,
        email=email,
        invite_par=par,
        empreinte_jeton=empreinte(jeton),
        expire_le=timezone.now() + timedelta(days=settings.ENTREPRISES_INVITATION_DUREE_JOURS),
    )
    HistoriqueInvitation.objects.create(
        invitation=invitation, auteur=par, etat_apres=EtatInvitation.ENVOYEE
    )
    lien = settings.SITE_URL + reverse("entreprises:invitation", args=[jeton])
    send_templated_email(
        to=email,
        template="emails/invitation_gestionnaire",
        context={"entreprise": entreprise, "par": par, "lien": lien, "invitation": invitation},
    )
    return invitation


def _changer(invitation: Invitation, *, to: str, auteur, motif: str = "") -> None:
    transition(
        invitation,
        to=to,
        table=INVITATION_TRANSITIONS,
        auteur=auteur,
        history=HistoriqueInvitation,
        history_fields={"invitation": invitation},
        motif=motif,
        labels=EtatInvitation,
    )


def _ouverte(invitation: Invitation, user) -> Invitation:
    """The invitation, locked, if `user` may still answer it."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.etat == EtatInvitation.ENVOYEE and invitation.expire_le <= timezone.now():
        _changer(invitation, to=EtatInvitation.EXPIREE, auteur=None, motif="Délai dépassé.")
    if invitation.etat != EtatInvitation.ENVOYEE:
        raise ValidationError(
            f"Cette invitation n'est plus valable ({invitation.get_etat_display().lower()}) : "
            "demandez une nouvelle invitation à une personne qui gère l'entreprise."
        )
    if user.email.lower() != invitation.email:
        raise ValidationError(
            "Cette invitation a été envoyée à une autre adresse électronique : connectez-vous "
            "avec le compte de cette adresse, ou créez-le."
        )
    return invitation


def invitation_accepter(*, invitation: Invitation, user) -> Gestionnaire:
    with transaction.atomic():
        invitation = _ouverte(invitation, user)
        gestionnaire = gestionnaire_rattacher(
            entreprise=invitation.entreprise,
            user=user,
            origine=OrigineGestionnaire.INVITATION,
            par=invitation.invite_par,
        )
        _changer(invitation, to=EtatInvitation.ACCEPTEE, auteur=user)
    return gestionnaire


@transaction.atomic
def invitation_refuser(*, invitation: Invitation, user) -> None:
    invitation = _ouverte(invitation, user)
    _changer(invitation, to=EtatInvitation.REFUSEE, auteur=user)


@transaction.atomic
def invitation_annuler(*, invitation: Invitation, par) -> None:
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.etat != EtatInvitation.ENVOYEE:
        raise ValidationError("Cette invitation n'est plus en attente.")
    _changer(invitation, to=EtatInvitation.ANNULEE, auteur=par)


def invitations_expirer() -> int:
    """Mark as expired the invitations left unanswered past their date (periodic task)."""
    echues = Invitation.objects.filter(etat=EtatInvitation.ENVOYEE, expire_le__lte=timezone.now())
    nombre = 0
    for pk in echues.values_list("pk", flat=True):
        with transaction.atomic():
            invitation = Invitation.objects.select_for_update().get(pk=pk)
            if invitation.etat == EtatInvitation.ENVOYEE:
                _changer(invitation, to=EtatInvitation.EXPIREE, auteur=None, motif="Délai dépassé.")
                nombre += 1
    return nombre
