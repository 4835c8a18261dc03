"""Entreprises the user manages (see docs/rgpd.md)."""

from croissance.rgpd import registry

from .models import DepartGestionnaire, Gestionnaire, Invitation, Revendication


def exporter(user) -> dict:
    liens = Gestionnaire.objects.filter(user=user).select_related(
        "entreprise__naf",
        "entreprise__region",
        "entreprise__departement",
        "entreprise__tranche_effectifs",
        "entreprise__commune",
    )
    return {
        "entreprises_gerees": [
            {
                "gestionnaire_depuis": lien.ajoute_le,
                "siret": e.siret,
                "nom": e.nom,
                "naf": str(e.naf) if e.naf else "",
                "activite": e.get_activite_display(),
                "tranche_effectifs": str(e.tranche_effectifs) if e.tranche_effectifs else "",
                "effectif": e.effectif,
                "total_bilan": e.total_bilan,
                "chiffre_affaires": e.chiffre_affaires,
                "code_postal": e.code_postal,
                "commune": str(e.commune) if e.commune else "",
                "region": str(e.region) if e.region else "",
                "categorie": e.get_categorie_display(),
                "pure_player": e.pure_player,
                "surface_vente_m2": e.surface_vente_m2,
                "date_creation": e.date_creation,
            }
            for lien in liens
            for e in [lien.entreprise]
        ],
        "entreprises_quittees": [
            {
                "entreprise": depart.entreprise.nom,
                "gestionnaire_depuis": depart.ajoute_le,
                "jusqu_au": depart.retire_le,
                "motif": depart.motif,
            }
            for depart in DepartGestionnaire.objects.filter(user=user).select_related("entreprise")
        ],
        "demandes_pour_gerer": [
            {
                "entreprise": demande.entreprise.nom,
                "deposee_le": demande.cree_le,
                "message": demande.message,
                "etat": demande.get_etat_display(),
            }
            for demande in Revendication.objects.filter(demandeur=user).select_related("entreprise")
        ],
    }


def effacer(user) -> None:
    # Gestionnaire: deleted (the person no longer acts for the company).
    # Entreprise: kept. It describes a legal person (public SIRENE data), other managers may
    # act for it, and kept aid files and label applications point to it.
    Gestionnaire.objects.filter(user=user).delete()
    # Past management: the firm keeps the dates of its history, not the person's name.
    DepartGestionnaire.objects.filter(user=user).update(nom="Compte supprimé", motif="")
    # Requests to join (and their proof) and invitations sent to the address: deleted.
    for demande in Revendication.objects.filter(demandeur=user):
        if demande.justificatif:
            demande.justificatif.delete(save=False)
        demande.delete()
    Invitation.objects.filter(email__iexact=user.email).delete()


registry.register(
    "entreprises", "Entreprises que vous gérez", export=exporter, erase=effacer, ordre=90
)
