from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from croissance.archivage import Archivable
from croissance.maturite import NiveauMaturite
from croissance.workflow import Transition

from .enums import EtatCandidature


class ReglageLabel(models.Model):
    """The label's criteria and yearly target, set by the mission (one row)."""

    niveau_minimum = models.PositiveSmallIntegerField(
        "niveau de maturité minimum",
        choices=NiveauMaturite.choices,
        default=NiveauMaturite.BIEN_CONNECTE,
        validators=[MinValueValidator(1), MaxValueValidator(4)],
    )
    commerce_connecte_requis = models.BooleanField(
        "éléments de commerce connecté exigés", default=True
    )
    charte_requise = models.BooleanField("charte des PME signée exigée", default=True)
    annee_lancement = models.PositiveSmallIntegerField("année de lancement", default=2026)
    objectif_premiere_annee = models.PositiveIntegerField(
        "objectif de la première année", default=500
    )
    texte_charte = models.TextField(
        "charte des PME #CroissanceConnectée",
        default=(
            "Nous utilisons le numérique pour développer nos ventes en France ou à l'étranger.\n"
            "Nous protégeons les données de nos clients et de nos salariés.\n"
            "Nous formons nos équipes au numérique et partageons notre expérience avec "
            "d'autres PME."
        ),
    )

    class Meta:
        verbose_name = "réglage du label"
        verbose_name_plural = "réglages du label"

    def __str__(self):
        return "Critères et objectifs du label"

    @classmethod
    def current(cls) -> "ReglageLabel":
        return cls.objects.first() or cls()

    def objectif(self, annee: int) -> int:
        """500 the first year, doubling each year."""
        return self.objectif_premiere_annee * 2 ** max(0, annee - self.annee_lancement)


class SignatureCharte(models.Model):
    entreprise = models.OneToOneField(
        "entreprises.Entreprise", on_delete=models.CASCADE, related_name="charte_pme"
    )
    signataire = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    signee_le = models.DateTimeField("signée le", auto_now_add=True)

    class Meta:
        verbose_name = "signature de la charte des PME"
        verbose_name_plural = "signatures de la charte des PME"

    def __str__(self):
        return f"{self.entreprise} ({timezone.localtime(self.signee_le):%d/%m/%Y})"


class CandidatureLabel(Archivable):
    entreprise = models.ForeignKey(
        "entreprises.Entreprise", on_delete=models.CASCADE, related_name="candidatures_label"
    )
    etat = models.CharField(
        "état",
        max_length=10,
        choices=EtatCandidature.choices,
        default=EtatCandidature.DEPOSEE,
        db_index=True,
    )
    presentation = models.TextField(
        "ce que l'entreprise a mis en place",
        help_text="Affiché sur la vitrine publique de l'entreprise une fois le label accordé.",
    )
    deposee_le = models.DateTimeField("déposée le", auto_now_add=True)
    accorde_le = models.DateTimeField("label accordé le", null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = "candidature au label"
        verbose_name_plural = "candidatures au label"
        ordering = ["-deposee_le"]
        constraints = [
            models.UniqueConstraint(
                fields=["entreprise"],
                condition=models.Q(etat__in=["deposee", "accorde"]),
                name="une_candidature_active_par_entreprise",
            )
        ]

    def __str__(self):
        return f"{self.entreprise} — {self.get_etat_display()}"


class HistoriqueCandidature(Transition):
    etats = EtatCandidature
    candidature = models.ForeignKey(
        CandidatureLabel, on_delete=models.CASCADE, related_name="historique"
    )

    class Meta(Transition.Meta):
        verbose_name = "étape de la candidature"
