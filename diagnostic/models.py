"""Questionnaires are data: versions, axes, questions, choices and their points are rows that
mission staff edit in the admin. A published version is frozen; results keep their version."""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from croissance.maturite import NiveauMaturite
from croissance.templatetags.portail import pluriel

from .enums import NiveauDII, StatutResultat, StatutVersion, TypeQuestion


class Questionnaire(models.Model):
    slug = models.SlugField("identifiant", max_length=50, unique=True)
    titre = models.CharField("titre", max_length=200)
    description = models.TextField("description", blank=True)
    duree_minutes = models.PositiveSmallIntegerField("durée indicative (minutes)", default=10)

    class Meta:
        verbose_name = "questionnaire"
        ordering = ["titre"]

    def __str__(self):
        return self.titre


class Version(models.Model):
    """One edition of a questionnaire. Once published, it is never changed in place."""

    questionnaire = models.ForeignKey(
        Questionnaire, on_delete=models.PROTECT, related_name="versions"
    )
    numero = models.PositiveIntegerField("numéro")
    statut = models.CharField(
        "statut", max_length=10, choices=StatutVersion.choices, default=StatutVersion.BROUILLON
    )
    notes = models.TextField("notes de version", blank=True)
    publiee_le = models.DateTimeField("publiée le", null=True, blank=True)
    creee_le = models.DateTimeField("créée le", auto_now_add=True)
    choix_commerce_connecte = models.ManyToManyField(
        "Choix",
        blank=True,
        related_name="+",
        verbose_name="choix établissant le commerce connecté",
        help_text="L'entreprise a des éléments de commerce connecté si l'un de ces choix est "
        "retenu (vente sur son site, sur une place de marché, prise de commande en ligne…).",
    )

    class Meta:
        verbose_name = "version de questionnaire"
        verbose_name_plural = "versions de questionnaire"
        ordering = ["questionnaire", "-numero"]
        constraints = [
            models.UniqueConstraint(
                fields=["questionnaire", "numero"], name="version_numero_unique"
            )
        ]

    def __str__(self):
        return f"{self.questionnaire} — version {self.numero} ({self.get_statut_display()})"

    @property
    def modifiable(self) -> bool:
        return self.statut == StatutVersion.BROUILLON


class Niveau(models.Model):
    """A named maturity level, reached when the overall score is at least `score_min`."""

    version = models.ForeignKey(Version, on_delete=models.CASCADE, related_name="niveaux")
    rang = models.PositiveSmallIntegerField("rang")
    nom = models.CharField(
        "nom",
        max_length=80,
        blank=True,
        help_text="Pour l'autodiagnostic de maturité numérique, le nom du rang, le même dans "
        "tout le portail (laissez vide).",
    )
    score_min = models.PositiveSmallIntegerField(
        "score global minimal",
        help_text="Score global (0 à 100) à partir duquel ce niveau est atteint.",
    )
    description = models.TextField("ce que ce niveau signifie")

    class Meta:
        verbose_name = "niveau de maturité"
        verbose_name_plural = "niveaux de maturité"
        ordering = ["version", "score_min"]
        constraints = [
            models.UniqueConstraint(fields=["version", "rang"], name="niveau_rang_unique"),
            models.CheckConstraint(
                condition=models.Q(score_min__lte=100), name="niveau_score_min_100"
            ),
        ]

    def __str__(self):
        return f"{self.nom} (à partir de {self.score_min}/100)"

    def clean(self):
        from .selectors import QUESTIONNAIRE_MATURITE

        # the maturity levels have one set of names, shared with the resources and the label
        if self.version_id is None or self.version.questionnaire.slug != QUESTIONNAIRE_MATURITE:
            if not self.nom:
                raise ValidationError({"nom": "Donnez un nom à ce niveau."})
            return
        if self.rang not in NiveauMaturite.values:
            raise ValidationError({"rang": "Le rang d'un niveau de maturité va de 1 à 4."})
        attendu = NiveauMaturite(self.rang).label
        if self.nom and self.nom != attendu:
            raise ValidationError(
                {"nom": f"Le niveau {self.rang} s'appelle « {attendu} » dans tout le portail."}
            )
        self.nom = attendu


class Axe(models.Model):
    version = models.ForeignKey(Version, on_delete=models.CASCADE, related_name="axes")
    slug = models.SlugField("identifiant", max_length=50)
    nom = models.CharField("nom", max_length=120)
    ordre = models.PositiveSmallIntegerField("ordre", default=0)
    description = models.TextField("introduction de l'étape", blank=True)
    explication = models.TextField(
        "explication du score",
        blank=True,
        help_text="Ce que mesure cet axe, sur la page de résultats.",
    )
    conseil = models.TextField(
        "que faire ensuite",
        blank=True,
        help_text="Conseil affiché quand le score de l'axe est faible.",
    )
    theme = models.ForeignKey(
        "referentiels.Theme", verbose_name="thème", on_delete=models.PROTECT, null=True, blank=True
    )

    class Meta:
        verbose_name = "axe"
        ordering = ["version", "ordre", "pk"]
        constraints = [models.UniqueConstraint(fields=["version", "slug"], name="axe_slug_unique")]

    def __str__(self):
        return self.nom


