from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models

from croissance.fields import EurosField
from croissance.uploads import validate_document
from croissance.workflow import Transition

from .enums import (
    Activite,
    Categorie,
    EtatInvitation,
    EtatRevendication,
    OrigineGestionnaire,
)
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
        through_fields=("entreprise", "user"),
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
    """A user allowed to act for an entreprise, now. A departure deletes the row and writes a
    `DepartGestionnaire`: every check on `Entreprise.gestionnaires` counts current managers
    only, without a filter to remember."""

    entreprise = models.ForeignKey(Entreprise, on_delete=models.CASCADE)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    ajoute_le = models.DateTimeField("ajouté le", auto_now_add=True)
    origine = models.CharField(
        "origine",
        max_length=20,
        choices=OrigineGestionnaire.choices,
        default=OrigineGestionnaire.IMPORT,
    )
    ajoute_par = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="ajouté par",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = "gestionnaire"
        constraints = [
            models.UniqueConstraint(fields=["entreprise", "user"], name="gestionnaire_unique")
        ]

    def __str__(self):
        return f"{self.user} – {self.entreprise}"


class DepartGestionnaire(models.Model):
    """A person who managed an entreprise and no longer does: who, since when and how, who
    ended it, when and why. Never edited."""

    entreprise = models.ForeignKey(Entreprise, on_delete=models.CASCADE, related_name="departs")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="personne",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # the name as it was, for when the account is erased (RGPD)
    nom = models.CharField("nom", max_length=255)
    origine = models.CharField("origine", max_length=20, choices=OrigineGestionnaire.choices)
    ajoute_le = models.DateTimeField("gestionnaire depuis")
    ajoute_par = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="ajouté par",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    retire_le = models.DateTimeField("retiré le", auto_now_add=True)
    retire_par = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="retiré par",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    motif = models.TextField("motif", blank=True)

    class Meta:
        verbose_name = "départ d'un gestionnaire"
        verbose_name_plural = "départs de gestionnaires"
        ordering = ["-retire_le", "-pk"]

    def __str__(self):
        return f"{self.nom} – {self.entreprise}"

    @property
    def volontaire(self) -> bool:
        return self.user_id is not None and self.user_id == self.retire_par_id


class Invitation(models.Model):
    """An invitation to co-manage an entreprise, sent by email. Only a digest of its token is
    stored: the link in the email is the only copy of the secret."""

    entreprise = models.ForeignKey(Entreprise, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField("adresse électronique invitée")
    invite_par = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="invitée par",
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    empreinte_jeton = models.CharField("empreinte du jeton", max_length=64, unique=True)
    cree_le = models.DateTimeField("créée le", auto_now_add=True)
    expire_le = models.DateTimeField("expire le")
    etat = models.CharField(
        "état", max_length=20, choices=EtatInvitation.choices, default=EtatInvitation.ENVOYEE
    )

    class Meta:
        verbose_name = "invitation à gérer une entreprise"
        verbose_name_plural = "invitations à gérer une entreprise"
        ordering = ["-cree_le", "-pk"]

    def __str__(self):
        return f"{self.email} – {self.entreprise}"


class HistoriqueInvitation(Transition):
    invitation = models.ForeignKey(Invitation, on_delete=models.CASCADE, related_name="historique")
    etats = EtatInvitation

    class Meta(Transition.Meta):
        verbose_name = "historique d'une invitation"
        verbose_name_plural = "historiques des invitations"


def chemin_justificatif(instance, filename):
    return f"entreprises/revendications/{instance.entreprise_id}/{filename}"


class Revendication(models.Model):
    """A request to join an entreprise that already has managers: they answer; if they do not
    in time, or refuse and the claimant disputes it, the mission decides."""

    entreprise = models.ForeignKey(
        Entreprise, on_delete=models.CASCADE, related_name="revendications"
    )
    demandeur = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="demandeur",
        on_delete=models.CASCADE,
        related_name="revendications",
    )
    message = models.TextField("message")
    justificatif = models.FileField(
        "justificatif",
        upload_to=chemin_justificatif,
        validators=[validate_document],
        blank=True,
    )
    cree_le = models.DateTimeField("déposée le", auto_now_add=True)
    reponse_avant = models.DateTimeField("réponse attendue des gestionnaires avant le")
    etat = models.CharField(
        "état",
        max_length=20,
        choices=EtatRevendication.choices,
        default=EtatRevendication.EN_ATTENTE,
    )

    class Meta:
        verbose_name = "revendication d'une entreprise"
        verbose_name_plural = "revendications d'entreprises"
        ordering = ["cree_le", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["entreprise", "demandeur"],
                condition=models.Q(etat__in=["en_attente", "refusee", "mission"]),
                name="revendication_ouverte_unique",
            )
        ]

    def __str__(self):
        return f"{self.demandeur} – {self.entreprise}"


class HistoriqueRevendication(Transition):
    revendication = models.ForeignKey(
        Revendication, on_delete=models.CASCADE, related_name="historique"
    )
    etats = EtatRevendication

    class Meta(Transition.Meta):
        verbose_name = "historique d'une revendication"
        verbose_name_plural = "historiques des revendications"


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
