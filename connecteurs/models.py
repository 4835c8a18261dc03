from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

from croissance.archivage import Archivable
from croissance.entreprises.validators import validate_siret
from croissance.fields import EurosField, TexteRicheField
from croissance.uploads import validate_document
from croissance.workflow import Transition

from . import conf
from .enums import (
    EtatCandidature,
    EtatLabel,
    EtatReponse,
    FormatPrestation,
    Niveau,
    OrigineDemande,
    StatutAvis,
    StatutDemande,
    TypeActeur,
    TypeEvenement,
    TypePiece,
)


def validate_logo(uploaded):
    validate_document(uploaded, allowed=("image/png", "image/jpeg"))


def _sections():
    return {"niveau": "section"}


class Connecteur(models.Model):
    """A structure of the adviser network (tier 1 signataire or tier 2 labellisé)."""

    nom = models.CharField("nom de la structure", max_length=255)
    type_acteur = models.CharField("type d'acteur", max_length=30, choices=TypeActeur.choices)
    siret = models.CharField("SIRET", max_length=14, blank=True, validators=[validate_siret])
    presentation = TexteRicheField("présentation", blank=True)
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
    # Its themes and its services' themes, one bit each (kept by referentiels.masques).
    themes_masque = models.BigIntegerField(default=0, editable=False)
    niveau = models.CharField(
        "niveau", max_length=12, choices=Niveau.choices, default=Niveau.SIGNATAIRE, db_index=True
    )
    membres = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="Membre", related_name="connecteurs"
    )
    cree_le = models.DateTimeField("créé le", auto_now_add=True)

    # Profile (tier 1)
    secteurs = models.ManyToManyField(
        "referentiels.Naf",
        verbose_name="secteurs d'expertise",
        blank=True,
        related_name="+",
        limit_choices_to=_sections,
        help_text="Sections de la NAF dans lesquelles la structure a l'habitude d'intervenir.",
    )
    cible_effectif_min = models.PositiveIntegerField(
        "effectif minimal des entreprises accompagnées", null=True, blank=True
    )
    cible_effectif_max = models.PositiveIntegerField(
        "effectif maximal des entreprises accompagnées", null=True, blank=True
    )
    cible_sections = models.ManyToManyField(
        "referentiels.Naf",
        verbose_name="secteurs des entreprises accompagnées",
        blank=True,
        related_name="+",
        limit_choices_to=_sections,
        help_text="Laissez vide si vous accompagnez tous les secteurs.",
    )
    cible_age_min = models.PositiveSmallIntegerField(
        "âge minimal de l'entreprise (années)", null=True, blank=True
    )
    cible_age_max = models.PositiveSmallIntegerField(
        "âge maximal de l'entreprise (années)", null=True, blank=True
    )
    langues = models.JSONField("langues parlées", default=list, blank=True)
    contact_nom = models.CharField("personne à contacter", max_length=150, blank=True)
    logo = models.FileField(
        "logo", upload_to="connecteurs/logos/", blank=True, validators=[validate_logo]
    )
    modifie_le = models.DateTimeField("modifié le", auto_now=True)

    # Charter: the date of the structure's last signature (None: not in the directory yet)
    charte_signee_le = models.DateTimeField("charte signée le", null=True, blank=True)

    # Label (tier 2); `niveau` above stays the tier other apps read
    etat_label = models.CharField(
        "état du label", max_length=12, choices=EtatLabel.choices, default=EtatLabel.AUCUN
    )
    label_obtenu_le = models.DateField("label obtenu le", null=True, blank=True)
    label_expire_le = models.DateField("label valable jusqu'au", null=True, blank=True)

    # Ratings, denormalised when mission staff moderate a review
    note_moyenne = models.DecimalField(
        "note moyenne", max_digits=3, decimal_places=2, null=True, blank=True
    )
    nombre_avis = models.PositiveIntegerField("nombre d'avis publiés", default=0)

    class Meta:
        verbose_name = "connecteur"
        ordering = ["nom"]
        indexes = [
            # the orientation engine's area: the national few, read without scanning the network
            models.Index(fields=["id"], condition=Q(national=True), name="connecteur_national"),
            # what the engine ranks the directory's structures on, read from the index alone
            # on PostgreSQL (a narrow copy of 20,000 rows instead of the table's long texts)
            models.Index(
                fields=["id"],
                include=[
                    "themes_masque",
                    "niveau",
                    "national",
                    "note_moyenne",
                    "nom",
                    "type_acteur",
                ],
                # selectors.connecteurs_recommandables(), word for word
                condition=Q(charte_signee_le__isnull=False) & ~Q(etat_label=EtatLabel.SUSPENDU),
                name="connecteur_orientation",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["siret"],
                condition=~Q(siret=""),
                name="connecteur_siret_unique",
                violation_error_message="Une structure du réseau porte déjà ce SIRET : "
                "demandez plutôt à la rejoindre.",
            )
        ]

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
    # The member who accepts newcomers and removes members; one per structure.
    referent = models.BooleanField("référent", default=False)

    class Meta:
        verbose_name = "membre"
        constraints = [
            models.UniqueConstraint(fields=["connecteur", "user"], name="membre_unique"),
            models.UniqueConstraint(
                fields=["connecteur"], condition=Q(referent=True), name="membre_referent_unique"
            ),
        ]

    def __str__(self):
        return f"{self.user} – {self.connecteur}"