class Question(models.Model):
    version = models.ForeignKey(Version, on_delete=models.CASCADE, related_name="questions")
    axe = models.ForeignKey(Axe, on_delete=models.CASCADE, related_name="questions")
    code = models.SlugField("code", max_length=50)
    ordre = models.PositiveSmallIntegerField("ordre", default=0)
    texte = models.CharField("question", max_length=300)
    aide = models.TextField("texte d'aide", blank=True)
    type = models.CharField(
        "type", max_length=20, choices=TypeQuestion.choices, default=TypeQuestion.CHOIX_UNIQUE
    )
    obligatoire = models.BooleanField("réponse obligatoire", default=True)
    conditions = models.ManyToManyField(
        "Choix",
        blank=True,
        related_name="questions_conditionnees",
        verbose_name="afficher seulement si l'un de ces choix a été retenu",
        help_text="Choix de questions d'étapes précédentes. Vide : question toujours affichée.",
    )

    class Meta:
        verbose_name = "question"
        ordering = ["version", "axe__ordre", "ordre", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["version", "code"], name="question_code_unique")
        ]

    def __str__(self):
        return self.texte

    def clean(self):
        if self.axe_id and self.version_id and self.axe.version_id != self.version_id:
            raise ValidationError({"axe": "Cet axe appartient à une autre version."})


class Choix(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="choix")
    code = models.SlugField("code", max_length=50)
    ordre = models.PositiveSmallIntegerField("ordre", default=0)
    libelle = models.CharField("libellé", max_length=200)
    exclusif = models.BooleanField(
        "exclut les autres réponses",
        default=False,
        help_text="Question à choix multiple : ce choix (« Aucun », « Je ne sais pas encore »…) "
        "ne peut pas être coché avec un autre.",
    )

    class Meta:
        verbose_name = "choix"
        verbose_name_plural = "choix"
        ordering = ["question", "ordre", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["question", "code"], name="choix_code_unique")
        ]

    def __str__(self):
        return f"{self.question.code} : {self.libelle}"


class Points(models.Model):
    """Points a choice gives to one axis (one row per axis, not one column per axis)."""

    choix = models.ForeignKey(Choix, on_delete=models.CASCADE, related_name="points")
    axe = models.ForeignKey(Axe, on_delete=models.CASCADE, related_name="+")
    valeur = models.SmallIntegerField("points")

    class Meta:
        verbose_name = "points"
        verbose_name_plural = "points par axe"
        constraints = [models.UniqueConstraint(fields=["choix", "axe"], name="points_unique")]

    def __str__(self):
        return f"{self.valeur} point{pluriel(self.valeur)} en {self.axe}"

    def clean(self):
        if self.axe_id and self.choix_id and self.axe.version_id != self.choix.question.version_id:
            raise ValidationError({"axe": "Choisissez un axe de la même version que la question."})


class Besoin(models.Model):
    """What a manager may declare wanting to do ("ce que je veux faire")."""

    version = models.ForeignKey(Version, on_delete=models.CASCADE, related_name="besoins")
    slug = models.SlugField("identifiant", max_length=50)
    libelle = models.CharField("libellé", max_length=150)
    ordre = models.PositiveSmallIntegerField("ordre", default=0)
    theme = models.ForeignKey(
        "referentiels.Theme", verbose_name="thème", on_delete=models.PROTECT, null=True, blank=True
    )

    class Meta:
        verbose_name = "besoin (« ce que je veux faire »)"
        verbose_name_plural = "besoins (« ce que je veux faire »)"
        ordering = ["version", "ordre", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["version", "slug"], name="besoin_slug_unique")
        ]

    def __str__(self):
        return self.libelle


class IndicateurDII(models.Model):
    """One of the 12 indicators of Eurostat's Digital Intensity Index (v3), and the choices that
    establish it: met when, for every question concerned, one of its listed choices is retained."""

    version = models.ForeignKey(Version, on_delete=models.CASCADE, related_name="indicateurs_dii")
    numero = models.PositiveSmallIntegerField("numéro")
    libelle = models.CharField("libellé", max_length=250)
    choix = models.ManyToManyField(Choix, related_name="+", verbose_name="choix qui l'établissent")

    class Meta:
        verbose_name = "indicateur DII"
        verbose_name_plural = "indicateurs DII"
        ordering = ["version", "numero"]
        constraints = [
            models.UniqueConstraint(fields=["version", "numero"], name="indicateur_numero_unique"),
            models.CheckConstraint(
                condition=models.Q(numero__gte=1, numero__lte=12), name="indicateur_numero_1_12"
            ),
        ]

    def __str__(self):
        return f"{self.numero}. {self.libelle}"


