from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

NATIONAL = "national"


class ReferenceUE(models.Model):
    """The EU-average reference the headline indicator is compared with."""

    libelle = models.CharField(
        "indicateur",
        max_length=200,
        default="PME de l'UE vendant en ligne (part des PME)",
    )
    valeur = models.DecimalField(
        "valeur de référence (%)",
        max_digits=5,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("100"))],
    )
    source = models.CharField("source", max_length=255)
    annee = models.PositiveSmallIntegerField("année de la donnée")
    modifiee_le = models.DateTimeField("modifiée le", auto_now=True)

    class Meta:
        verbose_name = "référence européenne"
        verbose_name_plural = "références européennes"
        ordering = ["-annee", "-pk"]

    def __str__(self):
        return f"{self.libelle} : {self.valeur} % ({self.source}, {self.annee})"

    @classmethod
    def courante(cls) -> "ReferenceUE | None":
        return cls.objects.first()


class Instantane(models.Model):
    """Indicators computed once (nightly or on demand) for one perimeter."""

    perimetre = models.CharField(
        "périmètre", max_length=10, db_index=True, help_text="« national » ou code de région"
    )
    donnees = models.JSONField("indicateurs", default=list)
    calcule_le = models.DateTimeField("calculé le", db_index=True)
    calcule_par = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="demandé par",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = "instantané des indicateurs"
        verbose_name_plural = "instantanés des indicateurs"
        ordering = ["-calcule_le", "-pk"]
        indexes = [models.Index(fields=["perimetre", "-calcule_le"], name="instantane_recent")]

    def __str__(self):
        return f"{self.perimetre} – {timezone.localtime(self.calcule_le):%d/%m/%Y %H:%M}"
