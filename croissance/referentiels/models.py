"""Official referentials (INSEE, NAF rév. 2) and the portal's digital themes.

Loaded by a data migration from the CSV copies in fixtures/referentiels/, editable in the admin.
"""

from django.core.exceptions import ValidationError
from django.db import models


class Zone(models.TextChoices):
    METRO = "metro", "Métropole"
    DROM = "drom", "Outre-mer (DROM)"
    COM = "com", "Collectivité d'outre-mer"


class Region(models.Model):
    code = models.CharField("code INSEE", max_length=3, primary_key=True)
    nom = models.CharField("nom", max_length=100)
    zone = models.CharField("zone", max_length=5, choices=Zone.choices)

    class Meta:
        verbose_name = "région"
        ordering = ["nom"]

    def __str__(self):
        return self.nom


class Departement(models.Model):
    code = models.CharField("code INSEE", max_length=3, primary_key=True)
    nom = models.CharField("nom", max_length=100)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="departements")
    zone = models.CharField("zone", max_length=5, choices=Zone.choices)

    class Meta:
        verbose_name = "département"
        ordering = ["code"]

    def __str__(self):
        return f"{self.nom} ({self.code})"


class Commune(models.Model):
    code = models.CharField("code INSEE", max_length=5, primary_key=True)
    nom = models.CharField("nom", max_length=100)
    departement = models.ForeignKey(Departement, on_delete=models.PROTECT, related_name="communes")

    class Meta:
        verbose_name = "commune"
        ordering = ["nom"]

    def __str__(self):
        return f"{self.nom} ({self.departement_id})"


class CodePostal(models.Model):
    """A postal code may cover several communes, and rarely several départements."""

    code = models.CharField("code postal", max_length=5, db_index=True)
    commune = models.ForeignKey(Commune, on_delete=models.CASCADE, related_name="codes_postaux")

    class Meta:
        verbose_name = "code postal"
        verbose_name_plural = "codes postaux"
        constraints = [
            models.UniqueConstraint(fields=["code", "commune"], name="code_postal_commune_unique")
        ]

    def __str__(self):
        return f"{self.code} {self.commune.nom}"


class NiveauNaf(models.TextChoices):
    SECTION = "section", "Section"
    DIVISION = "division", "Division"
    GROUPE = "groupe", "Groupe"
    CLASSE = "classe", "Classe"
    SOUS_CLASSE = "sous-classe", "Sous-classe"


class Naf(models.Model):
    """One node of the NAF rév. 2 tree; SIRENE writes sub-classes like 47.11Z."""

    code = models.CharField("code", max_length=6, primary_key=True)
    niveau = models.CharField("niveau", max_length=12, choices=NiveauNaf.choices)
    libelle = models.CharField("libellé", max_length=255)
    section = models.CharField("section", max_length=1, db_index=True)
    division = models.CharField("division", max_length=2, blank=True, db_index=True)

    class Meta:
        verbose_name = "code NAF"
        verbose_name_plural = "nomenclature NAF"
        ordering = ["code"]

    def __str__(self):
        return f"{self.code} – {self.libelle}"


class TrancheEffectifs(models.Model):
    code = models.CharField("code INSEE", max_length=2, primary_key=True)
    libelle = models.CharField("libellé", max_length=100)
    minimum = models.PositiveIntegerField("minimum", null=True, blank=True)
    maximum = models.PositiveIntegerField("maximum", null=True, blank=True)
    ordre = models.PositiveSmallIntegerField("ordre", default=0)

    class Meta:
        verbose_name = "tranche d'effectifs"
        verbose_name_plural = "tranches d'effectifs"
        ordering = ["ordre"]

    def __str__(self):
        return self.libelle


class Theme(models.Model):
    """A digital theme shared by the whole portal (diagnostic axes, connecteurs, aids…)."""

    slug = models.SlugField("identifiant", max_length=50, primary_key=True)
    nom = models.CharField("nom", max_length=100)
    description = models.TextField("description", blank=True)
    ordre = models.PositiveSmallIntegerField("ordre", default=0)
    # A power of two of its own: an offer's themes are then one integer (see masques.py).
    bit = models.BigIntegerField("bit", unique=True, editable=False)

    class Meta:
        verbose_name = "thème"
        ordering = ["ordre", "nom"]

    def __str__(self):
        return self.nom

    def save(self, *args, **kwargs):
        if not self.bit:
            self.bit = premier_bit_libre(Theme.objects.values_list("bit", flat=True))
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if not self.bit and Theme.objects.count() >= BITS_DISPONIBLES:
            raise ValidationError(
                f"Le portail compte déjà {BITS_DISPONIBLES} thèmes, le maximum : regroupez-en "
                "deux avant d'en créer un nouveau."
            )


BITS_DISPONIBLES = 62  # a signed 64-bit integer, sign bit left alone


def premier_bit_libre(pris) -> int:
    pris = set(pris)
    for rang in range(BITS_DISPONIBLES):
        if 1 << rang not in pris:
            return 1 << rang
    raise ValueError(f"Au plus {BITS_DISPONIBLES} thèmes.")
