"""Writes on connecteurs: one function per use case or transition, keyword-only, atomic."""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Avg, Count
from django.utils import timezone

from croissance.comptes.enums import Role
from croissance.emails import send_templated_email
from croissance.workflow import transition

from . import conf, membres, structures
from .enums import (
    CANDIDATURE_MODIFIABLE,
    TERMINEES,
    TRANSITIONS_CANDIDATURE,
    TRANSITIONS_LABEL,
    TRANSITIONS_REPONSE,
    EtatCandidature,
    EtatLabel,
    EtatReponse,
    Niveau,
    OrigineDemande,
    StatutAvis,
    StatutDemande,
)
from .models import (
    Avis,
    Candidature,
    Connecteur,
    Critere,
    Demande,
    Evaluation,
    HistoriqueCandidature,
    HistoriqueLabel,
    HistoriqueReponse,
    Membre,
    Note,
    Piece,
    RappelLabel,
    Reponse,
    Signature,
)
from .selectors import (
    candidature_en_cours,
    charte_en_vigueur,
    connecteurs_correspondants,
    evaluateurs_possibles,
    resultat_grille,
)


def _destinataires(connecteur: Connecteur) -> list[str]:
    emails = [m.email for m in connecteur.membres.filter(is_active=True)]
    if connecteur.email_contact and connecteur.email_contact not in emails:
        emails.append(connecteur.email_contact)
    return emails


def _mission_emails() -> list[str]:
    User = get_user_model()
    return list(
        User.objects.filter(role=Role.MISSION, is_active=True).values_list("email", flat=True)
    )


def _envoyer(to, template, context):
    if to:
        send_templated_email(
            to=to,
            template=f"connecteurs/emails/{template}",
            context={"site_url": settings.SITE_URL, **context},
        )


# --- Profile and charter --------------------------------------------------------------------


@transaction.atomic
def connecteur_enregistrer(*, connecteur: Connecteur, user, m2m: dict) -> Connecteur:
    """Create (the user becomes its first member) or update a structure's profile."""
    if user.role != Role.CONNECTEUR:
        raise PermissionDenied("Seul un compte connecteur peut présenter une structure.")
    creation = connecteur.pk is None
    if creation and Connecteur.objects.filter(membres=user).exists():
        raise ValidationError("Votre compte représente déjà une structure.")
    if not connecteur.national and not (m2m.get("regions") or m2m.get("departements")):
        raise ValidationError(
            {"regions": "Indiquez les régions ou départements où vous intervenez, ou « national »."}
        )
    ancien_siret = structures.siret_precedent(connecteur)
    if connecteur.siret != ancien_siret:
        connecteur.siret = structures.siret_verifier(connecteur.siret)
    if creation:
        structures.refuser_doublon(connecteur=connecteur, departements=m2m.get("departements"))
    connecteur.save()
    for name, values in m2m.items():
        getattr(connecteur, name).set(values)
    if creation:
        membres.premier_membre(connecteur=connecteur, user=user)
    else:
        structures.siret_historiser(connecteur=connecteur, ancien=ancien_siret, auteur=user)
    return connecteur


@transaction.atomic
def charte_signer(*, connecteur: Connecteur, user, now=None) -> Signature:
    """Sign the charter in force; the structure then appears in the directory."""
    now = now or timezone.now()
    version = charte_en_vigueur()
    if version is None:
        raise ValidationError("Aucune charte n'est publiée pour l'instant.")
    if not connecteur.membres.filter(pk=user.pk).exists():
        raise PermissionDenied
    if connecteur.signatures.filter(version=version).exists():
        raise ValidationError(f"Votre structure a déjà signé la version {version.numero}.")
    signature = Signature.objects.create(connecteur=connecteur, version=version, signataire=user)
    Connecteur.objects.filter(pk=connecteur.pk).update(charte_signee_le=now)
    connecteur.charte_signee_le = now
    _envoyer(
        _destinataires(connecteur),
        "charte_signee",
        {"connecteur": connecteur, "version": version, "signataire": user},
    )
    return signature


def charte_rappeler(*, connecteurs) -> int:
    """Ask the structures that have not signed the charter in force to sign it."""
    version = charte_en_vigueur()
    if version is None:
        return 0
    envoyes = 0
    for connecteur in connecteurs.exclude(signatures__version=version):
        _envoyer(
            _destinataires(connecteur),
            "charte_rappel",
            {"connecteur": connecteur, "version": version},
        )
        envoyes += 1
    return envoyes


