"""Writes and reads of the bourse de temps (skills time bank) and its double-entry ledger.

Every movement is balanced: its entries sum to zero. Welcome hours come from the bank's
issuing account (entries without a member), so the members' balances always add up to the
hours issued. Entries are never edited nor deleted; a correction reverses a movement.
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Sum
from django.utils import timezone

from croissance.emails import send_templated_email
from croissance.workflow import transition

from .enums import (
    TRANSITIONS_ECHANGE,
    EtatEchange,
    EtatInscription,
    SensAnnonce,
    TypeMouvement,
)
from .models import (
    Annonce,
    Echange,
    Ecriture,
    HistoriqueEchange,
    Inscription,
    MembreBourse,
    Mouvement,
    ReglesBourse,
)

ZERO = Decimal("0")


def regles() -> ReglesBourse:
    return ReglesBourse.objects.get_or_create(pk=1)[0]


CENTIEME = Decimal("0.01")


def _total_heures(ecritures) -> Decimal:
    """Sum of hours, exact to the hundredth (SQLite sums decimals as floats)."""
    total = ecritures.aggregate(total=Sum("heures"))["total"] or ZERO
    return Decimal(total).quantize(CENTIEME)


def solde(membre: MembreBourse) -> Decimal:
    return _total_heures(membre.ecritures)


def heures_emises() -> Decimal:
    """Hours the bank has put into circulation (minus the issuing account's balance)."""
    return -_total_heures(Ecriture.objects.filter(membre__isnull=True))


def releve(membre: MembreBourse):
    """The member's statement, oldest first, with the running balance."""
    ecritures = list(
        membre.ecritures.select_related("mouvement__echange").order_by("mouvement__date", "pk")
    )
    cumul = ZERO
    for ecriture in ecritures:
        cumul += ecriture.heures
        ecriture.solde_apres = cumul
    return ecritures


def heures_donnees_par_salarie(membre: MembreBourse, annee: int):
    """Hours given outside the firm in a year, per employee (corrections included)."""
    return (
        membre.ecritures.filter(mouvement__date__year=annee)
        .exclude(salarie="")
        .values("salarie")
        .annotate(heures=Sum("heures"), echanges=Count("mouvement__echange", distinct=True))
        .order_by("salarie")
    )


def heures_formation_par_participant(entreprise, annee: int):
    """Hours of qualifying training followed in a year (confirmed enrolments of sessions that
    ended that year), per participant: the other half of the hours accounted as investment."""
    return (
        Inscription.objects.filter(
            entreprise=entreprise,
            etat=EtatInscription.CONFIRMEE,
            session__date_fin__year=annee,
            session__date_fin__lt=timezone.localdate(),
        )
        .values("participant_nom")
        .annotate(heures=Sum("session__formation__duree_heures"), formations=Count("pk"))
        .order_by("participant_nom")
    )


def _ecrire(*, type, libelle, lignes, auteur, echange=None, corrige=None) -> Mouvement:
    """Write one balanced movement; `lignes` is a list of (membre or None, heures, salarie)."""
    if sum((heures for _membre, heures, _salarie in lignes), ZERO) != ZERO:
        raise ValidationError("Un mouvement doit être équilibré : ses écritures s'annulent.")
    mouvement = Mouvement.objects.create(
        type=type, libelle=libelle, auteur=auteur, echange=echange, corrige=corrige
    )
    Ecriture.objects.bulk_create(
        Ecriture(mouvement=mouvement, membre=membre, heures=heures, salarie=salarie)
        for membre, heures, salarie in lignes
        if heures != ZERO
    )
    return mouvement


@transaction.atomic
def bourse_adherer(*, entreprise, auteur, charte_acceptee: bool) -> MembreBourse:
    if not charte_acceptee:
        raise ValidationError(
            {"charte_acceptee": "Acceptez la charte de la bourse de temps pour adhérer."}
        )
    if MembreBourse.objects.filter(entreprise=entreprise).exists():
        raise ValidationError(f"{entreprise} est déjà adhérente de la bourse de temps.")
    membre = MembreBourse.objects.create(
        entreprise=entreprise, charte_acceptee_le=timezone.now(), adhesion_par=auteur
    )
    bienvenue = regles().heures_bienvenue
    if bienvenue > ZERO:
        _ecrire(
            type=TypeMouvement.BIENVENUE,
            libelle=f"Heures de bienvenue de {entreprise}",
            lignes=[(membre, bienvenue, ""), (None, -bienvenue, "")],
            auteur=auteur,
        )
    return membre


def verifier_plancher(membre: MembreBourse) -> None:
    """A member whose balance fell under the floor cannot ask for help until it gives back."""
    plancher = regles().solde_plancher
    actuel = solde(membre)
    if actuel < plancher:
        raise ValidationError(
            f"Le solde de {membre.entreprise} est de {_h(actuel)}, sous le plancher de "
            f"{_h(plancher)} : vous ne pouvez plus formuler de demande tant que vos salariés "
            "n'ont pas donné d'heures à d'autres entreprises."
        )


def _h(heures: Decimal) -> str:
    return f"{heures.normalize():f} h".replace(".", ",").replace("-", "−")


@transaction.atomic
def annonce_publier(*, annonce: Annonce, membre: MembreBourse, auteur) -> Annonce:
    if annonce.sens == SensAnnonce.DEMANDE:
        verifier_plancher(membre)
    elif not annonce.salarie.strip():
        raise ValidationError({"salarie": "Indiquez le salarié qui partage sa compétence."})
    annonce.membre = membre
    annonce.full_clean()
    annonce.save()
    return annonce


@transaction.atomic
def annonce_retirer(*, annonce: Annonce, auteur) -> Annonce:
    annonce.active = False
    annonce.save(update_fields=["active"])
    return annonce


def _notifier_echange(echange, destinataire: MembreBourse, template="formations/emails/echange"):
    adresses = sorted(destinataire.entreprise.gestionnaires.values_list("email", flat=True))
    if adresses:
        send_templated_email(to=adresses, template=template, context={"echange": echange})


def _autre(echange, membre):
    return echange.receveur if membre.pk == echange.offreur_id else echange.offreur


@transaction.atomic
def echange_proposer(
    *, annonce: Annonce, membre: MembreBourse, heures: Decimal, salarie: str, message: str, auteur
) -> Echange:
    """Answer an offer (to receive its hours) or a request (to give hours)."""
    if annonce.membre_id == membre.pk:
        raise ValidationError("Vous ne pouvez pas répondre à une annonce de votre entreprise.")
    if not annonce.active:
        raise ValidationError("Cette annonce n'est plus en ligne.")
    if heures is None or heures <= ZERO:
        raise ValidationError({"heures": "Indiquez un nombre d'heures positif."})
    if annonce.sens == SensAnnonce.OFFRE:
        offreur, receveur, salarie = annonce.membre, membre, annonce.salarie
        verifier_plancher(membre)
    else:
        offreur, receveur = membre, annonce.membre
        if not salarie.strip():
            raise ValidationError({"salarie": "Indiquez le salarié qui interviendra."})
    echange = Echange.objects.create(
        annonce=annonce,
        offreur=offreur,
        receveur=receveur,
        propose_par=membre,
        salarie=salarie.strip(),
        heures=heures,
        message=message.strip(),
    )
    HistoriqueEchange.objects.create(
        echange=echange, auteur=auteur, etat_avant="", etat_apres=EtatEchange.PROPOSE
    )
    _notifier_echange(echange, _autre(echange, membre))
    return echange


def _verrouiller(echange) -> Echange:
    return (
        Echange.objects.select_for_update(of=("self",))
        .select_related("offreur__entreprise", "receveur__entreprise")
        .get(pk=echange.pk)
    )


def _changer_etat(echange, membre, to, auteur, motif=""):
    transition(
        echange,
        to=to,
        table=TRANSITIONS_ECHANGE,
        auteur=auteur,
        history=HistoriqueEchange,
        history_fields={"echange": echange},
        motif=motif,
        labels=EtatEchange,
    )
    _notifier_echange(echange, _autre(echange, membre))
    return echange


def _partie(echange, membre):
    if membre.pk not in (echange.offreur_id, echange.receveur_id):
        raise ValidationError("Votre entreprise ne participe pas à cet échange.")


@transaction.atomic
def echange_accepter(*, echange: Echange, membre: MembreBourse, auteur) -> Echange:
    echange = _verrouiller(echange)
    _partie(echange, membre)
    if echange.propose_par_id == membre.pk:
        raise ValidationError("C'est à l'autre entreprise d'accepter votre proposition.")
    if membre.pk == echange.receveur_id:
        verifier_plancher(membre)
    return _changer_etat(echange, membre, EtatEchange.ACCEPTE, auteur)


@transaction.atomic
def echange_refuser(*, echange: Echange, membre: MembreBourse, auteur, motif: str) -> Echange:
    echange = _verrouiller(echange)
    _partie(echange, membre)
    if echange.propose_par_id == membre.pk:
        raise ValidationError("Pour retirer votre proposition, annulez-la.")
    return _changer_etat(echange, membre, EtatEchange.REFUSE, auteur, motif)


@transaction.atomic
def echange_annuler(*, echange: Echange, membre: MembreBourse, auteur, motif: str) -> Echange:
    echange = _verrouiller(echange)
    _partie(echange, membre)
    return _changer_etat(echange, membre, EtatEchange.ANNULE, auteur, motif)


@transaction.atomic
def echange_confirmer_heures(*, echange: Echange, membre: MembreBourse, auteur) -> Echange:
    """Each side confirms the hours once done; the second confirmation writes the ledger."""
    echange = _verrouiller(echange)
    _partie(echange, membre)
    if echange.etat != EtatEchange.ACCEPTE:
        raise ValidationError("Seul un échange accepté et en cours peut être confirmé.")
    champ = "confirme_offreur_le" if membre.pk == echange.offreur_id else "confirme_receveur_le"
    if getattr(echange, champ):
        raise ValidationError("Votre entreprise a déjà confirmé ces heures.")
    setattr(echange, champ, timezone.now())
    echange.save(update_fields=[champ])
    if echange.confirme_offreur_le and echange.confirme_receveur_le:
        _changer_etat(echange, membre, EtatEchange.TERMINE, auteur, f"{_h(echange.heures)}")
        _ecrire(
            type=TypeMouvement.ECHANGE,
            libelle=f"{echange.annonce.titre} : {echange.offreur} → {echange.receveur}",
            lignes=[
                (echange.receveur, -echange.heures, ""),
                (echange.offreur, echange.heures, echange.salarie),
            ],
            auteur=auteur,
            echange=echange,
        )
    else:
        _notifier_echange(echange, _autre(echange, membre))
    return echange


@transaction.atomic
def mouvement_corriger(*, mouvement: Mouvement, auteur, motif: str) -> Mouvement:
    """Reverse a movement with a new one; the original stays in the ledger."""
    mouvement = Mouvement.objects.select_for_update().get(pk=mouvement.pk)
    if not motif.strip():
        raise ValidationError({"motif": "Indiquez le motif de la correction."})
    if mouvement.type == TypeMouvement.CORRECTION:
        raise ValidationError("Une correction ne se corrige pas : passez un nouveau mouvement.")
    if Mouvement.objects.filter(corrige=mouvement).exists():
        raise ValidationError("Ce mouvement a déjà été corrigé.")
    return _ecrire(
        type=TypeMouvement.CORRECTION,
        libelle=f"Correction de « {mouvement.libelle} » : {motif.strip()}",
        lignes=[(e.membre, -e.heures, e.salarie) for e in mouvement.ecritures.all()],
        auteur=auteur,
        corrige=mouvement,
    )
