from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models

from croissance.fields import EurosField

from .enums import Activite, Categorie
from .validators import validate_siren, validate_siret


class Entreprise(models.Model):
    """A company establishment known by its SIRET, managed by one or more users."""

    siret = models.CharField("SIRET", max_length=14, unique=True, validators=[validate_siret])
    siren = models.CharField("SIREN", max_length=9, db_index=True, validators=[validate_siren])
    nom = models.CharField("nom", max_length=255)
    naf = models.ForeignKey(
        "referentiels.Naf",
        verbose_name="activité principale (NAF)",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        limit_choices_to={"niveau": "sous-classe"},
    )
    activite = models.CharField(
        "type d'activité", max_length=20, choices=Activite.choices, default=Activite.SERVICES
    )
    tranche_effectifs = models.ForeignKey(
        "referentiels.TrancheEffectifs",
        verbose_name="tranche d'effectifs",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
    )
    effectif = models.PositiveIntegerField("effectif (personnes)", null=True, blank=True)
    chiffre_affaires = EurosField(
        "chiffre d'affaires annuel (€)",
        max_digits=15,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    total_bilan = EurosField(
        "total du bilan (€)",
        max_digits=15,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    code_postal = models.CharField("code postal", max_length=5, blank=True)
    commune = models.ForeignKey(
        "referentiels.Commune", on_delete=models.PROTECT, null=True, blank=True
    )
    departement = models.ForeignKey(
        "referentiels.Departement", on_delete=models.PROTECT, null=True, blank=True
    )
    region = models.ForeignKey(
        "referentiels.Region",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="entreprises",
    )
    pure_player = models.BooleanField(
        "pure player du numérique",
        default=False,
        help_text="Entreprise dont l'activité est entièrement numérique.",
    )
    surface_vente_m2 = models.PositiveIntegerField("surface de vente (m²)", null=True, blank=True)
    date_creation = models.DateField("date de création", null=True, blank=True)
    categorie = models.CharField(
        "catégorie", max_length=5, choices=Categorie.choices, default=Categorie.MICRO
    )
    gestionnaires = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="Gestionnaire",
        related_name="entreprises",
        verbose_name="gestionnaires",
    )
    cree_le = models.DateTimeField("créée le", auto_now_add=True)
    modifie_le = models.DateTimeField("modifiée le", auto_now=True)

    class Meta:
        verbose_name = "entreprise"
        ordering = ["nom"]

    def __str__(self):
        return self.nom


class Gestionnaire(models.Model):
    """A user allowed to act for an entreprise."""

    entreprise = models.ForeignKey(Entreprise, on_delete=models.CASCADE)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    ajoute_le = models.DateTimeField("ajouté le", auto_now_add=True)

    class Meta:
        verbose_name = "gestionnaire"
        constraints = [
            models.UniqueConstraint(fields=["entreprise", "user"], name="gestionnaire_unique")
        ]

    def __str__(self):
        return f"{self.user} – {self.entreprise}"


class EtablissementSirene(models.Model):
    """One row of INSEE's StockEtablissement file, as imported (see importer_sirene)."""

    siret = models.CharField("SIRET", max_length=14, primary_key=True)
    siren = models.CharField("SIREN", max_length=9, db_index=True)
    denomination = models.CharField("dénomination ou enseigne", max_length=255, blank=True)
    naf = models.CharField("activité principale", max_length=6, blank=True)
    tranche_effectifs = models.CharField("tranche d'effectifs", max_length=2, blank=True)
    code_postal = models.CharField("code postal", max_length=5, blank=True)
    code_commune = models.CharField("code commune", max_length=5, blank=True)
    libelle_commune = models.CharField("commune", max_length=100, blank=True)
    date_creation = models.DateField("date de création", null=True, blank=True)
    actif = models.BooleanField("actif", default=True)
    diffusible = models.BooleanField("diffusion publique", default=True)
    siege = models.BooleanField("siège", default=False)

    class Meta:
        verbose_name = "établissement du répertoire SIRENE"
        verbose_name_plural = "répertoire SIRENE"

    def __str__(self):
        return f"{self.siret} {self.denomination}"