# --- Label application ----------------------------------------------------------------------


@transaction.atomic
def candidature_creer(*, connecteur: Connecteur, auteur) -> Candidature:
    """A new label application; a renewal is pre-filled from the last one."""
    if not connecteur.charte_signee_le:
        raise ValidationError("Signez d'abord la charte pour demander le label.")
    if candidature_en_cours(connecteur):
        raise ValidationError("Une candidature est déjà en cours.")
    precedente = connecteur.candidatures.order_by("-cree_le").first()
    candidature = Candidature.objects.create(
        connecteur=connecteur,
        references=precedente.references if precedente else "",
        certifications=precedente.certifications if precedente else "",
        equipe=precedente.equipe if precedente else "",
        renouvellement_de=precedente,
    )
    if precedente:
        for piece in precedente.pieces.all():
            Piece.objects.create(
                candidature=candidature,
                type_piece=piece.type_piece,
                titre=piece.titre,
                fichier=piece.fichier.name,
            )
    HistoriqueCandidature.objects.create(
        candidature=candidature,
        auteur=auteur,
        etat_apres=EtatCandidature.BROUILLON,
        motif="Renouvellement du label" if precedente else "",
    )
    return candidature


def _modifiable(candidature):
    if candidature.etat not in CANDIDATURE_MODIFIABLE:
        raise ValidationError("Cette candidature n'est plus modifiable.")


@transaction.atomic
def candidature_modifier(*, candidature: Candidature) -> Candidature:
    _modifiable(candidature)
    candidature.save()
    return candidature


@transaction.atomic
def piece_ajouter(*, candidature: Candidature, piece: Piece) -> Piece:
    _modifiable(candidature)
    piece.candidature = candidature
    piece.save()
    return piece


@transaction.atomic
def piece_supprimer(*, piece: Piece) -> None:
    _modifiable(piece.candidature)
    piece.delete()


@transaction.atomic
def candidature_soumettre(*, candidature: Candidature, auteur, now=None) -> Candidature:
    candidature = Candidature.objects.select_for_update().get(pk=candidature.pk)
    erreurs = []
    if not candidature.references.strip():
        erreurs.append("Décrivez au moins une référence auprès d'une PME.")
    if not candidature.connecteur.prestations.exists():
        erreurs.append("Présentez au moins une prestation, avec son prix hors taxes.")
    if erreurs:
        raise ValidationError(erreurs)
    candidature.soumise_le = now or timezone.now()
    transition(
        candidature,
        to=EtatCandidature.SOUMISE,
        table=TRANSITIONS_CANDIDATURE,
        auteur=auteur,
        history=HistoriqueCandidature,
        history_fields={"candidature": candidature},
        labels=EtatCandidature,
    )
    evaluateurs = [e.evaluateur.email for e in candidature.evaluations.select_related("evaluateur")]
    if evaluateurs:
        # A completed file goes straight back to the evaluators already designated.
        transition(
            candidature,
            to=EtatCandidature.EN_EVALUATION,
            table=TRANSITIONS_CANDIDATURE,
            auteur=auteur,
            history=HistoriqueCandidature,
            history_fields={"candidature": candidature},
            motif="Dossier complété : reprise de l'évaluation",
            labels=EtatCandidature,
        )
        _envoyer(evaluateurs, "evaluateur_affecte", {"candidature": candidature})
    else:
        _envoyer(_mission_emails(), "candidature_soumise", {"candidature": candidature})
    _envoyer(
        _destinataires(candidature.connecteur),
        "candidature_etape",
        {"candidature": candidature, "motif": ""},
    )
    return candidature


