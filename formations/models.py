"""Training catalogue, enrolments and ratings; the skills time bank and its ledger; the call
for training offers (AMI)."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

from croissance.fields import EurosField
from croissance.workflow import Transition

from .enums import (
    EtatEchange,
    EtatInscription,
    EtatProposition,
    Modalite,
    ModaliteEchange,
    NiveauFormation,
    Public,
    SensAnnonce,
    TypeEtablissement,
    TypeFormation,
    TypeLieu,
    TypeMouvement,
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
    description = models.TextField("description")
    programme = models.TextField("programme")
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
    description = models.TextField("description")
    programme = models.TextField("programme")
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
