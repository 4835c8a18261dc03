"""Personal data of the resources app: testimonials and ratings (see docs/rgpd.md)."""

from croissance.rgpd import registry

from .enums import EtatModeration
from .models import AvisPrestataire, Temoignage


def exporter(user) -> dict:
    return {
        "temoignages": [
            {
                "entreprise": t.entreprise.nom,
                "titre": t.titre,
                "realisation": t.realisation,
                "accompagnement": t.accompagnement,
                "cout": t.cout,
                "resultat": t.resultat,
                "etat": t.get_etat_display(),
                "propose_le": t.cree_le,
            }
            for t in Temoignage.objects.filter(auteur=user).select_related("entreprise")
        ],
        "avis_prestataires": [
            {
                "prestataire": a.prestataire.nom,
                "entreprise": a.entreprise.nom,
                "prestation": a.prestation,
                "realisee_le": a.realisee_le,
                "note": a.note,
                "commentaire": a.commentaire,
                "etat": a.get_etat_display(),
                "depose_le": a.cree_le,
            }
            for a in AvisPrestataire.objects.filter(auteur=user).select_related(
                "prestataire", "entreprise"
            )
        ],
    }


def effacer(user) -> None:
    # Temoignage: kept only if published (it is the company's public story, not the
    # person's), detached from its author; pending or refused ones are deleted.
    Temoignage.objects.filter(auteur=user).exclude(etat=EtatModeration.PUBLIE).delete()
    Temoignage.objects.filter(auteur=user).update(auteur=None)
    # AvisPrestataire: same rule; published ratings make the provider's average and stay,
    # detached from their author; the others are deleted (the average ignores them).
    AvisPrestataire.objects.filter(auteur=user).exclude(etat=EtatModeration.PUBLIE).delete()
    AvisPrestataire.objects.filter(auteur=user).update(auteur=None)


registry.register("ressources", "Vos témoignages et avis", export=exporter, erase=effacer, ordre=60)
