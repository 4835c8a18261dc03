"""Personal data of the formations app (see docs/rgpd.md)."""

from django.db.models import Q
from django.utils import timezone

from croissance.rgpd import registry

from .enums import EtatInscription
from .models import Avis, Inscription, MembreBourse, Mouvement, Proposition


def _inscriptions(user):
    return Inscription.objects.filter(Q(demandeur=user) | Q(participant_email__iexact=user.email))


def exporter(user) -> dict:
    return {
        "inscriptions": [
            {
                "formation": i.session.formation.titre,
                "session": i.session.date_debut,
                "lieu": i.session.lieu,
                "entreprise": i.entreprise.nom,
                "participant": i.participant_nom,
                "participant_adresse": i.participant_email,
                "etat": i.get_etat_display(),
                "demandee_le": i.cree_le,
            }
            for i in _inscriptions(user)
            .select_related("session__formation", "entreprise")
            .order_by("cree_le")
        ],
        "avis": [
            {"formation": a.formation.titre, "note": a.note, "commentaire": a.commentaire}
            for a in Avis.objects.filter(auteur=user).select_related("formation").order_by("pk")
        ],
        "bourse_adhesions_signees": [
            {"entreprise": m.entreprise.nom, "charte_acceptee_le": m.charte_acceptee_le}
            for m in MembreBourse.objects.filter(adhesion_par=user).select_related("entreprise")
        ],
        "bourse_mouvements_saisis": [
            {"libelle": m.libelle, "date": m.date}
            for m in Mouvement.objects.filter(auteur=user).order_by("date", "pk")
        ],
        "propositions_deposees": [
            {"appel": p.appel.titre, "titre": p.titre, "organisme": p.organisme.nom}
            for p in Proposition.objects.filter(deposee_par=user)
            .select_related("appel", "organisme")
            .order_by("pk")
        ],
    }


def effacer(user) -> None:
    today = timezone.localdate()
    suivie = Q(etat=EtatInscription.CONFIRMEE, session__date_debut__lte=today)
    # Inscription requested by the person and not confirmed for a session that took place
    # (pending, refused, cancelled, upcoming): deleted with its history, it serves no purpose
    # once the account is gone (an upcoming seat is freed).
    Inscription.objects.filter(demandeur=user, avis__isnull=True).exclude(suivie).delete()
    # Inscription kept (confirmed and attended, or rated, or made by someone else for the
    # person): the participant's name and address are erased, the requester reads « Compte
    # supprimé »; the session's attendance and its ratings rest on it.
    for pk in _inscriptions(user).values_list("pk", flat=True):
        Inscription.objects.filter(pk=pk).update(
            participant_nom="Participant supprimé",
            participant_email=f"participant-supprime-{pk}@anonyme.invalid",
        )
    # Avis: ratings are published as soon as written; kept without author (the training's
    # average rating rests on them).
    Avis.objects.filter(auteur=user).update(auteur=None)
    # MembreBourse: the time-bank account belongs to the entreprise; only the signer goes.
    MembreBourse.objects.filter(adhesion_par=user).update(adhesion_par=None)
    # Mouvement: ledger entries are never deleted (accounting); the user link is removed.
    Mouvement.objects.filter(auteur=user).update(auteur=None)
    # Proposition: the training provider's answer to a call, kept; the depositor is removed.
    Proposition.objects.filter(deposee_par=user).update(deposee_par=None)


registry.register(
    "formations", "Vos formations et la bourse de temps", export=exporter, erase=effacer, ordre=55
)