@transaction.atomic
def evaluateur_affecter(*, candidature: Candidature, evaluateur, auteur) -> Evaluation:
    """Mission staff designate an evaluator; the first one starts the evaluation."""
    if auteur.role != Role.MISSION:
        raise PermissionDenied
    candidature = Candidature.objects.select_for_update().get(pk=candidature.pk)
    if candidature.etat not in (EtatCandidature.SOUMISE, EtatCandidature.EN_EVALUATION):
        raise ValidationError("On ne désigne des évaluateurs que pour une candidature soumise.")
    if Membre.objects.filter(connecteur=candidature.connecteur, user=evaluateur).exists():
        raise ValidationError("Un évaluateur n'évalue jamais sa propre structure.")
    if not evaluateurs_possibles(candidature).filter(pk=evaluateur.pk).exists():
        raise ValidationError(
            "L'évaluateur doit être de la mission ou instructeur d'une région du candidat."
        )
    evaluation, created = Evaluation.objects.get_or_create(
        candidature=candidature,
        evaluateur=evaluateur,
        defaults={"co_evaluateur": evaluateur.role == Role.INSTRUCTEUR},
    )
    if not created:
        raise ValidationError(f"{evaluateur} évalue déjà cette candidature.")
    if candidature.etat == EtatCandidature.SOUMISE:
        transition(
            candidature,
            to=EtatCandidature.EN_EVALUATION,
            table=TRANSITIONS_CANDIDATURE,
            auteur=auteur,
            history=HistoriqueCandidature,
            history_fields={"candidature": candidature},
            labels=EtatCandidature,
        )
        _envoyer(
            _destinataires(candidature.connecteur),
            "candidature_etape",
            {"candidature": candidature, "motif": ""},
        )
    _envoyer(evaluateur.email, "evaluateur_affecte", {"candidature": candidature})
    return evaluation


@transaction.atomic
def evaluation_enregistrer(
    *, evaluation: Evaluation, auteur, notes: dict, commentaire: str, now=None
) -> Evaluation:
    """Scores (critere id → (score, comment)) of one evaluator; handing in is final once
    the file is decided."""
    if evaluation.evaluateur_id != auteur.pk:
        raise PermissionDenied
    if evaluation.candidature.etat != EtatCandidature.EN_EVALUATION:
        raise ValidationError("Cette candidature n'est pas en évaluation.")
    criteres = {c.pk: c for c in Critere.objects.filter(actif=True)}
    if set(notes) != set(criteres):
        raise ValidationError("Notez chacun des critères de la grille.")
    for critere_id, (score, remarque) in notes.items():
        critere = criteres[critere_id]
        if not 0 <= score <= critere.note_max:
            raise ValidationError(
                f"La note de « {critere} » doit être entre 0 et {critere.note_max}."
            )
        Note.objects.update_or_create(
            evaluation=evaluation,
            critere=critere,
            defaults={"score": score, "commentaire": remarque},
        )
    evaluation.commentaire = commentaire
    evaluation.terminee_le = now or timezone.now()
    evaluation.save()
    return evaluation


DECISIONS = {
    EtatCandidature.LABELLISEE,
    EtatCandidature.REFUSEE,
    EtatCandidature.A_COMPLETER,
}


@transaction.atomic
def candidature_decider(
    *, candidature: Candidature, auteur, decision: str, motif: str = "", now=None
):
    """An assigned evaluator (or mission staff) decides. The row is locked: two evaluators
    deciding at the same moment cannot both decide."""
    now = now or timezone.now()
    candidature = (
        Candidature.objects.select_for_update().select_related("connecteur").get(pk=candidature.pk)
    )
    if decision not in DECISIONS:
        raise ValidationError("Décision inconnue.")
    if Membre.objects.filter(connecteur=candidature.connecteur, user=auteur).exists():
        raise PermissionDenied("Un évaluateur ne décide jamais pour sa propre structure.")
    if (
        auteur.role != Role.MISSION
        and not candidature.evaluations.filter(evaluateur=auteur).exists()
    ):
        raise PermissionDenied
    if decision in (EtatCandidature.REFUSEE, EtatCandidature.A_COMPLETER) and not motif.strip():
        raise ValidationError({"motif": "Indiquez le motif : il sera envoyé au candidat."})
    if decision == EtatCandidature.LABELLISEE and not resultat_grille(candidature).reussite:
        raise ValidationError(
            "La grille n'est pas complète ou n'atteint pas le seuil : le label ne peut être "
            "accordé."
        )
    candidature.decidee_le = now
    transition(
        candidature,
        to=decision,
        table=TRANSITIONS_CANDIDATURE,
        auteur=auteur,
        history=HistoriqueCandidature,
        history_fields={"candidature": candidature},
        motif=motif,
        labels=EtatCandidature,
    )
    if decision == EtatCandidature.LABELLISEE:
        _label_changer(
            connecteur=candidature.connecteur,
            to=EtatLabel.ACTIF,
            auteur=auteur,
            motif="Label accordé après évaluation",
            today=timezone.localdate(now),
        )
    _envoyer(
        _destinataires(candidature.connecteur),
        "candidature_etape",
        {"candidature": candidature, "motif": motif},
    )
    return candidature


