"""Four eyes on money: the person who accepted an aid file does not also record its
payment, unless the mission allows it for the file's region (a region with too few
instructeurs), with who, when and why."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from .enums import EtatDossier


class DerogationQuatreYeux(models.Model):
    """A region where the person who accepted a file may also record its payment."""

    region = models.OneToOneField(
        "referentiels.Region",
        verbose_name="région",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="derogation_quatre_yeux",
    )
    motif = models.TextField(
        "motif",
        help_text="Pourquoi la région ne peut pas confier le versement à une autre "
        "personne (par exemple : un seul instructeur).",
    )
    accordee_par = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="accordée par",
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        editable=False,
    )
    accordee_le = models.DateTimeField("accordée le", default=timezone.now, editable=False)

    class Meta:
        app_label = "aides"
        verbose_name = "dérogation aux quatre yeux"
        verbose_name_plural = "dérogations aux quatre yeux"

    def __str__(self):
        return f"Versement par la personne qui a accepté : {self.region}"


QUATRE_YEUX = (
    "Quatre yeux : vous avez accepté ce dossier, une autre personne de la région enregistre "
    "son versement (la mission peut accorder une dérogation à une région)."
)


def raison_quatre_yeux(dossier, user) -> str:
    """Why `user` may not record the payment of this accepted file, "" when they may."""
    acceptation = (
        dossier.historique.filter(etat_apres=EtatDossier.ACCEPTE).order_by("-date").first()
    )
    if acceptation is None or acceptation.auteur_id != user.pk:
        return ""
    if DerogationQuatreYeux.objects.filter(region_id=dossier.region_id).exists():
        return ""
    return QUATRE_YEUX


def verifier_versement(dossier, user) -> None:
    """Refuse, in French, the payment recorded by the person who accepted the file."""
    if raison_quatre_yeux(dossier, user):
        raise ValidationError(QUATRE_YEUX)
