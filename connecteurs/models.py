from django.conf import settings
from django.db import models

from croissance.entreprises.validators import validate_siret

from .enums import Niveau, TypeActeur


class Connecteur(models.Model):
    """A structure of the adviser network (tier 1 signataire or tier 2 labellisé)."""

    nom = models.CharField("nom de la structure", max_length=255)
    type_acteur = models.CharField("type d'acteur", max_length=30, choices=TypeActeur.choices)
    siret = models.CharField("SIRET", max_length=14, blank=True, validators=[validate_siret])
    presentation = models.TextField("présentation", blank=True)
    email_contact = models.EmailField("adresse de contact", blank=True)
    telephone = models.CharField("téléphone", max_length=20, blank=True)
    site_web = models.URLField("site internet", blank=True)
    national = models.BooleanField("intervient dans toute la France", default=False)
    regions = models.ManyToManyField(
        "referentiels.Region", verbose_name="régions", blank=True, related_name="connecteurs"
    )
    departements = models.ManyToManyField(
        "referentiels.Departement", verbose_name="départements", blank=True
    )
    themes = models.ManyToManyField("referentiels.Theme", verbose_name="thèmes", blank=True)
    niveau = models.CharField(
        "niveau", max_length=12, choices=Niveau.choices, default=Niveau.SIGNATAIRE, db_index=True
    )
    membres = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="Membre", related_name="connecteurs"
    )
    cree_le = models.DateTimeField("créé le", auto_now_add=True)

    class Meta:
        verbose_name = "connecteur"
        ordering = ["nom"]

    def __str__(self):
        return self.nom

    @property
    def est_labellise(self) -> bool:
        return self.niveau == Niveau.LABELLISE


class Membre(models.Model):
    """A user acting for a connecteur structure."""

    connecteur = models.ForeignKey(Connecteur, on_delete=models.CASCADE)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    ajoute_le = models.DateTimeField("ajouté le", auto_now_add=True)

    class Meta:
        verbose_name = "membre"
        constraints = [models.UniqueConstraint(fields=["connecteur", "user"], name="membre_unique")]

    def __str__(self):
        return f"{self.user} – {self.connecteur}"