# --- Label life -----------------------------------------------------------------------------


def _label_changer(*, connecteur: Connecteur, to: str, auteur, motif: str, today):
    connecteur = Connecteur.objects.select_for_update().get(pk=connecteur.pk)
    if to == EtatLabel.ACTIF and connecteur.etat_label != EtatLabel.SUSPENDU:
        annees = conf.get("CONNECTEURS_LABEL_DUREE_ANNEES")
        connecteur.label_obtenu_le = today
        try:
            connecteur.label_expire_le = today.replace(year=today.year + annees)
        except ValueError:  # 29 February
            connecteur.label_expire_le = today.replace(year=today.year + annees, day=28)
    connecteur.niveau = Niveau.LABELLISE if to == EtatLabel.ACTIF else Niveau.SIGNATAIRE
    transition(
        connecteur,
        to=to,
        table=TRANSITIONS_LABEL,
        auteur=auteur,
        history=HistoriqueLabel,
        history_fields={"connecteur": connecteur},
        motif=motif,
        state_field="etat_label",
        labels=EtatLabel,
    )
    return connecteur


@transaction.atomic
def label_changer(*, connecteur: Connecteur, to: str, auteur, motif: str, now=None):
    """Mission staff suspend, withdraw or restore a label, always with a reason."""
    if auteur.role != Role.MISSION:
        raise PermissionDenied
    if to not in (EtatLabel.SUSPENDU, EtatLabel.RETIRE, EtatLabel.ACTIF):
        raise ValidationError("Action inconnue.")
    if not motif.strip():
        raise ValidationError({"motif": "Indiquez le motif : il sera envoyé à la structure."})
    if to == EtatLabel.ACTIF and connecteur.etat_label != EtatLabel.SUSPENDU:
        raise ValidationError("Seul un label suspendu peut être rétabli.")
    connecteur = _label_changer(
        connecteur=connecteur,
        to=to,
        auteur=auteur,
        motif=motif,
        today=timezone.localdate(now or timezone.now()),
    )
    _envoyer(_destinataires(connecteur), "label_change", {"connecteur": connecteur, "motif": motif})
    return connecteur


