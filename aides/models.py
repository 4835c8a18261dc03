from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q

from croissance.archivage import Archivable
from croissance.entreprises.enums import Activite
from croissance.fields import EurosField
from croissance.uploads import validate_document
from croissance.workflow import Transition

from .eligibility import de_nature
from .enums import (
    NATURES_NON_REMBOURSABLES,
    Cumul,
    EtatDossier,
    NatureAide,
    NatureDocument,
    TypeDepense,
    TypeFinanceur,
)
from .fields import ChoixMultiplesField

POSITIF = [MinValueValidator(Decimal("0.01"))]
POURCENTAGE = [MinValueValidator(Decimal("0.01")), MaxValueValidator(Decimal("100"))]


def _euros(verbose_name, **kwargs):
    return EurosField(verbose_name, max_digits=12, decimal_places=2, validators=POSITIF, **kwargs)


class Aide(models.Model):
    """A referenced aid and its eligibility rules, kept as data the mission and regions edit."""

    titre = models.CharField("titre", max_length=200)
    financeur_type = models.CharField(
        "type de financeur", max_length=20, choices=TypeFinanceur.choices
    )
    financeur = models.CharField("financeur", max_length=200)
    description = models.TextField("description")
    # Published by an explicit action (aides.publication), never by the first save.
    publiee = models.BooleanField("publiée", default=False, db_index=True)
    publication_le = models.DateTimeField(
        "publiée ou dépubliée le", null=True, blank=True, editable=False
    )
    publication_par = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="publiée ou dépubliée par",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )

    # Scope
    nationale = models.BooleanField("ouverte dans toute la France", default=False)
    regions = models.ManyToManyField(
        "referentiels.Region", verbose_name="régions", blank=True, related_name="aides"
    )
    departements = models.ManyToManyField(
        "referentiels.Departement",
        verbose_name="départements",
        blank=True,
        related_name="aides",
        help_text="À remplir seulement si l'aide ne couvre qu'une partie d'une région.",
    )
    types_depense = ChoixMultiplesField(
        "dépenses éligibles", choix=TypeDepense.choices, blank=False
    )
    date_ouverture = models.DateField("ouverture", null=True, blank=True)
    date_cloture = models.DateField("clôture", null=True, blank=True)

    # Envelope
    enveloppe_montant = _euros("enveloppe (€)", null=True, blank=True)
    enveloppe_beneficiaires = models.PositiveIntegerField(
        "nombre maximal de bénéficiaires", null=True, blank=True
    )
    montant_engage = EurosField(
        "montant engagé (€)", max_digits=12, decimal_places=2, default=Decimal("0")
    )
    beneficiaires_engages = models.PositiveIntegerField("bénéficiaires engagés", default=0)

    # Contact
    contact_nom = models.CharField("contact", max_length=200, blank=True)
    contact_email = models.EmailField("adresse de contact", blank=True)
    contact_telephone = models.CharField("téléphone", max_length=20, blank=True)
    site_web = models.URLField("page officielle", blank=True)

    # Eligibility rules
    nature = models.CharField(
        "nature de l'aide",
        max_length=20,
        choices=NatureAide.choices,
        default=NatureAide.SUBVENTION,
        help_text="Seules les subventions et les prises en charge s'additionnent dans une "
        "combinaison d'aides : un prêt ou une avance se rembourse.",
    )
    taux = models.DecimalField(
        "taux (%)",
        max_digits=5,
        decimal_places=2,
        validators=POURCENTAGE,
        help_text="Part de la dépense retenue que l'aide subventionne, prête, avance, garantit "
        "ou prend en charge.",
    )
    intensite_max = models.DecimalField(
        "intensité maximale des aides publiques (%)",
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=POURCENTAGE,
        help_text="Part de la dépense éligible que les subventions et prises en charge cumulées "
        "avec cette aide ne peuvent dépasser. Vide : le plafond national (100 % au plus).",
    )
    investissement_min = _euros("investissement minimal (€ HT)", null=True, blank=True)
    investissement_max = _euros("investissement maximal retenu (€ HT)", null=True, blank=True)
    plafond = _euros("plafond de l'aide (€)", null=True, blank=True)
    effectif_max = models.PositiveIntegerField(
        "effectif maximal", null=True, blank=True, help_text="Strictement inférieur à ce nombre."
    )
    naf_eligibles = models.CharField(
        "sections ou divisions NAF éligibles",
        max_length=255,
        blank=True,
        help_text="Séparées par des virgules, par ex. « G, 10, 47 ». Vide : toutes.",
    )
    naf_exclues = models.CharField(
        "sections ou divisions NAF exclues",
        max_length=255,
        blank=True,
        help_text="Séparées par des virgules, par ex. « K, 64 ».",
    )
    exclut_pure_players = models.BooleanField("pure players du numérique exclus", default=True)
    surface_vente_max = models.PositiveIntegerField(
        "surface de vente maximale (m²)",
        null=True,
        blank=True,
        help_text="Strictement inférieure à ce nombre.",
    )
    activites = ChoixMultiplesField(
        "types d'activité exigés",
        choix=Activite.choices,
        help_text="Aucune case cochée : toutes les activités.",
    )
    connecteur_labellise_requis = models.BooleanField(
        "accompagnement par un connecteur labellisé exigé", default=False
    )

    # Combination
    cumul = models.CharField(
        "règle de cumul", max_length=10, choices=Cumul.choices, default=Cumul.TOUTES
    )
    non_cumulable_avec = models.ManyToManyField(
        "self",
        verbose_name="non cumulable avec",
        symmetrical=False,
        blank=True,
        related_name="+",
        help_text="Utilisé avec la règle « cumulable sauf avec les aides listées ».",
    )

    cree_le = models.DateTimeField("créée le", auto_now_add=True)
    modifiee_le = models.DateTimeField("modifiée le", auto_now=True)

    class Meta:
        verbose_name = "aide"
        ordering = ["titre", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(enveloppe_montant__isnull=True)
                | Q(montant_engage__lte=F("enveloppe_montant")),
                name="aide_enveloppe_non_depassee",
            ),
            models.CheckConstraint(
                condition=Q(enveloppe_beneficiaires__isnull=True)
                | Q(beneficiaires_engages__lte=F("enveloppe_beneficiaires")),
                name="aide_beneficiaires_non_depasses",
            ),
        ]

    def __str__(self):
        return self.titre

    def clean(self):
        if self.date_ouverture and self.date_cloture and self.date_cloture < self.date_ouverture:
            raise ValidationError({"date_cloture": "La clôture doit suivre l'ouverture."})
        if (
            self.investissement_min
            and self.investissement_max
            and self.investissement_max < self.investissement_min
        ):
            raise ValidationError(
                {"investissement_max": "Le maximum doit être supérieur au minimum."}
            )
        if (
            self.intensite_max is not None
            and self.taux is not None
            and self.nature in NATURES_NON_REMBOURSABLES
            and self.taux > self.intensite_max
        ):
            raise ValidationError(
                {
                    "intensite_max": "L'aide seule dépasserait cette intensité : elle doit être "
                    "au moins égale au taux."
                }
            )

    def est_ouverte(self, jour) -> bool:
        return (self.date_ouverture is None or self.date_ouverture <= jour) and (
            self.date_cloture is None or jour <= self.date_cloture
        )

    @property
    def enveloppe_restante(self) -> Decimal | None:
        if self.enveloppe_montant is None:
            return None
        return self.enveloppe_montant - self.montant_engage

    @property
    def places_restantes(self) -> int | None:
        if self.enveloppe_beneficiaires is None:
            return None
        return self.enveloppe_beneficiaires - self.beneficiaires_engages

    @property
    def de_nature(self) -> str:
        """What follows its amounts: "de subvention", "d'avance remboursable"."""
        return de_nature(self.nature)

    def est_cloturee(self, jour) -> bool:
        return self.date_cloture is not None and self.date_cloture < jour

    def types_depense_labels(self) -> list[str]:
        return [TypeDepense(value).label for value in self.types_depense]

    def activites_labels(self) -> list[str]:
        return [Activite(value).label for value in self.activites]


