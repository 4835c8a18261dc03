"""The SME label: criteria check, charter signature, application and decisions."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from croissance.comptes.enums import Role
from croissance.emails import send_templated_email
from croissance.maturite import nom_du_niveau
from croissance.orientation.profil import build_profil
from croissance.workflow import transition

from .enums import TRANSITIONS, EtatCandidature
from .models import CandidatureLabel, HistoriqueCandidature, ReglageLabel, SignatureCharte


@dataclass(frozen=True)
class Critere:
    libelle: str
    rempli: bool
    explication: str


def criteres(*, entreprise, reglage: ReglageLabel | None = None) -> list[Critere]:
    reglage = reglage or ReglageLabel.current()
    profil = build_profil(entreprise)
    result = []
    niveau = profil.niveau
    result.append(
        Critere(
            libelle=f"Niveau de maturité « {nom_du_niveau(reglage.niveau_minimum)} » atteint",
            rempli=niveau is not None and niveau >= reglage.niveau_minimum,
            explication=(
                "Aucun autodiagnostic pour cette entreprise."
                if niveau is None
                else f"Votre dernier autodiagnostic : « {nom_du_niveau(niveau)} »."
            ),
        )
    )
    if reglage.commerce_connecte_requis:
        result.append(
            Critere(
                libelle="Des éléments de commerce connecté en place",
                rempli=profil.commerce_connecte,
                explication="Vendre en ligne, sur son site ou une place de marché, ou prendre "
                "des commandes en ligne (d'après votre dernier autodiagnostic).",
            )
        )
    if reglage.charte_requise:
        signee = SignatureCharte.objects.filter(entreprise=entreprise).exists()
        result.append(
            Critere(
                libelle="Charte des PME #CroissanceConnectée signée",
                rempli=signee,
                explication="Signée." if signee else "Signez la charte ci-dessous.",
            )
        )
    return result


@transaction.atomic
def charte_signer(*, entreprise, user) -> SignatureCharte:
    signature, _ = SignatureCharte.objects.get_or_create(
        entreprise=entreprise, defaults={"signataire": user}
    )
    return signature


def _mission_emails() -> list[str]:
    return list(
        get_user_model()
        .objects.filter(role=Role.MISSION, is_active=True)
        .values_list("email", flat=True)
    )


@transaction.atomic
def candidature_deposer(*, entreprise, user, presentation: str) -> CandidatureLabel:
    manquants = [c.libelle for c in criteres(entreprise=entreprise) if not c.rempli]
    if manquants:
        raise ValidationError(
            "Votre entreprise ne remplit pas encore ces critères : " + " ; ".join(manquants) + "."
        )
    if CandidatureLabel.objects.filter(
        entreprise=entreprise, etat__in=[EtatCandidature.DEPOSEE, EtatCandidature.ACCORDE]
    ).exists():
        raise ValidationError("Une candidature est déjà en cours ou le label est déjà accordé.")
    candidature = CandidatureLabel.objects.create(entreprise=entreprise, presentation=presentation)
    HistoriqueCandidature.objects.create(
        candidature=candidature, auteur=user, etat_apres=EtatCandidature.DEPOSEE
    )
    recipients = _mission_emails()
    if recipients:
        send_templated_email(
            to=recipients,
            template="label/emails/candidature_deposee",
            context={"candidature": candidature},
        )
    return candidature


def _decider(*, candidature, par, etat, motif=""):
    candidature = CandidatureLabel.objects.select_for_update().get(pk=candidature.pk)
    if etat == EtatCandidature.ACCORDE:
        candidature.accorde_le = timezone.now()
    transition(
        candidature,
        to=etat,
        table=TRANSITIONS,
        auteur=par,
        history=HistoriqueCandidature,
        history_fields={"candidature": candidature},
        motif=motif,
        labels=EtatCandidature,
    )
    send_templated_email(
        to=list(candidature.entreprise.gestionnaires.values_list("email", flat=True)),
        template="label/emails/decision",
        context={"candidature": candidature, "motif": motif},
    )
    return candidature


@transaction.atomic
def candidature_accorder(*, candidature, par) -> CandidatureLabel:
    return _decider(candidature=candidature, par=par, etat=EtatCandidature.ACCORDE)


@transaction.atomic
def candidature_refuser(*, candidature, par, motif: str) -> CandidatureLabel:
    if not motif.strip():
        raise ValidationError("Indiquez le motif du refus : il est transmis à l'entreprise.")
    return _decider(candidature=candidature, par=par, etat=EtatCandidature.REFUSEE, motif=motif)


@transaction.atomic
def label_retirer(*, candidature, par, motif: str) -> CandidatureLabel:
    if not motif.strip():
        raise ValidationError("Indiquez le motif du retrait : il est transmis à l'entreprise.")
    return _decider(candidature=candidature, par=par, etat=EtatCandidature.RETIRE, motif=motif)