class CharteVersion(models.Model):
    """One version of the brand's charter. The highest `numero` is the one in force."""

    numero = models.PositiveIntegerField("numéro de version", unique=True)
    texte = models.TextField("texte de la charte")
    publiee_le = models.DateTimeField("publiée le", auto_now_add=True)

    class Meta:
        verbose_name = "version de la charte"
        verbose_name_plural = "versions de la charte"
        ordering = ["-numero"]

    def __str__(self):
        return f"Charte, version {self.numero}"


class Signature(models.Model):
    connecteur = models.ForeignKey(
        Connecteur, on_delete=models.CASCADE, related_name="signatures", verbose_name="connecteur"
    )
    version = models.ForeignKey(
        CharteVersion, on_delete=models.PROTECT, related_name="signatures", verbose_name="version"
    )
    signataire = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name="signataire",
    )
    signee_le = models.DateTimeField("signée le", auto_now_add=True)

    class Meta:
        verbose_name = "signature de la charte"
        verbose_name_plural = "signatures de la charte"
        ordering = ["-signee_le"]
        constraints = [
            models.UniqueConstraint(fields=["connecteur", "version"], name="signature_unique")
        ]

    def __str__(self):
        return f"{self.connecteur} – version {self.version.numero}"


class HistoriqueLabel(Transition):
    etats = EtatLabel
    connecteur = models.ForeignKey(
        Connecteur, on_delete=models.CASCADE, related_name="historique_label"
    )

    class Meta(Transition.Meta):
        verbose_name = "historique du label"
        verbose_name_plural = "historique des labels"


class Prestation(models.Model):
    """A paid service of a connecteur, subsidised at 50 % by the State once labelled."""

    connecteur = models.ForeignKey(
        Connecteur, on_delete=models.CASCADE, related_name="prestations", verbose_name="connecteur"
    )
    titre = models.CharField("intitulé", max_length=200)
    theme = models.ForeignKey(
        "referentiels.Theme", on_delete=models.PROTECT, verbose_name="thème", related_name="+"
    )
    format = models.CharField(
        "format", max_length=12, choices=FormatPrestation.choices, default=FormatPrestation.MIXTE
    )
    duree = models.CharField("durée", max_length=100, help_text="Par exemple : 3 demi-journées.")
    prix_ht = EurosField(
        "prix hors taxes (€)",
        max_digits=10,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0"))],
    )
    description = models.TextField("description", blank=True)

    class Meta:
        verbose_name = "prestation"
        ordering = ["titre"]

    def __str__(self):
        return self.titre

    @property
    def part_etat(self) -> Decimal:
        return (self.prix_ht * conf.get("CONNECTEURS_PART_ETAT")).quantize(Decimal("0.01"))

    @property
    def reste_a_charge(self) -> Decimal:
        return self.prix_ht - self.part_etat


class Critere(models.Model):
    """A criterion of the harmonised evaluation grid (defined by mission staff)."""

    libelle = models.CharField("libellé", max_length=200)
    description = models.TextField("ce qui est attendu", blank=True)
    note_max = models.PositiveSmallIntegerField("note maximale", default=5)
    plancher = models.PositiveSmallIntegerField(
        "note plancher", default=2, help_text="Une note moyenne inférieure fait échouer le dossier."
    )
    ordre = models.PositiveSmallIntegerField("ordre", default=0)
    actif = models.BooleanField("actif", default=True)

    class Meta:
        verbose_name = "critère d'évaluation"
        verbose_name_plural = "grille d'évaluation"
        ordering = ["ordre", "pk"]

    def __str__(self):
        return self.libelle