class Dossier(Archivable):
    """An SME's application for an aid."""

    aide = models.ForeignKey(
        Aide, verbose_name="aide", on_delete=models.PROTECT, related_name="dossiers"
    )
    entreprise = models.ForeignKey(
        "entreprises.Entreprise",
        verbose_name="entreprise",
        on_delete=models.PROTECT,
        related_name="dossiers_aide",
    )
    demandeur = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="demandeur",
        on_delete=models.PROTECT,
        related_name="+",
    )
    region = models.ForeignKey(
        "referentiels.Region",
        verbose_name="région d'instruction",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    etat = models.CharField(
        "état",
        max_length=20,
        choices=EtatDossier.choices,
        default=EtatDossier.BROUILLON,
        db_index=True,
    )
    titre = models.CharField("titre du projet", max_length=200)
    description = models.TextField("description du projet", blank=True)
    connecteur = models.ForeignKey(
        "connecteurs.Connecteur",
        verbose_name="connecteur qui accompagne le projet",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="dossiers_aide",
    )
    montant_sollicite = EurosField(
        "montant calculé de l'aide (€)", max_digits=12, decimal_places=2, null=True, blank=True
    )
    montant_accorde = EurosField(
        "montant accordé (€)", max_digits=12, decimal_places=2, null=True, blank=True
    )
    prevalide_par = models.ForeignKey(
        "connecteurs.Connecteur",
        verbose_name="pré-validé par",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="dossiers_prevalides",
    )
    controle_a_posteriori = models.BooleanField(
        "tiré au sort pour un contrôle complet a posteriori", default=False
    )
    # The declaration of no interest made with the pre-validation, as it was worded then
    sans_interet_declare_par = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="absence d'intérêt déclarée par",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    sans_interet_declare_le = models.DateTimeField(
        "absence d'intérêt déclarée le", null=True, blank=True
    )
    sans_interet_texte = models.TextField("texte de la déclaration d'absence d'intérêt", blank=True)
    cree_le = models.DateTimeField("créé le", auto_now_add=True)
    depose_le = models.DateTimeField("déposé le", null=True, blank=True, db_index=True)
    decide_le = models.DateTimeField("décidé le", null=True, blank=True)

    class Meta:
        verbose_name = "dossier de demande d'aide"
        verbose_name_plural = "dossiers de demande d'aide"
        ordering = ["-depose_le", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(montant_accorde__isnull=True) | Q(montant_accorde__gt=0),
                name="dossier_montant_accorde_positif",
            )
        ]

    def __str__(self):
        return f"Dossier n° {self.pk} – {self.titre}"

    @property
    def montant_ht(self) -> Decimal:
        return sum((ligne.montant_ht for ligne in self.lignes.all()), Decimal("0"))


