"""Training catalogue: trainings, sessions, enrolments and their ratings."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

from croissance.fields import EurosField, TexteRicheField
from croissance.workflow import Transition

from ..enums import (
    EtatInscription,
    Modalite,
    NiveauFormation,
    Public,
    TypeEtablissement,
    TypeFormation,
    TypeLieu,
)

HEURES = {"max_digits": 7, "decimal_places": 2}


class Formation(models.Model):
    """A training for SME managers or staff, offered by a training provider."""

    organisme = models.ForeignKey(
        "connecteurs.Connecteur",
        verbose_name="organisme de formation",
        on_delete=models.PROTECT,
        related_name="formations",
        limit_choices_to={"type_acteur": "organisme_formation"},
    )
    type_etablissement = models.CharField(
        "type d'établissement", max_length=20, choices=TypeEtablissement.choices
    )
    titre = models.CharField("titre", max_length=200)
    type_formation = models.CharField(
        "type de formation", max_length=20, choices=TypeFormation.choices
    )
    public = models.CharField("public", max_length=20, choices=Public.choices)
    modalite = models.CharField("format", max_length=20, choices=Modalite.choices)
    type_lieu = models.CharField(
        "lieu d'immersion", max_length=20, choices=TypeLieu.choices, blank=True
    )
    lieu_immersion = models.CharField(
        "nom et ville du lieu d'immersion", max_length=200, blank=True
    )
    region = models.ForeignKey(
        "referentiels.Region",
        verbose_name="région",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="formations",
        help_text="Région du lieu de formation ; vide pour une formation entièrement à distance.",
    )
    themes = models.ManyToManyField("referentiels.Theme", verbose_name="thèmes", blank=True)
    # Its themes, one bit each (kept by referentiels.masques).
    themes_masque = models.BigIntegerField(default=0, editable=False)
    # Start of its latest session (kept by `dates_de_sessions`): "has an upcoming session" is
    # then read in the row, as the orientation engine ranks thousands of trainings.
    derniere_session = models.DateField(null=True, editable=False)
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
    publiee = models.BooleanField("publiée au catalogue", default=True, db_index=True)
    cree_le = models.DateTimeField("créée le", auto_now_add=True)
    modifiee_le = models.DateTimeField("modifiée le", auto_now=True)

    class Meta:
        verbose_name = "formation"
        ordering = ["titre", "pk"]
        indexes = [
            # the orientation engine's area: trainings at a distance, read by index
            models.Index(
                fields=["id"], condition=Q(modalite=Modalite.DISTANCE), name="formation_a_distance"
            ),
            # what the engine ranks published trainings on, read from the index alone on
            # PostgreSQL (a narrow copy instead of the table's descriptions and programmes)
            models.Index(
                fields=["id"],
                include=[
                    "themes_masque",
                    "region_id",
                    "modalite",
                    "organisme_id",
                    "titre",
                    "derniere_session",
                ],
                condition=Q(publiee=True),
                name="formation_orientation",
            ),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(prix__gte=0), name="formation_prix_positif"),
        ]

    def __str__(self):
        return self.titre

    def clean(self):
        if self.modalite != Modalite.DISTANCE and not self.region_id:
            raise ValidationError(
                {"region": "Indiquez la région d'une formation en présentiel ou hybride."}
            )
        if self.type_lieu and not self.lieu_immersion:
            raise ValidationError(
                {"lieu_immersion": "Indiquez le nom et la ville du lieu d'immersion."}
            )


class SessionFormation(models.Model):
    formation = models.ForeignKey(
        Formation, verbose_name="formation", on_delete=models.CASCADE, related_name="sessions"
    )
    date_debut = models.DateField("date de début")
    date_fin = models.DateField("date de fin")
    lieu = models.CharField("lieu", max_length=255, blank=True)
    lien = models.URLField("lien de connexion", blank=True)
    places = models.PositiveIntegerField("nombre de places", validators=[MinValueValidator(1)])

    class Meta:
        verbose_name = "session"
        ordering = ["date_debut", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(date_fin__gte=models.F("date_debut")), name="session_dates_ordonnees"
            ),
        ]

    def __str__(self):
        return f"{self.formation} – du {self.date_debut:%d/%m/%Y} au {self.date_fin:%d/%m/%Y}"

    def clean(self):
        if self.date_debut and self.date_fin and self.date_fin < self.date_debut:
            raise ValidationError({"date_fin": "La date de fin précède la date de début."})
        if not self.lieu and not self.lien:
            raise ValidationError({"lieu": "Indiquez un lieu ou un lien de connexion."})


class Inscription(models.Model):
    """A seat requested by an SME user for itself or an employee."""

    session = models.ForeignKey(
        SessionFormation,
        verbose_name="session",
        on_delete=models.PROTECT,
        related_name="inscriptions",
    )
    entreprise = models.ForeignKey(
        "entreprises.Entreprise",
        verbose_name="entreprise",
        on_delete=models.PROTECT,
        related_name="inscriptions_formation",
    )
    demandeur = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="demandeur",
        on_delete=models.PROTECT,
        related_name="inscriptions_formation",
    )
    participant_nom = models.CharField("nom du participant", max_length=200)
    participant_email = models.EmailField("adresse électronique du participant")
    etat = models.CharField(
        "état",
        max_length=20,
        choices=EtatInscription.choices,
        default=EtatInscription.DEMANDEE,
        db_index=True,
    )
    cree_le = models.DateTimeField("demandée le", auto_now_add=True)
    invitation_avis_le = models.DateTimeField(
        "invitation à noter envoyée le", null=True, blank=True
    )

    class Meta:
        verbose_name = "inscription"
        ordering = ["-cree_le", "-pk"]

    def __str__(self):
        return f"{self.participant_nom} – {self.session}"


class HistoriqueInscription(Transition):
    inscription = models.ForeignKey(
        Inscription, on_delete=models.CASCADE, related_name="historique"
    )
    etats = EtatInscription

    class Meta(Transition.Meta):
        verbose_name = "étape d'une inscription"
        verbose_name_plural = "historique des inscriptions"


class Avis(models.Model):
    """A participant's public rating of a session, one per confirmed enrolment."""

    inscription = models.OneToOneField(
        Inscription, verbose_name="inscription", on_delete=models.PROTECT, related_name="avis"
    )
    formation = models.ForeignKey(
        Formation, verbose_name="formation", on_delete=models.CASCADE, related_name="avis"
    )
    note = models.PositiveSmallIntegerField(
        "utilité pour la transition numérique de l'entreprise",
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    commentaire = models.TextField("commentaire", blank=True)
    auteur = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="auteur",
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    cree_le = models.DateTimeField("publié le", auto_now_add=True)
    reponse = models.TextField("réponse de l'organisme", blank=True)
    reponse_le = models.DateTimeField("réponse publiée le", null=True, blank=True)

    class Meta:
        verbose_name = "avis"
        verbose_name_plural = "avis"
        ordering = ["-cree_le", "-pk"]
        constraints = [
            models.CheckConstraint(condition=Q(note__gte=1, note__lte=5), name="avis_note_1_a_5"),
        ]

    def __str__(self):
        return f"{self.note}/5 – {self.formation}"


# Bourse de temps ---------------------------------------------------------------------------
