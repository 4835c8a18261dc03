from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Avg, Count

from croissance.emails import send_templated_email
from croissance.workflow import transition

from .enums import MODERATION, EtatModeration
from .models import AvisPrestataire, HistoriqueTemoignage, Ressource, Temoignage


def ressource_enregistrer(*, ressource: Ressource) -> Ressource:
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


def _motif_de_refus(etat: str, motif: str) -> None:
    if etat == EtatModeration.REFUSE and not motif.strip():
        raise ValidationError({"motif": "Dites à l'auteur pourquoi sa contribution est refusée."})


def _annoncer_refus(auteur, *, quoi: str, titre: str, motif: str) -> None:
    """The author learns the refusal and its reason (sent when the decision is committed)."""
    if auteur is None or not auteur.email:
        return
    send_templated_email(
        to=auteur.email,
        template="ressources/emails/refus",
        context={"auteur": auteur, "quoi": quoi, "titre": titre, "motif": motif.strip()},
    )


@transaction.atomic
def temoignage_moderer(*, temoignage: Temoignage, moderateur, etat: str, motif: str = ""):
    """Publish or refuse a testimonial; a refusal gives its reason, sent to the author."""
    _motif_de_refus(etat, motif)
    temoignage = Temoignage.objects.select_for_update().get(pk=temoignage.pk)
    if etat == EtatModeration.REFUSE:
        _annoncer_refus(
            temoignage.auteur, quoi="votre témoignage", titre=temoignage.titre, motif=motif
        )
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
def avis_moderer(*, avis: AvisPrestataire, etat: str, motif: str = "") -> None:
    """Publish or refuse a review of a provider; a refusal gives its reason to the author."""
    _motif_de_refus(etat, motif)
    if etat == EtatModeration.REFUSE:
        _annoncer_refus(
            avis.auteur, quoi="votre avis sur", titre=str(avis.prestataire), motif=motif
        )
    avis.etat = etat
    avis.save(update_fields=["etat"])
    prestataire = avis.prestataire
    stats = prestataire.avis.filter(etat=EtatModeration.PUBLIE).aggregate(
        moyenne=Avg("note"), nombre=Count("pk")
    )
    prestataire.note_moyenne = stats["moyenne"]
    prestataire.nombre_avis = stats["nombre"]
    prestataire.save(update_fields=["note_moyenne", "nombre_avis"])
