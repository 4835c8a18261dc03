from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from croissance.fields import EurosField, TexteRicheField
from croissance.workflow import Transition

from .enums import EtatModeration, Niveau, TypeRessource


class Ressource(models.Model):
    """A guide, MOOC, video, tool or price reference, tagged with whom it suits."""

    type = models.CharField("type", max_length=10, choices=TypeRessource.choices)
    titre = models.CharField("titre", max_length=200)
    resume = models.CharField("résumé", max_length=300)
    contenu = TexteRicheField(
        "contenu", blank=True, help_text="Texte enrichi, nettoyé à l'enregistrement."
    )
    lien = models.URLField("lien externe", blank=True)
    themes = models.ManyToManyField(
        "referentiels.Theme", verbose_name="thèmes", related_name="ressources"
    )
    # Its themes, one bit each (kept by referentiels.masques).
    themes_masque = models.BigIntegerField(default=0, editable=False)
    niveau_min = models.PositiveSmallIntegerField(
        "niveau minimum", choices=Niveau.choices, default=Niveau.PREMIERS_PAS
    )
    niveau_max = models.PositiveSmallIntegerField(
        "niveau maximum", choices=Niveau.choices, default=Niveau.MOTEUR
    )
    sections_naf = models.CharField(
        "sections NAF visées",
        max_length=50,
        blank=True,
        help_text="Lettres des sections, ex. « G I » ; vide : tous les secteurs.",
    )
    categories = models.CharField(
        "tailles d'entreprise visées",
        max_length=50,
        blank=True,
        help_text="Parmi micro, pme, eti, ge, séparées par des espaces ; vide : toutes.",
    )
    prix_min = EurosField("prix bas (€ HT)", max_digits=10, decimal_places=2, null=True, blank=True)
    prix_max = EurosField(
        "prix haut (€ HT)", max_digits=10, decimal_places=2, null=True, blank=True
    )
    facteurs_prix = models.TextField("ce qui fait varier le prix", blank=True)
    publie = models.BooleanField("publiée", default=True)
    mis_a_jour_le = models.DateField("mise à jour le", auto_now=True)

    class Meta:
        verbose_name = "ressource"
        ordering = ["titre"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(niveau_min__lte=models.F("niveau_max")),
                name="ressource_niveaux_ordonnes",
            ),
        ]

    def __str__(self):
        return self.titre

    def convient(self, *, niveau: int | None, section: str | None, categorie: str | None) -> bool:
        if niveau is not None and not self.niveau_min <= niveau <= self.niveau_max:
            return False
        if section and self.sections_naf and section not in self.sections_naf.split():
            return False
        return not (categorie and self.categories and categorie not in self.categories.split())


class Temoignage(models.Model):
    """An SME tells its peers what it did, with what help, cost and result."""

    entreprise = models.ForeignKey(
        "entreprises.Entreprise", on_delete=models.CASCADE, related_name="temoignages"
    )
    auteur = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    titre = models.CharField("titre", max_length=200)
    realisation = models.TextField("ce que nous avons fait")
    accompagnement = models.TextField("avec quelle aide", blank=True)
    cout = EurosField(
        "coût (€ HT)",
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    resultat = models.TextField("résultat")
    themes = models.ManyToManyField(
        "referentiels.Theme", verbose_name="thèmes", related_name="temoignages"
    )
    # Its themes, one bit each (kept by referentiels.masques).
    themes_masque = models.BigIntegerField(default=0, editable=False)
    etat = models.CharField(
        "état",
        max_length=10,
        choices=EtatModeration.choices,
        default=EtatModeration.SOUMIS,
        db_index=True,
    )
    cree_le = models.DateTimeField("proposé le", auto_now_add=True)

    class Meta:
        verbose_name = "témoignage"
        ordering = ["-cree_le"]

    def __str__(self):
        return self.titre


class HistoriqueTemoignage(Transition):
    etats = EtatModeration
    temoignage = models.ForeignKey(Temoignage, on_delete=models.CASCADE, related_name="historique")

    class Meta(Transition.Meta):
        verbose_name = "étape de modération"


class Prestataire(models.Model):
    """A digital service provider referenced by the mission (startups included)."""

    nom = models.CharField("nom", max_length=200)
    siret = models.CharField("SIRET", max_length=14, blank=True)
    french_tech = models.BooleanField("startup French Tech", default=False)
    presentation = models.TextField("présentation")
    offres = models.TextField(
        "offres", help_text="Une offre par ligne : intitulé — prix indicatif."
    )
    site_web = models.URLField("site internet", blank=True)
    national = models.BooleanField("intervient dans toute la France", default=False)
    regions = models.ManyToManyField("referentiels.Region", verbose_name="régions", blank=True)
    themes = models.ManyToManyField(
        "referentiels.Theme", verbose_name="thèmes", related_name="prestataires"
    )
    # Its themes, one bit each (kept by referentiels.masques).
    themes_masque = models.BigIntegerField(default=0, editable=False)
    publie = models.BooleanField("référencé", default=True)
    note_moyenne = models.DecimalField(
        "note moyenne", max_digits=3, decimal_places=2, null=True, blank=True, editable=False
    )
    nombre_avis = models.PositiveIntegerField("nombre d'avis publiés", default=0, editable=False)

    class Meta:
        verbose_name = "prestataire référencé"
        verbose_name_plural = "prestataires référencés"
        ordering = ["nom"]

    def __str__(self):
        return self.nom


class AvisPrestataire(models.Model):
    prestataire = models.ForeignKey(Prestataire, on_delete=models.CASCADE, related_name="avis")
    entreprise = models.ForeignKey("entreprises.Entreprise", on_delete=models.CASCADE)
    auteur = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    # Only a firm that used the provider rates it: it says what was done and when, which the
    # moderators check before publishing (as a request to a connecteur does for its ratings).
    prestation = models.CharField(
        "prestation réalisée pour votre entreprise",
        max_length=200,
        help_text="Par exemple : création de notre boutique en ligne.",
    )
    realisee_le = models.DateField(
        "date de la prestation",
        null=True,
        help_text="Fin de la prestation, même approximative (les avis montrent le mois).",
    )
    note = models.PositiveSmallIntegerField(
        "note", validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    commentaire = models.TextField("commentaire", blank=True)
    etat = models.CharField(
        "état", max_length=10, choices=EtatModeration.choices, default=EtatModeration.SOUMIS
    )
    cree_le = models.DateTimeField("déposé le", auto_now_add=True)

    class Meta:
        verbose_name = "avis sur un prestataire"
        verbose_name_plural = "avis sur les prestataires"
        constraints = [
            models.UniqueConstraint(
                fields=["prestataire", "entreprise"], name="un_avis_par_entreprise"
            ),
        ]

    def __str__(self):
        return f"{self.note}/5 — {self.prestataire}"

    def clean(self):
        if self.realisee_le and self.realisee_le > timezone.localdate():
            raise ValidationError(
                {"realisee_le": "La prestation doit avoir eu lieu : la date est dans le futur."}
            )
