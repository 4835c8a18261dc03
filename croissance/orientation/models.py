from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from croissance.fields import EurosField


class ReglageOrientation(models.Model):
    """Weights and thresholds of one kind of recommendation, tuned by mission staff."""

    type = models.SlugField("type de recommandation", max_length=30, unique=True)
    libelle = models.CharField("libellé", max_length=100)
    actif = models.BooleanField("affiché", default=True)
    ordre = models.PositiveSmallIntegerField("ordre d'affichage", default=0)
    nombre = models.PositiveSmallIntegerField(
        "nombre maximum affiché",
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(20)],
    )
    poids_besoin = models.PositiveSmallIntegerField(
        "points si le thème répond à un besoin déclaré", default=40
    )
    poids_axe_faible = models.PositiveSmallIntegerField(
        "points si le thème est un axe faible du diagnostic", default=30
    )
    poids_proximite = models.PositiveSmallIntegerField(
        "points si l'offre est locale (région ou département)", default=15
    )
    poids_note = models.PositiveSmallIntegerField("points par étoile de note moyenne", default=4)
    seuil_axe_faible = models.PositiveSmallIntegerField(
        "score sous lequel un axe est faible (sur 100)",
        default=50,
        validators=[MaxValueValidator(100)],
    )
    niveau_sensibilisation = models.PositiveSmallIntegerField(
        "niveau de maturité jusqu'auquel on sensibilise d'abord",
        default=2,
        validators=[MaxValueValidator(4)],
        help_text=(
            "Connecteurs : jusqu'à ce niveau (sur 4) ou sans diagnostic, les signataires de la "
            "charte passent avant les labellisés ; au-delà, les labellisés passent d'abord."
        ),
    )
    poids_niveau_adapte = models.PositiveSmallIntegerField(
        "points si le niveau de l'offre convient à la maturité",
        default=200,
        help_text=(
            "Connecteurs : signataire pour sensibiliser, labellisé pour un projet. Au-dessus "
            "de la somme des autres points, ce niveau passe toujours en premier."
        ),
    )
    montant_projet_ht = EurosField(
        "montant HT du projet type",
        max_digits=10,
        decimal_places=2,
        default=Decimal("10000"),
        validators=[MinValueValidator(Decimal("1"))],
        help_text=(
            "Aides : le simulateur calcule l'aide recommandée pour un projet de ce montant ; "
            "la PME simule ensuite son propre projet."
        ),
    )
    max_par_groupe = models.PositiveSmallIntegerField(
        "au plus N recommandations d'une même structure",
        default=1,
        validators=[MinValueValidator(1)],
    )

    class Meta:
        verbose_name = "réglage d'orientation"
        verbose_name_plural = "réglages d'orientation"
        ordering = ["ordre", "type"]

    def __str__(self):
        return self.libelle
