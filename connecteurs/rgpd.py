"""Personal data of the connecteurs app (see docs/rgpd.md)."""

from croissance.rgpd import registry

from .enums import StatutAvis
from .models import Avis, Demande, Evaluation, Membre, Signature


def exporter(user) -> dict:
    demandes = (
        Demande.objects.filter(auteur=user)
        .select_related("entreprise", "theme")
        .prefetch_related("reponses__connecteur")
        .order_by("cree_le")
    )
    return {
        "structures": [
            {"structure": m.connecteur.nom, "membre_depuis": m.ajoute_le}
            for m in Membre.objects.filter(user=user).select_related("connecteur").order_by("pk")
        ],
        "chartes_signees": [
            {"structure": s.connecteur.nom, "version": s.version.numero, "signee_le": s.signee_le}
            for s in Signature.objects.filter(signataire=user)
            .select_related("connecteur", "version")
            .order_by("pk")
        ],
        "demandes_de_mise_en_relation": [
            {
                "numero": d.pk,
                "entreprise": d.entreprise.nom,
                "besoin": d.theme.nom,
                "message": d.message,
                "statut": d.get_statut_display(),
                "envoyee_le": d.cree_le,
                "connecteurs": [
                    {"connecteur": r.connecteur.nom, "etat": r.get_etat_display()}
                    for r in d.reponses.all()
                ],
            }
            for d in demandes
        ],
        "avis_deposes": [
            {
                "connecteur": a.reponse.connecteur.nom,
                "note": a.note,
                "commentaire": a.commentaire,
                "statut": a.get_statut_display(),
                "depose_le": a.cree_le,
            }
            for a in Avis.objects.filter(reponse__demande__auteur=user)
            .select_related("reponse__connecteur")
            .order_by("cree_le")
        ],
        "evaluations_de_label": [
            {
                "structure": e.candidature.connecteur.nom,
                "commentaire": e.commentaire,
                "rendue_le": e.terminee_le,
            }
            for e in Evaluation.objects.filter(evaluateur=user)
            .select_related("candidature__connecteur")
            .order_by("pk")
        ],
    }


def effacer(user) -> None:
    # Avis on the person's requests: published ones stay (the connecteur's average rating
    # rests on them, and they name no one); unpublished ones are deleted.
    Avis.objects.filter(reponse__demande__auteur=user).exclude(statut=StatutAvis.PUBLIE).delete()
    # Demande: kept without its author, because it belongs to the entreprise (which stays) and
    # to the connecteurs' follow-up of it (answers, reminders, indicators).
    Demande.objects.filter(auteur=user).update(auteur=None)
    # Membre: the person's membership is removed; the structure, its services, events, label
    # files and other members are kept (a legal person and its public commitments).
    Membre.objects.filter(user=user).delete()
    # Signature of the structure's charter and Evaluation of a label application: kept under
    # « Compte supprimé » (the structure's commitment; the trace of a label decision).


registry.register(
    "connecteurs", "Vos connecteurs et mises en relation", export=exporter, erase=effacer, ordre=45
)