class Candidature(Archivable):
    """A label application file."""

    connecteur = models.ForeignKey(
        Connecteur, on_delete=models.CASCADE, related_name="candidatures", verbose_name="connecteur"
    )
    etat = models.CharField(
        "état",
        max_length=16,
        choices=EtatCandidature.choices,
        default=EtatCandidature.BROUILLON,
        db_index=True,
    )
    references = models.TextField(
        "références", help_text="Missions récentes auprès de PME : client, besoin, résultat."
    )
    certifications = models.TextField("certifications et qualifications", blank=True)
    equipe = models.TextField("équipe", blank=True, help_text="Qui accompagnera les entreprises.")
    renouvellement_de = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        verbose_name="renouvellement de",
        related_name="+",
    )
    evaluateurs = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="Evaluation",
        related_name="candidatures_evaluees",
        verbose_name="évaluateurs",
    )
    cree_le = models.DateTimeField("créée le", auto_now_add=True)
    soumise_le = models.DateTimeField("soumise le", null=True, blank=True)
    decidee_le = models.DateTimeField("décidée le", null=True, blank=True)

    class Meta:
        verbose_name = "candidature au label"
        verbose_name_plural = "candidatures au label"
        ordering = ["-cree_le"]

    def __str__(self):
        return f"Candidature de {self.connecteur} ({self.get_etat_display()})"


class HistoriqueCandidature(Transition):
    etats = EtatCandidature
    candidature = models.ForeignKey(
        Candidature, on_delete=models.CASCADE, related_name="historique"
    )

    class Meta(Transition.Meta):
        verbose_name = "historique d'une candidature"
        verbose_name_plural = "historique des candidatures"


class Piece(models.Model):
    candidature = models.ForeignKey(Candidature, on_delete=models.CASCADE, related_name="pieces")
    type_piece = models.CharField("type de pièce", max_length=15, choices=TypePiece.choices)
    titre = models.CharField("titre", max_length=200)
    fichier = models.FileField(
        "fichier", upload_to="connecteurs/candidatures/%Y/%m/", validators=[validate_document]
    )
    ajoutee_le = models.DateTimeField("ajoutée le", auto_now_add=True)

    class Meta:
        verbose_name = "pièce justificative"
        verbose_name_plural = "pièces justificatives"
        ordering = ["type_piece", "pk"]

    def __str__(self):
        return self.titre


class Evaluation(models.Model):
    """One evaluator assigned to one application."""

    candidature = models.ForeignKey(
        Candidature, on_delete=models.CASCADE, related_name="evaluations"
    )
    evaluateur = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, verbose_name="évaluateur"
    )
    co_evaluateur = models.BooleanField("co-évaluateur régional", default=False)
    commentaire = models.TextField("avis général", blank=True)
    terminee_le = models.DateTimeField("évaluation rendue le", null=True, blank=True)

    class Meta:
        verbose_name = "évaluation"
        constraints = [
            models.UniqueConstraint(fields=["candidature", "evaluateur"], name="evaluation_unique")
        ]

    def __str__(self):
        return f"{self.evaluateur} – {self.candidature}"


class Note(models.Model):
    evaluation = models.ForeignKey(Evaluation, on_delete=models.CASCADE, related_name="notes")
    critere = models.ForeignKey(Critere, on_delete=models.PROTECT, verbose_name="critère")
    score = models.PositiveSmallIntegerField("note")
    commentaire = models.TextField("commentaire", blank=True)

    class Meta:
        verbose_name = "note"
        constraints = [
            models.UniqueConstraint(fields=["evaluation", "critere"], name="note_unique")
        ]

    def __str__(self):
        return f"{self.critere} : {self.score}"


class RappelLabel(models.Model):
    """An expiry reminder already sent (makes the daily task idempotent)."""

    connecteur = models.ForeignKey(Connecteur, on_delete=models.CASCADE)
    expire_le = models.DateField("échéance du label")
    jours = models.PositiveSmallIntegerField("jours avant l'échéance")
    envoye_le = models.DateTimeField("envoyé le", auto_now_add=True)

    class Meta:
        verbose_name = "rappel d'échéance du label"
        verbose_name_plural = "rappels d'échéance du label"
        constraints = [
            models.UniqueConstraint(
                fields=["connecteur", "expire_le", "jours"], name="rappel_label_unique"
            )
        ]

    def __str__(self):
        return f"{self.connecteur} – J-{self.jours}"


