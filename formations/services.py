"""Writes on trainings, sessions, enrolments, ratings and the call for training offers.

One function per use case; each is atomic, records the workflow history and queues its
emails in the outbox (delivered once the transaction commits).
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from croissance.emails import send_templated_email
from croissance.workflow import transition

from .enums import (
    ETATS_OCCUPANT_UNE_PLACE,
    TRANSITIONS_INSCRIPTION,
    TRANSITIONS_PROPOSITION,
    EtatInscription,
    EtatProposition,
)
from .models import (
    Avis,
    Formation,
    HistoriqueInscription,
    HistoriqueProposition,
    Inscription,
    Proposition,
    SessionFormation,
)


def _emails_organisme(organisme) -> list[str]:
    adresses = [organisme.email_contact] if organisme.email_contact else []
    adresses += [membre.email for membre in organisme.membres.all()]
    return sorted(set(adresses))


# Catalogue ---------------------------------------------------------------------------------


@transaction.atomic
def formation_enregistrer(*, formation: Formation, themes, auteur) -> Formation:
    formation.full_clean()
    formation.save()
    formation.themes.set(themes)
    return formation


@transaction.atomic
def session_enregistrer(*, session: SessionFormation, auteur) -> SessionFormation:
    session.full_clean()
    if session.pk:
        occupees = session.inscriptions.filter(etat__in=ETATS_OCCUPANT_UNE_PLACE).count()
        if session.places < occupees:
            raise ValidationError(
                {"places": f"{occupees} places sont déjà demandées ou confirmées."}
            )
    session.save()
    return session


# Enrolments --------------------------------------------------------------------------------


def _notifier_inscription(inscription, template):
    context = {
        "inscription": inscription,
        "session": inscription.session,
        "formation": inscription.session.formation,
    }
    destinataires = sorted({inscription.participant_email, inscription.demandeur.email})
    send_templated_email(to=destinataires, template=template, context=context)


def inscription_demander(
    *,
    session: SessionFormation,
    entreprise,
    demandeur,
    participant_nom: str,
    participant_email: str,
) -> Inscription:
    """Request a seat. The session row is locked so that two requests never share the last
    seat (PostgreSQL); a full session takes no more requests."""
    with transaction.atomic():
        session = (
            SessionFormation.objects.select_for_update(of=("self",))
            .select_related("formation__organisme")
            .get(pk=session.pk)
        )
        if not entreprise.gestionnaires.filter(pk=demandeur.pk).exists():
            raise ValidationError({"entreprise": "Vous ne gérez pas cette entreprise."})
        if not session.formation.publiee:
            raise ValidationError("Cette formation n'est plus proposée au catalogue.")
        if session.date_debut <= timezone.localdate():
            raise ValidationError("Les inscriptions à cette session sont closes : elle a commencé.")
        actives = session.inscriptions.filter(etat__in=ETATS_OCCUPANT_UNE_PLACE)
        if actives.filter(participant_email__iexact=participant_email).exists():
            raise ValidationError(
                {"participant_email": f"{participant_nom} est déjà inscrit à cette session."}
            )
        if actives.count() >= session.places:
            raise ValidationError("Cette session est complète : choisissez une autre date.")
        inscription = Inscription.objects.create(
            session=session,
            entreprise=entreprise,
            demandeur=demandeur,
            participant_nom=participant_nom,
            participant_email=participant_email.lower(),
        )
        HistoriqueInscription.objects.create(
            inscription=inscription,
            auteur=demandeur,
            etat_avant="",
            etat_apres=EtatInscription.DEMANDEE,
        )
        _notifier_inscription(inscription, "formations/emails/inscription_demandee")
        organisme = session.formation.organisme
        if destinataires := _emails_organisme(organisme):
            send_templated_email(
                to=destinataires,
                template="formations/emails/inscription_a_traiter",
                context={"inscription": inscription, "session": session},
            )
    return inscription


def _changer_etat_inscription(*, inscription, to, auteur, motif, template, organisme=False):
    with transaction.atomic():
        inscription = (
            Inscription.objects.select_for_update(of=("self",))
            .select_related("session__formation", "demandeur")
            .get(pk=inscription.pk)
        )
        transition(
            inscription,
            to=to,
            table=TRANSITIONS_INSCRIPTION,
            auteur=auteur,
            history=HistoriqueInscription,
            history_fields={"inscription": inscription},
            motif=motif,
            labels=EtatInscription,
        )
        _notifier_inscription(inscription, template)
        if organisme and (
            destinataires := _emails_organisme(inscription.session.formation.organisme)
        ):
            send_templated_email(
                to=destinataires,
                template=template,
                context={
                    "inscription": inscription,
                    "session": inscription.session,
                    "formation": inscription.session.formation,
                },
            )
    return inscription


def inscription_confirmer(*, inscription: Inscription, auteur) -> Inscription:
    return _changer_etat_inscription(
        inscription=inscription,
        to=EtatInscription.CONFIRMEE,
        auteur=auteur,
        motif="",
        template="formations/emails/inscription_confirmee",
    )


def inscription_refuser(*, inscription: Inscription, auteur, motif: str) -> Inscription:
    if not motif.strip():
        raise ValidationError({"motif": "Expliquez au participant pourquoi vous refusez."})
    return _changer_etat_inscription(
        inscription=inscription,
        to=EtatInscription.REFUSEE,
        auteur=auteur,
        motif=motif,
        template="formations/emails/inscription_refusee",
    )


def inscription_annuler(*, inscription: Inscription, auteur, motif: str = "") -> Inscription:
    """Cancelling frees the seat for another request."""
    if inscription.session.date_debut <= timezone.localdate():
        raise ValidationError("La session a commencé : l'inscription ne peut plus être annulée.")
    return _changer_etat_inscription(
        inscription=inscription,
        to=EtatInscription.ANNULEE,
        auteur=auteur,
        motif=motif,
        template="formations/emails/inscription_annulee",
        organisme=True,
    )


# Ratings -----------------------------------------------------------------------------------


def raison_de_ne_pas_noter(inscription) -> str | None:
    """Why this enrolment cannot be rated now (None when it can)."""
    if inscription.etat != EtatInscription.CONFIRMEE:
        return "Seuls les participants dont l'inscription a été confirmée peuvent noter."
    if inscription.session.date_fin >= timezone.localdate():
        return "Vous pourrez noter cette formation une fois la session terminée."
    if Avis.objects.filter(inscription=inscription).exists():
        return "Vous avez déjà noté cette session."
    return None


@transaction.atomic
def avis_publier(*, inscription: Inscription, auteur, note: int, commentaire: str) -> Avis:
    inscription = Inscription.objects.select_for_update(of=("self",)).get(pk=inscription.pk)
    if raison := raison_de_ne_pas_noter(inscription):
        raise ValidationError(raison)
    if not 1 <= note <= 5:
        raise ValidationError({"note": "La note va de 1 à 5."})
    return Avis.objects.create(
        inscription=inscription,
        formation_id=inscription.session.formation_id,
        note=note,
        commentaire=commentaire.strip(),
        auteur=auteur,
    )


@transaction.atomic
def avis_repondre(*, avis: Avis, auteur, reponse: str) -> Avis:
    if not reponse.strip():
        raise ValidationError({"reponse": "Écrivez votre réponse."})
    avis.reponse = reponse.strip()
    avis.reponse_le = timezone.now()
    avis.save(update_fields=["reponse", "reponse_le"])
    return avis


def inviter_a_noter() -> int:
    """Invite each confirmed participant of an ended session to rate it, once."""
    envoyees = 0
    a_inviter = Inscription.objects.filter(
        etat=EtatInscription.CONFIRMEE,
        session__date_fin__lt=timezone.localdate(),
        invitation_avis_le__isnull=True,
        avis__isnull=True,
    ).values_list("pk", flat=True)
    for pk in a_inviter:
        with transaction.atomic():
            inscription = (
                Inscription.objects.select_for_update(of=("self",))
                .select_related("session__formation", "demandeur")
                .filter(pk=pk, invitation_avis_le__isnull=True)
                .first()
            )
            if inscription is None:
                continue
            _notifier_inscription(inscription, "formations/emails/invitation_avis")
            inscription.invitation_avis_le = timezone.now()
            inscription.save(update_fields=["invitation_avis_le"])
            envoyees += 1
    return envoyees


# Call for training offers (AMI) ------------------------------------------------------------


def _notifier_proposition(proposition):
    destinataires = _emails_organisme(proposition.organisme)
    if proposition.deposee_par:
        destinataires = sorted({*destinataires, proposition.deposee_par.email})
    if destinataires:
        send_templated_email(
            to=destinataires,
            template="formations/emails/proposition_etape",
            context={"proposition": proposition},
        )


@transaction.atomic
def appel_enregistrer(*, appel, auteur):
    appel.full_clean()
    appel.save()
    return appel


@transaction.atomic
def proposition_deposer(*, proposition: Proposition, regions, themes, auteur) -> Proposition:
    appel = proposition.appel
    if not appel.publie or appel.date_limite < timezone.now():
        raise ValidationError("Cet appel est clos : la date limite de réponse est passée.")
    proposition.deposee_par = auteur
    proposition.etat = EtatProposition.DEPOSEE
    proposition.save()
    proposition.regions.set(regions)
    proposition.themes.set(themes)
    HistoriqueProposition.objects.create(
        proposition=proposition, auteur=auteur, etat_avant="", etat_apres=EtatProposition.DEPOSEE
    )
    _notifier_proposition(proposition)
    return proposition


@transaction.atomic
def proposition_completer(*, proposition: Proposition, regions, themes, auteur) -> Proposition:
    """The provider sends back a proposition it was asked to complete."""
    proposition.save()
    proposition.regions.set(regions)
    proposition.themes.set(themes)
    _transition_proposition(proposition, EtatProposition.DEPOSEE, auteur, "Proposition complétée.")
    return proposition


def _transition_proposition(proposition, to, auteur, motif):
    proposition = Proposition.objects.select_for_update(of=("self",)).get(pk=proposition.pk)
    transition(
        proposition,
        to=to,
        table=TRANSITIONS_PROPOSITION,
        auteur=auteur,
        history=HistoriqueProposition,
        history_fields={"proposition": proposition},
        motif=motif,
        labels=EtatProposition,
    )
    _notifier_proposition(proposition)
    return proposition


@transaction.atomic
def proposition_evaluer(*, proposition: Proposition, decision: str, auteur, motif: str):
    """Mission staff accept (the training is published), refuse or ask to complete."""
    if decision not in (
        EtatProposition.ACCEPTEE,
        EtatProposition.REFUSEE,
        EtatProposition.A_COMPLETER,
    ):
        raise ValidationError({"decision": "Décision inconnue."})
    if decision != EtatProposition.ACCEPTEE and not motif.strip():
        raise ValidationError({"motif": "Indiquez le motif de votre décision."})
    proposition = _transition_proposition(proposition, decision, auteur, motif.strip())
    if decision == EtatProposition.ACCEPTEE:
        formation = Formation.objects.create(
            organisme=proposition.organisme,
            type_etablissement=proposition.type_etablissement,
            titre=proposition.titre,
            type_formation=proposition.type_formation,
            public=proposition.public,
            modalite=proposition.modalite,
            type_lieu=proposition.type_lieu,
            lieu_immersion=proposition.lieux_immersion,
            region=proposition.regions.order_by("nom").first(),
            niveau=proposition.niveau,
            duree_heures=proposition.duree_heures,
            prix=proposition.prix,
            finance_opco=proposition.finance_opco,
            eligible_cpf=proposition.eligible_cpf,
            description=proposition.description,
            programme=proposition.programme,
            publiee=True,
        )
        formation.themes.set(proposition.themes.all())
        proposition.formation = formation
        proposition.save(update_fields=["formation"])
    return proposition