class LigneDepense(models.Model):
    dossier = models.ForeignKey(Dossier, on_delete=models.CASCADE, related_name="lignes")
    type_depense = models.CharField("type de dépense", max_length=20, choices=TypeDepense.choices)
    libelle = models.CharField("libellé", max_length=200)
    montant_ht = _euros("montant HT (€)")

    class Meta:
        verbose_name = "ligne de dépense"
        verbose_name_plural = "lignes de dépense"
        ordering = ["pk"]

    def __str__(self):
        return self.libelle


def chemin_document(instance, filename):
    return f"aides/dossiers/{instance.dossier_id}/{filename}"


class Document(models.Model):
    dossier = models.ForeignKey(Dossier, on_delete=models.CASCADE, related_name="documents")
    nature = models.CharField("nature", max_length=10, choices=NatureDocument.choices)
    fichier = models.FileField("fichier", upload_to=chemin_document, validators=[validate_document])
    nom = models.CharField("nom du fichier", max_length=255)
    siret_prestataire = models.CharField(
        "SIRET du prestataire",
        max_length=14,
        blank=True,
        help_text="Pour un devis : le SIRET de l'entreprise qui réalisera la prestation.",
    )
    ajoute_par = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    ajoute_le = models.DateTimeField("ajouté le", auto_now_add=True)

    class Meta:
        verbose_name = "pièce du dossier"
        verbose_name_plural = "pièces du dossier"
        ordering = ["pk"]

    def __str__(self):
        return self.nom


