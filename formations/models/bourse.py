"""The skills time bank: its rules, members, adverts, exchanges and ledger."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q

from croissance.workflow import Transition

from ..enums import (
    EtatEchange,
    ModaliteEchange,
    SensAnnonce,
    TypeMouvement,
)
from .catalogue import HEURES


class ReglesBourse(models.Model):
    """The time bank's settings, tuned by mission staff in the admin (a single row)."""

    heures_bienvenue = models.DecimalField(
        "heures de bienvenue offertes à chaque adhérent",
        **HEURES,
        default=Decimal("5"),
        validators=[MinValueValidator(Decimal("0"))],
    )
    solde_plancher = models.DecimalField(
        "solde plancher (heures)",
        **HEURES,
        default=Decimal("-5"),
        help_text="En dessous de ce solde, une entreprise ne peut plus formuler de demande.",
    )

    class Meta:
        verbose_name = "règles de la bourse de temps"
        verbose_name_plural = "règles de la bourse de temps"

    def __str__(self):
        return "Règles de la bourse de temps"


class MembreBourse(models.Model):
    """An SME that joined the time bank by accepting its charter."""

    entreprise = models.OneToOneField(
        "entreprises.Entreprise",
        verbose_name="entreprise",
        on_delete=models.PROTECT,
        related_name="membre_bourse",
    )
    charte_acceptee_le = models.DateTimeField("charte acceptée le")
    adhesion_par = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="adhésion signée par",
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )

    class Meta:
        verbose_name = "adhérent de la bourse de temps"
        verbose_name_plural = "adhérents de la bourse de temps"
        ordering = ["entreprise__nom"]

    def __str__(self):
        return str(self.entreprise)


class Annonce(models.Model):
    """An offer of an employee's skill, or a request for help, published by a member."""

    membre = models.ForeignKey(
        MembreBourse, verbose_name="adhérent", on_delete=models.PROTECT, related_name="annonces"
    )
    sens = models.CharField("type d'annonce", max_length=10, choices=SensAnnonce.choices)
    titre = models.CharField("intitulé", max_length=200)
    description = models.TextField("description")
    salarie = models.CharField(
        "salarié ou salariée qui partage sa compétence",
        max_length=200,
        blank=True,
        help_text="Pour une offre seulement.",
    )
    heures = models.DecimalField("heures", **HEURES, validators=[MinValueValidator(Decimal("0.5"))])
    modalite = models.CharField("modalité", max_length=10, choices=ModaliteEchange.choices)
    region = models.ForeignKey(
        "referentiels.Region", verbose_name="région", on_delete=models.PROTECT
    )
    active = models.BooleanField("visible dans la bourse", default=True)
    cree_le = models.DateTimeField("publiée le", auto_now_add=True)

    class Meta:
        verbose_name = "annonce de la bourse de temps"
        verbose_name_plural = "annonces de la bourse de temps"
        ordering = ["-cree_le", "-pk"]

    def __str__(self):
        return self.titre


class Echange(models.Model):
    """Hours given by one member (offreur) to another (receveur)."""

    annonce = models.ForeignKey(
        Annonce, verbose_name="annonce", on_delete=models.PROTECT, related_name="echanges"
    )
    offreur = models.ForeignKey(
        MembreBourse,
        verbose_name="entreprise qui donne",
        on_delete=models.PROTECT,
        related_name="echanges_donnes",
    )
    receveur = models.ForeignKey(
        MembreBourse,
        verbose_name="entreprise qui reçoit",
        on_delete=models.PROTECT,
        related_name="echanges_recus",
    )
    propose_par = models.ForeignKey(
        MembreBourse, verbose_name="proposé par", on_delete=models.PROTECT, related_name="+"
    )
    salarie = models.CharField("salarié ou salariée qui intervient", max_length=200)
    heures = models.DecimalField("heures", **HEURES, validators=[MinValueValidator(Decimal("0.5"))])
    message = models.TextField("message", blank=True)
    etat = models.CharField(
        "état", max_length=20, choices=EtatEchange.choices, default=EtatEchange.PROPOSE
    )
    confirme_offreur_le = models.DateTimeField("heures confirmées par qui donne le", null=True)
    confirme_receveur_le = models.DateTimeField("heures confirmées par qui reçoit le", null=True)
    cree_le = models.DateTimeField("proposé le", auto_now_add=True)

    class Meta:
        verbose_name = "échange"
        ordering = ["-cree_le", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(offreur=models.F("receveur")), name="echange_entre_deux_membres"
            ),
            models.CheckConstraint(condition=Q(heures__gt=0), name="echange_heures_positives"),
        ]

    def __str__(self):
        return f"{self.heures} h : {self.offreur} → {self.receveur}"


class HistoriqueEchange(Transition):
    echange = models.ForeignKey(Echange, on_delete=models.CASCADE, related_name="historique")
    etats = EtatEchange

    class Meta(Transition.Meta):
        verbose_name = "étape d'un échange"
        verbose_name_plural = "historique des échanges"


class Mouvement(models.Model):
    """One balanced ledger transaction: its entries always sum to zero.

    Welcome hours are issued from the bank's issuing account (entries with no member), so the
    sum of members' balances equals the hours issued. Never edited nor deleted: a correction
    is a new movement reversing the entries of the original one.
    """

    type = models.CharField("type", max_length=20, choices=TypeMouvement.choices)
    libelle = models.CharField("libellé", max_length=255)
    echange = models.OneToOneField(
        Echange,
        verbose_name="échange",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="mouvement",
    )
    corrige = models.OneToOneField(
        "self",
        verbose_name="mouvement corrigé",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="correction",
    )
    auteur = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="auteur",
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    date = models.DateTimeField("date", auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = "mouvement du grand livre"
        verbose_name_plural = "grand livre de la bourse de temps"
        ordering = ["date", "pk"]

    def __str__(self):
        return self.libelle

    def delete(self, *args, **kwargs):
        raise ValidationError("Un mouvement du grand livre ne se supprime pas : corrigez-le.")


class Ecriture(models.Model):
    """One line of a movement: positive credits the account, negative debits it."""

    mouvement = models.ForeignKey(
        Mouvement, verbose_name="mouvement", on_delete=models.PROTECT, related_name="ecritures"
    )
    membre = models.ForeignKey(
        MembreBourse,
        verbose_name="compte de l'adhérent",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="ecritures",
        help_text="Vide : compte d'émission de la bourse.",
    )
    heures = models.DecimalField("heures", **HEURES)
    salarie = models.CharField("salarié ou salariée", max_length=200, blank=True)

    class Meta:
        verbose_name = "écriture"
        ordering = ["mouvement__date", "pk"]
        constraints = [
            models.CheckConstraint(condition=~Q(heures=0), name="ecriture_non_nulle"),
        ]

    def __str__(self):
        return f"{self.heures} h – {self.membre or 'émission'}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValidationError("Une écriture ne se modifie pas : passez une correction.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValidationError("Une écriture ne se supprime pas : passez une correction.")


# Appel à manifestation d'intérêt -----------------------------------------------------------