def labels_rappeler_et_expirer(*, now=None) -> tuple[int, int]:
    """Daily: reminders N days before expiry (each sent once), then expire past labels."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    paliers = sorted(conf.get("CONNECTEURS_LABEL_RAPPELS_JOURS"))
    rappels = 0
    for connecteur in Connecteur.objects.filter(
        etat_label__in=[EtatLabel.ACTIF, EtatLabel.SUSPENDU],
        label_expire_le__gt=today,
        label_expire_le__lte=today + timedelta(days=paliers[-1]),
    ):
        restant = (connecteur.label_expire_le - today).days
        # Only the most urgent step is sent; the earlier ones count as done.
        palier = next(p for p in paliers if restant <= p)
        with transaction.atomic():
            _, created = RappelLabel.objects.get_or_create(
                connecteur=connecteur, expire_le=connecteur.label_expire_le, jours=palier
            )
            if not created:
                continue
            for plus_tot in (p for p in paliers if p > palier):
                RappelLabel.objects.get_or_create(
                    connecteur=connecteur, expire_le=connecteur.label_expire_le, jours=plus_tot
                )
            rappels += 1
            _envoyer(
                _destinataires(connecteur),
                "label_rappel",
                {"connecteur": connecteur, "jours": restant},
            )
    expires = 0
    for connecteur in Connecteur.objects.filter(
        etat_label__in=[EtatLabel.ACTIF, EtatLabel.SUSPENDU], label_expire_le__lte=today
    ):
        with transaction.atomic():
            _label_changer(
                connecteur=connecteur,
                to=EtatLabel.EXPIRE,
                auteur=None,
                motif="Date de validité atteinte",
                today=today,
            )
            expires += 1
            _envoyer(
                _destinataires(connecteur),
                "label_change",
                {"connecteur": connecteur, "motif": "Date de validité atteinte"},
            )
    return rappels, expires


# --- Mise en relation -----------------------------------------------------------------------


@transaction.atomic
def demande_creer(
    *,
    entreprise,
    auteur,
    theme,
    message: str,
    partage_diagnostic: bool,
    connecteurs=None,
    origine: str = OrigineDemande.DIAGNOSTIC,
    now=None,
) -> Demande:
    """An SME's request, sent to the given connecteurs (at most 3) or, when none is given, to
    the best matching ones. Reused by other apps (e-export "parler à un expert")."""
    now = now or timezone.now()
    if not entreprise.gestionnaires.filter(pk=auteur.pk).exists():
        raise PermissionDenied
    if not message.strip():
        raise ValidationError({"message": "Décrivez votre besoin en quelques lignes."})
    maximum = conf.get("CONNECTEURS_DEMANDE_MAX")
    if connecteurs is None:
        connecteurs = connecteurs_correspondants(
            entreprise=entreprise, theme=theme, today=timezone.localdate(now)
        )
    connecteurs = list(connecteurs)
    if not connecteurs:
        raise ValidationError(
            "Aucun connecteur ne correspond encore à votre besoin et à votre territoire."
        )
    if len(connecteurs) > maximum:
        raise ValidationError(f"Une demande est adressée à {maximum} connecteurs au plus.")
    if any(c.charte_signee_le is None for c in connecteurs):
        raise ValidationError("Ce connecteur n'accepte pas encore de demandes.")
    demande = Demande.objects.create(
        entreprise=entreprise,
        auteur=auteur,
        theme=theme,
        message=message.strip(),
        partage_diagnostic=partage_diagnostic,
        origine=origine,
        cree_le=now,
    )
    for connecteur in connecteurs:
        reponse = Reponse.objects.create(demande=demande, connecteur=connecteur)
        HistoriqueReponse.objects.create(
            reponse=reponse, auteur=auteur, etat_apres=EtatReponse.ENVOYEE
        )
        _envoyer(
            _destinataires(connecteur), "demande_recue", {"demande": demande, "reponse": reponse}
        )
    _envoyer(auteur.email, "demande_envoyee", {"demande": demande, "connecteurs": connecteurs})
    return demande


def statut_derive(etats: list[str]) -> str:
    """One taken-on or closed answer wins over the others."""
    if any(etat in TERMINEES for etat in etats) and not any(
        etat == EtatReponse.PRISE_EN_CHARGE for etat in etats
    ):
        return StatutDemande.TERMINEE
    if any(etat == EtatReponse.PRISE_EN_CHARGE for etat in etats):
        return StatutDemande.PRISE_EN_CHARGE
    if etats and all(etat == EtatReponse.PAS_POUR_MOI for etat in etats):
        return StatutDemande.SANS_SUITE
    return StatutDemande.EN_ATTENTE


@transaction.atomic
def reponse_repondre(*, reponse: Reponse, auteur, etat: str, motif: str = "") -> Reponse:
    """A connecteur answers (pris en charge / pas pour moi) then closes a request."""
    demande = Demande.objects.select_for_update().get(pk=reponse.demande_id)
    reponse = Reponse.objects.select_related("connecteur").get(pk=reponse.pk)
    if not reponse.connecteur.membres.filter(pk=auteur.pk).exists():
        raise PermissionDenied
    if etat == EtatReponse.PAS_POUR_MOI and not motif.strip():
        raise ValidationError({"motif": "Expliquez à l'entreprise pourquoi vous déclinez."})
    reponse.motif = motif.strip()
    transition(
        reponse,
        to=etat,
        table=TRANSITIONS_REPONSE,
        auteur=auteur,
        history=HistoriqueReponse,
        history_fields={"reponse": reponse},
        motif=motif.strip(),
        labels=EtatReponse,
    )
    demande.statut = statut_derive(list(demande.reponses.values_list("etat", flat=True)))
    demande.save(update_fields=["statut"])
    destinataire = demande.auteur.email if demande.auteur else None
    _envoyer(destinataire, "demande_reponse", {"demande": demande, "reponse": reponse})
    if etat in (EtatReponse.TERMINEE_AIDEE, EtatReponse.TERMINEE_NON_AIDEE):
        _envoyer(destinataire, "avis_invitation", {"demande": demande, "reponse": reponse})
    return reponse


def demandes_relancer(*, now=None) -> tuple[int, int]:
    """Remind connecteurs of requests nobody took on after N days (then every N days), and
    escalate to mission staff after M days. Idempotent for a given `now`."""
    now = now or timezone.now()
    delai = timedelta(days=conf.get("CONNECTEURS_RELANCE_JOURS"))
    escalade = timedelta(days=conf.get("CONNECTEURS_ESCALADE_JOURS"))
    relances = 0
    reponses = Reponse.objects.filter(
        demande__statut=StatutDemande.EN_ATTENTE,
        demande__cree_le__lte=now - delai,
        etat=EtatReponse.ENVOYEE,
    ).select_related("demande__entreprise", "demande__theme", "connecteur")
    for reponse in reponses:
        if reponse.relancee_le and reponse.relancee_le > now - delai:
            continue
        with transaction.atomic():
            updated = Reponse.objects.filter(
                pk=reponse.pk, relancee_le=reponse.relancee_le, etat=EtatReponse.ENVOYEE
            ).update(relancee_le=now, nombre_relances=reponse.nombre_relances + 1)
            if updated:
                relances += 1
                _envoyer(
                    _destinataires(reponse.connecteur),
                    "demande_relance",
                    {"demande": reponse.demande, "reponse": reponse},
                )
    escalades = 0
    for demande in Demande.objects.filter(
        statut=StatutDemande.EN_ATTENTE, cree_le__lte=now - escalade, escaladee_le__isnull=True
    ).select_related("entreprise", "theme"):
        with transaction.atomic():
            if Demande.objects.filter(pk=demande.pk, escaladee_le__isnull=True).update(
                escaladee_le=now
            ):
                escalades += 1
                _envoyer(_mission_emails(), "demande_escalade", {"demande": demande})
    return relances, escalades


# --- Reviews --------------------------------------------------------------------------------


@transaction.atomic
def avis_deposer(
    *, reponse: Reponse, auteur, note: int, commentaire: str, contacte: bool, utile: bool
) -> Avis:
    """Only a real, closed request gives the right to review, once."""
    reponse = Reponse.objects.select_for_update().select_related("demande").get(pk=reponse.pk)
    if not reponse.demande.entreprise.gestionnaires.filter(pk=auteur.pk).exists():
        raise PermissionDenied
    if reponse.etat not in (EtatReponse.TERMINEE_AIDEE, EtatReponse.TERMINEE_NON_AIDEE):
        raise ValidationError("Vous pourrez donner votre avis une fois la demande terminée.")
    if Avis.objects.filter(reponse=reponse).exists():
        raise ValidationError("Vous avez déjà donné votre avis sur cet accompagnement.")
    if not 1 <= note <= 5:
        raise ValidationError({"note": "La note va de 1 à 5."})
    avis = Avis.objects.create(
        reponse=reponse,
        note=note,
        commentaire=commentaire.strip(),
        contacte=contacte,
        utile=utile,
    )
    _envoyer(_mission_emails(), "avis_a_moderer", {"avis": avis})
    return avis


def _recalculer_note(connecteur_id: int) -> None:
    stats = Avis.objects.filter(
        reponse__connecteur_id=connecteur_id, statut=StatutAvis.PUBLIE
    ).aggregate(moyenne=Avg("note"), nombre=Count("pk"))
    Connecteur.objects.filter(pk=connecteur_id).update(
        note_moyenne=stats["moyenne"], nombre_avis=stats["nombre"]
    )


@transaction.atomic
def avis_moderer(*, avis: Avis, auteur, statut: str, now=None) -> Avis:
    if auteur.role != Role.MISSION and not auteur.is_superuser:
        raise PermissionDenied
    if statut not in (StatutAvis.PUBLIE, StatutAvis.REJETE):
        raise ValidationError("Décision de modération inconnue.")
    avis.statut = statut
    avis.modere_le = now or timezone.now()
    avis.save(update_fields=["statut", "modere_le"])
    _recalculer_note(avis.reponse.connecteur_id)
    return avis


@transaction.atomic
def avis_repondre(*, avis: Avis, auteur, texte: str) -> Avis:
    if not avis.reponse.connecteur.membres.filter(pk=auteur.pk).exists():
        raise PermissionDenied
    avis.reponse_connecteur = texte.strip()
    avis.save(update_fields=["reponse_connecteur"])
    return avis


# --- Events and services --------------------------------------------------------------------


@transaction.atomic
def evenement_enregistrer(*, evenement, connecteur: Connecteur):
    evenement.connecteur = connecteur
    evenement.full_clean()
    evenement.save()
    return evenement


@transaction.atomic
def prestation_enregistrer(*, prestation, connecteur: Connecteur):
    prestation.connecteur = connecteur
    prestation.full_clean()
    prestation.save()
    return prestation
