"""Personal data of the aids app (see docs/rgpd.md)."""

from django.db.models import Q

from croissance.rgpd import registry

from .enums import ETATS_OCTROYES
from .models import (
    AideDeclaree,
    Commentaire,
    ControleAPosteriori,
    DemandeAvis,
    Document,
    Dossier,
    HistoriqueDossier,
)


def _dossier_exporte(d) -> dict:
    """One file of the person, as the firm reads it (no staff note)."""
    return {
        "numero": d.pk,
        "aide": d.aide.titre,
        "entreprise": d.entreprise.nom,
        "etat": d.get_etat_display(),
        "titre": d.titre,
        "description": d.description,
        "montant_sollicite": d.montant_sollicite,
        "montant_accorde": d.montant_accorde,
        "cree_le": d.cree_le,
        "depose_le": d.depose_le,
        "decide_le": d.decide_le,
        "depenses": [
            {
                "type": ligne.get_type_depense_display(),
                "libelle": ligne.libelle,
                "montant_ht": ligne.montant_ht,
            }
            for ligne in d.lignes.all()
        ],
        "pieces": [
            {"nature": doc.get_nature_display(), "nom": doc.nom, "ajoute_le": doc.ajoute_le}
            for doc in d.documents.all()
        ],
        "historique": [
            {"date": h.date, "etat": h.etat_apres_label, "motif": h.motif}
            for h in d.historique.all()
        ],
    }


def exporter(user) -> dict:
    dossiers = (
        Dossier.objects.filter(demandeur=user)
        .select_related("aide", "entreprise", "region")
        .prefetch_related("lignes", "documents", "historique")
        .order_by("cree_le")
    )
    return {
        "dossiers": [_dossier_exporte(d) for d in dossiers],
        "commentaires_ecrits": [
            {"dossier": c.dossier_id, "texte": c.texte, "ecrit_le": c.cree_le}
            for c in Commentaire.objects.filter(auteur=user).order_by("cree_le")
        ],
        "etapes_d_instruction": [
            {"dossier": h.dossier_id, "date": h.date, "etat": h.etat_apres_label, "motif": h.motif}
            for h in HistoriqueDossier.objects.filter(auteur=user)
            .exclude(dossier__demandeur=user)
            .order_by("date")
        ],
        "aides_declarees": [
            {
                "entreprise": a.entreprise.nom,
                "financeur": a.financeur,
                "montant": a.montant,
                "date_octroi": a.date_octroi,
            }
            for a in AideDeclaree.objects.filter(entreprise__gestionnaires=user)
            .select_related("entreprise")
            .order_by("date_octroi")
        ],
        "avis": [
            {
                "dossier": a.dossier_id,
                "question": a.question,
                "reponse": a.reponse,
                "demande_le": a.cree_le,
                "rendu_le": a.repondu_le,
            }
            for a in DemandeAvis.objects.filter(Q(demandeur=user) | Q(repondu_par=user))
            .distinct()
            .order_by("cree_le")
        ],
        # the audits this staff member recorded (never the audits of the user's own files)
        "controles_a_posteriori": [
            {
                "dossier": c.dossier_id,
                "conclusion": c.get_conclusion_display(),
                "motif": c.motif,
                "controle_le": c.controle_le,
            }
            for c in ControleAPosteriori.objects.filter(controle_par=user).order_by("controle_le")
        ],
    }


def effacer(user) -> None:
    # Dossier granted (accepted or paid): kept for the legal retention of public aid files
    # (audits, de minimis); the applicant becomes « Compte supprimé » with the account.
    # Any other Dossier (draft, pending, refused, closed): deleted with its expense lines,
    # history, comments, opinion requests and documents (files removed from storage).
    a_supprimer = Dossier.objects.filter(demandeur=user).exclude(etat__in=ETATS_OCTROYES)
    for document in Document.objects.filter(dossier__in=a_supprimer):
        document.fichier.delete(save=False)
    a_supprimer.delete()
    # Commentaire, DemandeAvis and ControleAPosteriori written by the user on other files
    # (instructeur, connecteur): kept as part of those files' instruction record, under the
    # anonymised account. AideDeclaree: the company's own declarations (de minimis), kept with it.


registry.register("aides", "Vos demandes d'aide", export=exporter, erase=effacer, ordre=40)
