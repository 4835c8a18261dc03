"""A structure as an organisation: its SIRET's history, the requests to join it and the
arrivals, departures and handovers of its members (who, when, why)."""

from django.conf import settings
from django.db import models

from .enums import EtatAdhesion, TypeMouvement


class HistoriqueSiret(models.Model):
    """One change of a structure's SIRET, from its space or from the admin. Never edited."""

    connecteur = models.ForeignKey(
        "connecteurs.Connecteur",
        on_delete=models.CASCADE,
        related_name="historique_siret",
        verbose_name="structure",
    )
    auteur = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="modifié par",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    date = models.DateTimeField("date", auto_now_add=True, db_index=True)
    ancien = models.CharField("ancien SIRET", max_length=14, blank=True)
    nouveau = models.CharField("nouveau SIRET", max_length=14, blank=True)
    motif = models.TextField("motif", blank=True)

    class Meta:
        app_label = "connecteurs"
        verbose_name = "changement de SIRET"
        verbose_name_plural = "historique des SIRET"
        ordering = ["date", "pk"]

    def __str__(self):
        return f"{self.ancien or '∅'} → {self.nouveau or '∅'}"


class DemandeAdhesion(models.Model):
    """A connecteur account asks to join an existing structure; its referent decides."""

    demandeur = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="demandes_adhesion",
        verbose_name="demandeur",
    )
    connecteur = models.ForeignKey(
        "connecteurs.Connecteur",
        on_delete=models.CASCADE,
        related_name="demandes_adhesion",
        verbose_name="structure",
    )
    etat = models.CharField(
        "état",
        max_length=12,
        choices=EtatAdhesion.choices,
        default=EtatAdhesion.EN_ATTENTE,
        db_index=True,
    )
    message = models.TextField("message", blank=True)
    cree_le = models.DateTimeField("demandée le", auto_now_add=True)
    decidee_par = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="décidée par",
    )
    decidee_le = models.DateTimeField("décidée le", null=True, blank=True)
    motif = models.TextField("motif", blank=True)

    class Meta:
        app_label = "connecteurs"
        verbose_name = "demande d'adhésion"
        verbose_name_plural = "demandes d'adhésion"
        ordering = ["-cree_le", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["demandeur", "connecteur"],
                condition=models.Q(etat=EtatAdhesion.EN_ATTENTE),
                name="adhesion_en_attente_unique",
            )
        ]

    def __str__(self):
        return f"{self.demandeur} → {self.connecteur} ({self.get_etat_display()})"


class MouvementMembre(models.Model):
    """An arrival, a departure or a handover of the referent role. Never edited."""

    connecteur = models.ForeignKey(
        "connecteurs.Connecteur",
        on_delete=models.CASCADE,
        related_name="mouvements",
        verbose_name="structure",
    )
    membre = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name="membre",
    )
    nature = models.CharField("nature", max_length=12, choices=TypeMouvement.choices)
    auteur = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="auteur",
    )
    date = models.DateTimeField("date", auto_now_add=True, db_index=True)
    motif = models.TextField("motif", blank=True)

    class Meta:
        app_label = "connecteurs"
        verbose_name = "mouvement d'un membre"
        verbose_name_plural = "arrivées, départs et passations"
        ordering = ["-date", "-pk"]

    def __str__(self):
        return f"{self.get_nature_display()} : {self.membre}"
