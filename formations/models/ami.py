"""The call for training offers (AMI) and the providers' proposals."""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models

from croissance.fields import EurosField, TexteRicheField
from croissance.workflow import Transition

from ..enums import (
    EtatProposition,
    Modalite,
    NiveauFormation,
    Public,
    TypeEtablissement,
    TypeFormation,
    TypeLieu,
)
from .catalogue import Formation


class AppelFormations(models.Model):
    """A call for training offers published by the mission."""

    titre = models.CharField("titre", max_length=200)
    description = models.TextField("présentation")
    criteres = models.TextField("critères d'évaluation")
    date_limite = models.DateTimeField("date limite de réponse")
    publie = models.BooleanField("publié", default=False)
    cree_le = models.DateTimeField("créé le", auto_now_add=True)

    class Meta:
        verbose_name = "appel à manifestation d'intérêt"
        verbose_name_plural = "appels à manifestation d'intérêt"
        ordering = ["-date_limite", "pk"]

    def __str__(self):
        return self.titre


class Proposition(models.Model):
    """A provider's answer to a call: once accepted, it becomes a published training."""

    appel = models.ForeignKey(
        AppelFormations,
        verbose_name="appel",
        on_delete=models.PROTECT,
        related_name="propositions",
    )
    organisme = models.ForeignKey(
        "connecteurs.Connecteur",
        verbose_name="organisme",
        on_delete=models.PROTECT,
        related_name="propositions_formation",
    )
    deposee_par = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="déposée par",
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    type_etablissement = models.CharField(
        "type d'établissement", max_length=20, choices=TypeEtablissement.choices
    )
    titre = models.CharField("titre de la formation", max_length=200)
    type_formation = models.CharField(
        "type de formation", max_length=20, choices=TypeFormation.choices
    )
    public = models.CharField("public", max_length=20, choices=Public.choices)
    modalite = models.CharField("format", max_length=20, choices=Modalite.choices)
    type_lieu = models.CharField(
        "lieu d'immersion", max_length=20, choices=TypeLieu.choices, blank=True
    )
    lieux_immersion = models.CharField("lieux d'immersion", max_length=255, blank=True)
    regions = models.ManyToManyField("referentiels.Region", verbose_name="régions", blank=True)
    themes = models.ManyToManyField("referentiels.Theme", verbose_name="thèmes", blank=True)
    niveau = models.CharField("niveau", max_length=20, choices=NiveauFormation.choices)
    duree_heures = models.PositiveIntegerField("durée (heures)", validators=[MinValueValidator(1)])
    prix = EurosField(
        "prix par participant (€ HT)",
        max_digits=9,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0"))],
    )
    finance_opco = models.BooleanField("finançable par l'OPCO", default=False)
    eligible_cpf = models.BooleanField("éligible au CPF", default=False)
    description = TexteRicheField("description")
    programme = TexteRicheField("programme")
    etat = models.CharField(
        "état",
        max_length=20,
        choices=EtatProposition.choices,
        default=EtatProposition.DEPOSEE,
        db_index=True,
    )
    formation = models.OneToOneField(
        Formation,
        verbose_name="formation publiée",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="proposition",
    )
    deposee_le = models.DateTimeField("déposée le", auto_now_add=True)

    class Meta:
        verbose_name = "proposition de formation"
        verbose_name_plural = "propositions de formation"
        ordering = ["-deposee_le", "-pk"]

    def __str__(self):
        return self.titre


class HistoriqueProposition(Transition):
    proposition = models.ForeignKey(
        Proposition, on_delete=models.CASCADE, related_name="historique"
    )
    etats = EtatProposition

    class Meta(Transition.Meta):
        verbose_name = "étape d'une proposition"
        verbose_name_plural = "historique des propositions"