class HistoriqueDossier(Transition):
    dossier = models.ForeignKey(Dossier, on_delete=models.CASCADE, related_name="historique")
    montant = EurosField("montant", max_digits=12, decimal_places=2, null=True, blank=True)
    etats = EtatDossier

    class Meta(Transition.Meta):
        verbose_name = "étape du dossier"
        verbose_name_plural = "historique des dossiers"


class Commentaire(models.Model):
    """An instructeur's internal note: never shown to the SME."""

    dossier = models.ForeignKey(Dossier, on_delete=models.CASCADE, related_name="commentaires")
    auteur = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    texte = models.TextField("commentaire")
    cree_le = models.DateTimeField("écrit le", auto_now_add=True)

    class Meta:
        verbose_name = "commentaire interne"
        verbose_name_plural = "commentaires internes"
        ordering = ["cree_le", "pk"]

    def __str__(self):
        return self.texte[:50]


class AideDeclaree(models.Model):
    """Public aid received outside the platform, declared by the SME (for de minimis)."""

    entreprise = models.ForeignKey(
        "entreprises.Entreprise", on_delete=models.CASCADE, related_name="aides_declarees"
    )
    financeur = models.CharField("financeur", max_length=200)
    montant = _euros("montant (€)")
    date_octroi = models.DateField("date d'octroi")

    class Meta:
        verbose_name = "aide publique déclarée"
        verbose_name_plural = "aides publiques déclarées"
        ordering = ["-date_octroi"]

    def __str__(self):
        return f"{self.financeur} – {self.montant} €"


class DemandeAvis(models.Model):
    """An instructeur asks a labelled connecteur or an expert of the region for an opinion.

    Confidential: the SME never sees it; the person asked sees only its own requests.
    """

    dossier = models.ForeignKey(Dossier, on_delete=models.CASCADE, related_name="demandes_avis")
    demandeur = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name="demandé par",
    )
    connecteur = models.ForeignKey(
        "connecteurs.Connecteur",
        verbose_name="connecteur labellisé consulté",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="demandes_avis_aide",
    )
    expert = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="expert consulté",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="demandes_avis_aide",
    )
    question = models.TextField("question")
    reponse = models.TextField("avis", blank=True)
    repondu_par = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    cree_le = models.DateTimeField("demandé le", auto_now_add=True)
    repondu_le = models.DateTimeField("rendu le", null=True, blank=True)
    relances = models.PositiveSmallIntegerField("relances envoyées", default=0)
    derniere_relance = models.DateTimeField("dernière relance", null=True, blank=True)

    class Meta:
        verbose_name = "demande d'avis"
        verbose_name_plural = "demandes d'avis"
        ordering = ["-cree_le", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(connecteur__isnull=False, expert__isnull=True)
                | Q(connecteur__isnull=True, expert__isnull=False),
                name="avis_un_seul_destinataire",
            )
        ]

    def __str__(self):
        return f"Avis sur le dossier n° {self.dossier_id}"

    @property
    def destinataire(self) -> str:
        return str(self.connecteur or self.expert)


from .controles import ControleAPosteriori  # noqa: E402, F401  (one of the app's models)
from .quatre_yeux import DerogationQuatreYeux  # noqa: E402, F401  (one of the app's models)
