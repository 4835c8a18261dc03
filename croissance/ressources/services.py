from django.db import transaction
from django.db.models import Avg, Count

from croissance.sanitize import sanitize_html
from croissance.workflow import transition

from .enums import MODERATION, EtatModeration
from .models import AvisPrestataire, HistoriqueTemoignage, Ressource, Temoignage


def ressource_enregistrer(*, ressource: Ressource) -> Ressource:
    ressource.contenu = sanitize_html(ressource.contenu)
    ressource.full_clean()
    ressource.save()
    return ressource


@transaction.atomic
def temoignage_proposer(*, auteur, temoignage: Temoignage, themes) -> Temoignage:
    temoignage.auteur = auteur
    temoignage.etat = EtatModeration.SOUMIS
    temoignage.save()
    temoignage.themes.set(themes)
    HistoriqueTemoignage.objects.create(
        temoignage=temoignage, auteur=auteur, etat_apres=EtatModeration.SOUMIS
    )
    return temoignage


@transaction.atomic
def temoignage_moderer(*, temoignage: Temoignage, moderateur, etat: str, motif: str = ""):
    temoignage = Temoignage.objects.select_for_update().get(pk=temoignage.pk)
    return transition(
        temoignage,
        to=etat,
        table=MODERATION,
        auteur=moderateur,
        history=HistoriqueTemoignage,
        history_fields={"temoignage": temoignage},
        motif=motif,
        labels=EtatModeration,
    )


@transaction.atomic
def avis_deposer(*, auteur, avis: AvisPrestataire) -> AvisPrestataire:
    avis.auteur = auteur
    avis.etat = EtatModeration.SOUMIS
    avis.full_clean()
    avis.save()
    return avis


@transaction.atomic
def avis_moderer(*, avis: AvisPrestataire, etat: str) -> None:
    avis.etat = etat
    avis.save(update_fields=["etat"])
    prestataire = avis.prestataire
    stats = prestataire.avis.filter(etat=EtatModeration.PUBLIE).aggregate(
        moyenne=Avg("note"), nombre=Count("pk")
    )
    prestataire.note_moyenne = stats["moyenne"]
    prestataire.nombre_avis = stats["nombre"]
    prestataire.save(update_fields=["note_moyenne", "nombre_avis"])