def nouveau_jeton() -> str:
    return secrets.token_urlsafe(24)


class Resultat(models.Model):
    """One taking of a questionnaire version, from the first step to its scores."""

    version = models.ForeignKey(Version, on_delete=models.PROTECT, related_name="resultats")
    jeton = models.CharField(
        "lien privé", max_length=64, unique=True, default=nouveau_jeton, editable=False
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="compte",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="resultats_diagnostic",
    )
    entreprise = models.ForeignKey(
        "entreprises.Entreprise",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="resultats_diagnostic",
    )
    statut = models.CharField(
        "statut", max_length=10, choices=StatutResultat.choices, default=StatutResultat.EN_COURS
    )
    etape = models.PositiveSmallIntegerField("dernière étape atteinte", default=1)
    besoins = models.ManyToManyField(Besoin, blank=True, verbose_name="ce que je veux faire")
    # Peer group, copied from the entreprise when known (so that comparisons stay stable).
    secteur = models.CharField("division NAF", max_length=2, blank=True, db_index=True)
    tranche_effectifs = models.CharField("tranche d'effectifs", max_length=2, blank=True)
    region = models.ForeignKey(
        "referentiels.Region", on_delete=models.PROTECT, null=True, blank=True
    )
    # Scores, computed once at the end with the version's scale and never recomputed.
    score_global = models.PositiveSmallIntegerField("score global", null=True, blank=True)
    niveau = models.ForeignKey(
        Niveau, verbose_name="niveau", on_delete=models.PROTECT, null=True, blank=True
    )
    dii = models.PositiveSmallIntegerField("indice d'intensité numérique", null=True, blank=True)
    niveau_dii = models.CharField(
        "niveau DII", max_length=12, choices=NiveauDII.choices, blank=True
    )
    indicateurs_dii = models.JSONField("indicateurs DII atteints", default=list, blank=True)
    commerce_connecte = models.BooleanField("éléments de commerce connecté", default=False)
    # Questions that applied but were never answered (a step showed them only once the answer
    # they follow was saved): the scores count them as the worst answer, and the results page
    # offers to complete the diagnostic instead of recomputing silently.
    questions_manquantes = models.JSONField(
        "questions applicables restées sans réponse", default=list, blank=True
    )
    pdf = models.FileField("rapport PDF", upload_to="diagnostic/rapports/", blank=True)
    pdf_demande_le = models.DateTimeField("rapport demandé le", null=True, blank=True)
    commence_le = models.DateTimeField("commencé le", auto_now_add=True)
    modifie_le = models.DateTimeField("modifié le", auto_now=True)
    termine_le = models.DateTimeField("terminé le", null=True, blank=True)

    class Meta:
        verbose_name = "résultat de diagnostic"
        verbose_name_plural = "résultats de diagnostic"
        ordering = ["-commence_le"]
        indexes = [models.Index(fields=["entreprise", "statut", "-termine_le"])]

    def __str__(self):
        return f"{self.version.questionnaire} du {timezone.localtime(self.commence_le):%d/%m/%Y}"

    @property
    def termine(self) -> bool:
        return self.statut == StatutResultat.TERMINE

    @property
    def dii_basique(self) -> bool:
        return self.dii is not None and self.dii >= 4

    def scores_par_axe(self) -> dict[str, int]:
        """Axis slug → score (uses prefetched `scores` when present)."""
        return {score.axe.slug: score.score for score in self.scores.all()}


class ScoreAxe(models.Model):
    """A result's score on one axis (rows, so that peers are averaged by the database)."""

    resultat = models.ForeignKey(Resultat, on_delete=models.CASCADE, related_name="scores")
    axe = models.ForeignKey(Axe, on_delete=models.PROTECT, related_name="+")
    score = models.PositiveSmallIntegerField("score (0 à 100)")

    class Meta:
        verbose_name = "score par axe"
        verbose_name_plural = "scores par axe"
        ordering = ["axe__ordre"]
        constraints = [models.UniqueConstraint(fields=["resultat", "axe"], name="score_axe_unique")]

    def __str__(self):
        return f"{self.axe} : {self.score}/100"


class Reponse(models.Model):
    """One retained choice of a result (a multiple-choice question gives several rows)."""

    resultat = models.ForeignKey(Resultat, on_delete=models.CASCADE, related_name="reponses")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="+")
    choix = models.ForeignKey(Choix, on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = "réponse"
        constraints = [
            models.UniqueConstraint(fields=["resultat", "choix"], name="reponse_choix_unique")
        ]

    def __str__(self):
        return f"{self.question_id} → {self.choix_id}"