class Demande(models.Model):
    """A mise en relation: an SME's request to one or more connecteurs."""

    entreprise = models.ForeignKey(
        "entreprises.Entreprise",
        on_delete=models.CASCADE,
        related_name="demandes_connecteurs",
        verbose_name="entreprise",
    )
    auteur = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name="auteur",
    )
    theme = models.ForeignKey(
        "referentiels.Theme", on_delete=models.PROTECT, verbose_name="besoin", related_name="+"
    )
    message = models.TextField("message")
    partage_diagnostic = models.BooleanField("partage du dernier diagnostic", default=False)
    origine = models.CharField(
        "origine", max_length=12, choices=OrigineDemande.choices, default=OrigineDemande.PROFIL
    )
    statut = models.CharField(
        "statut",
        max_length=16,
        choices=StatutDemande.choices,
        default=StatutDemande.EN_ATTENTE,
        db_index=True,
    )
    cree_le = models.DateTimeField("envoyée le", db_index=True)
    escaladee_le = models.DateTimeField("signalée à la mission le", null=True, blank=True)

    class Meta:
        verbose_name = "demande de mise en relation"
        verbose_name_plural = "demandes de mise en relation"
        ordering = ["-cree_le"]

    def __str__(self):
        return f"{self.entreprise} – {self.theme}"


class Reponse(models.Model):
    """The request as one connecteur sees and answers it."""

    demande = models.ForeignKey(Demande, on_delete=models.CASCADE, related_name="reponses")
    connecteur = models.ForeignKey(
        Connecteur, on_delete=models.CASCADE, related_name="reponses", verbose_name="connecteur"
    )
    etat = models.CharField(
        "état", max_length=20, choices=EtatReponse.choices, default=EtatReponse.ENVOYEE
    )
    motif = models.TextField("motif", blank=True)
    relancee_le = models.DateTimeField("dernière relance le", null=True, blank=True)
    nombre_relances = models.PositiveSmallIntegerField("nombre de relances", default=0)

    class Meta:
        verbose_name = "réponse d'un connecteur"
        verbose_name_plural = "réponses des connecteurs"
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["demande", "connecteur"], name="reponse_unique")
        ]

    def __str__(self):
        return f"{self.connecteur} – {self.get_etat_display()}"


class HistoriqueReponse(Transition):
    etats = EtatReponse
    reponse = models.ForeignKey(Reponse, on_delete=models.CASCADE, related_name="historique")

    class Meta(Transition.Meta):
        verbose_name = "historique d'une réponse"
        verbose_name_plural = "historique des réponses"


class Avis(models.Model):
    """The SME's satisfaction survey and rating of a closed request."""

    reponse = models.OneToOneField(Reponse, on_delete=models.CASCADE, related_name="avis")
    contacte = models.BooleanField("le connecteur vous a contacté")
    utile = models.BooleanField("l'échange vous a été utile")
    note = models.PositiveSmallIntegerField(
        "note", validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    commentaire = models.TextField("avis", blank=True)
    statut = models.CharField(
        "modération",
        max_length=12,
        choices=StatutAvis.choices,
        default=StatutAvis.EN_ATTENTE,
        db_index=True,
    )
    reponse_connecteur = models.TextField("réponse publique du connecteur", blank=True)
    cree_le = models.DateTimeField("déposé le", auto_now_add=True)
    modere_le = models.DateTimeField("modéré le", null=True, blank=True)

    class Meta:
        verbose_name = "avis"
        verbose_name_plural = "avis"
        ordering = ["-cree_le"]

    def __str__(self):
        return f"{self.note}/5 – {self.reponse.connecteur}"


class Evenement(models.Model):
    connecteur = models.ForeignKey(
        Connecteur, on_delete=models.CASCADE, related_name="evenements", verbose_name="connecteur"
    )
    titre = models.CharField("titre", max_length=200)
    type_evenement = models.CharField("type", max_length=12, choices=TypeEvenement.choices)
    debut = models.DateTimeField("date et heure", db_index=True)
    lieu = models.CharField("lieu", max_length=255, blank=True)
    lien = models.URLField("lien d'inscription ou de connexion", blank=True)
    region = models.ForeignKey(
        "referentiels.Region",
        on_delete=models.PROTECT,
        verbose_name="région",
        null=True,
        blank=True,
        related_name="+",
    )
    theme = models.ForeignKey(
        "referentiels.Theme", on_delete=models.PROTECT, verbose_name="thème", related_name="+"
    )
    description = TexteRicheField("description", blank=True)

    class Meta:
        verbose_name = "événement"
        ordering = ["debut"]

    def __str__(self):
        return self.titre


from .structures_models import (  # noqa: E402, F401  (the app's models on its members)
    DemandeAdhesion,
    HistoriqueSiret,
    MouvementMembre,
)
