"""E-export content (markets, marketplaces, stories, schemes, FAQ) and business leads.

Rich text fields (`TexteRicheField`) hold HTML cleaned on every save.
"""

import secrets

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.urls import reverse
from django.utils import timezone

from croissance.fields import EurosField, TexteRicheField

from .enums import CategorieFaq, StatutLead, TypeDispositif
from .pays import PAYS_CHOICES


class Secteur(models.Model):
    """A sector as SMEs name it (« Mode et accessoires »), tied to NAF divisions."""

    slug = models.SlugField("identifiant", max_length=60, unique=True)
    nom = models.CharField("nom", max_length=100)
    divisions_naf = models.ManyToManyField(
        "referentiels.Naf",
        verbose_name="divisions NAF",
        blank=True,
        limit_choices_to={"niveau": "division"},
        related_name="+",
    )
    ordre = models.PositiveSmallIntegerField("ordre", default=0)

    class Meta:
        verbose_name = "secteur"
        ordering = ["ordre", "nom"]

    def __str__(self):
        return self.nom


class Marche(models.Model):
    """The export fiche of one country."""

    code_pays = models.CharField("pays", max_length=2, unique=True, choices=PAYS_CHOICES)
    nom = models.CharField("nom", max_length=100)
    accroche = models.CharField("accroche", max_length=255, blank=True)
    caracteristiques = TexteRicheField("caractéristiques du e-commerce local", blank=True)
    habitudes = TexteRicheField("consommateurs et habitudes d'achat en ligne", blank=True)
    places_de_marche = TexteRicheField("principales places de marché", blank=True)
    reseaux = TexteRicheField("réseaux sociaux et moteurs de recherche", blank=True)
    localisation = TexteRicheField("localisation du site", blank=True)
    paiement = TexteRicheField("moyens de paiement", blank=True)
    marketing = TexteRicheField("marketing", blank=True)
    logistique = TexteRicheField("logistique", blank=True)
    retours = TexteRicheField("retours", blank=True)
    douane = TexteRicheField("droits de douane", blank=True)
    fiscalite = TexteRicheField("taxes et fiscalité", blank=True)
    publie = models.BooleanField("publié", default=True)
    mis_a_jour_le = models.DateField("mis à jour le", default=timezone.localdate)

    class Meta:
        verbose_name = "marché"
        ordering = ["nom"]

    def __str__(self):
        return self.nom

    def get_absolute_url(self):
        return reverse("einter:marche", args=[self.code_pays.lower()])

    SECTIONS = [
        ("caracteristiques", "Le commerce en ligne local"),
        ("habitudes", "Consommateurs et habitudes d'achat en ligne"),
        ("places_de_marche", "Principales places de marché"),
        ("reseaux", "Réseaux sociaux et moteurs de recherche"),
    ]
    BONNES_PRATIQUES = [
        ("localisation", "Localisation du site"),
        ("paiement", "Moyens de paiement"),
        ("marketing", "Marketing"),
        ("logistique", "Logistique"),
        ("retours", "Retours"),
        ("douane", "Droits de douane"),
        ("fiscalite", "Taxes et fiscalité"),
    ]
    RICH_TEXT_FIELDS = [name for name, _ in SECTIONS + BONNES_PRATIQUES]


class ChiffreCle(models.Model):
    marche = models.ForeignKey(Marche, on_delete=models.CASCADE, related_name="chiffres")
    libelle = models.CharField("indicateur", max_length=200)
    valeur = models.CharField("valeur", max_length=100)
    source = models.CharField("source", max_length=200)
    annee = models.PositiveSmallIntegerField("année")
    ordre = models.PositiveSmallIntegerField("ordre", default=0)

    class Meta:
        verbose_name = "chiffre clé"
        verbose_name_plural = "chiffres clés"
        ordering = ["ordre", "pk"]

    def __str__(self):
        return f"{self.libelle} : {self.valeur}"


class PlaceDeMarche(models.Model):
    nom = models.CharField("nom", max_length=100)
    slug = models.SlugField("identifiant", max_length=100, unique=True)
    description = TexteRicheField("description", blank=True)
    marches = models.ManyToManyField(Marche, verbose_name="pays", related_name="places")
    secteurs = models.ManyToManyField(Secteur, verbose_name="secteurs", related_name="places")
    modele_commission = models.CharField("modèle de commission", max_length=255)
    url = models.URLField("site")
    publie = models.BooleanField("publiée", default=True)

    class Meta:
        verbose_name = "place de marché"
        verbose_name_plural = "places de marché"
        ordering = ["nom"]

    def __str__(self):
        return self.nom

    def get_absolute_url(self):
        return reverse("einter:place", args=[self.slug])


class OffrePreferentielle(models.Model):
    """Terms negotiated with a marketplace for the programme's SMEs."""

    place = models.ForeignKey(PlaceDeMarche, on_delete=models.CASCADE, related_name="offres")
    titre = models.CharField("offre", max_length=200)
    conditions = models.TextField("conditions")
    debut = models.DateField("valable à partir du")
    fin = models.DateField("valable jusqu'au")

    class Meta:
        verbose_name = "offre négociée"
        verbose_name_plural = "offres négociées"
        ordering = ["fin"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(fin__gte=models.F("debut")), name="offre_dates_ordonnees"
            )
        ]

    def __str__(self):
        return self.titre


class Temoignage(models.Model):
    """A success story: how an SME sold abroad."""

    titre = models.CharField("titre", max_length=200)
    slug = models.SlugField("identifiant", max_length=200, unique=True)
    entreprise = models.CharField("entreprise", max_length=200)
    region = models.ForeignKey(
        "referentiels.Region",
        verbose_name="région",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
    )
    marche = models.ForeignKey(
        Marche, verbose_name="marché", on_delete=models.PROTECT, related_name="temoignages"
    )
    secteur = models.ForeignKey(
        Secteur, verbose_name="secteur", on_delete=models.PROTECT, related_name="temoignages"
    )
    produits = models.CharField("ce qu'elle a vendu", max_length=255)
    canaux = models.CharField("canaux de vente", max_length=255)
    places = models.ManyToManyField(
        PlaceDeMarche, verbose_name="places de marché", blank=True, related_name="temoignages"
    )
    budget = EurosField("budget", max_digits=10, decimal_places=2, null=True, blank=True)
    resultats = models.CharField("résultats", max_length=255)
    recit = TexteRicheField("récit", blank=True)
    publie = models.BooleanField("publié", default=True)
    publie_le = models.DateField("publié le", default=timezone.localdate)

    class Meta:
        verbose_name = "témoignage"
        ordering = ["-publie_le", "pk"]

    def __str__(self):
        return self.titre

    def get_absolute_url(self):
        return reverse("einter:temoignage", args=[self.slug])


class Dispositif(models.Model):
    """An existing public support scheme for exporters."""

    nom = models.CharField("nom", max_length=200)
    type = models.CharField("type", max_length=20, choices=TypeDispositif.choices)
    organisme = models.CharField("organisme", max_length=200)
    description = models.TextField("description")
    url = models.URLField("site de l'organisme", blank=True)
    recherche_aides = models.CharField(
        "recherche dans le catalogue des aides",
        max_length=100,
        blank=True,
        help_text="Mots-clés passés au catalogue des aides ; vide si le dispositif n'y est pas.",
    )
    ordre = models.PositiveSmallIntegerField("ordre", default=0)

    class Meta:
        verbose_name = "dispositif d'accompagnement"
        verbose_name_plural = "dispositifs d'accompagnement"
        ordering = ["ordre", "nom"]

    def __str__(self):
        return self.nom


class QuestionFaq(models.Model):
    categorie = models.CharField("besoin", max_length=20, choices=CategorieFaq.choices)
    question = models.CharField("question", max_length=255)
    reponse = TexteRicheField("réponse")
    mots_cles = models.CharField("mots-clés", max_length=255, blank=True)
    lien_url = models.CharField(
        "lien vers la suite", max_length=255, blank=True, help_text="Ex. /e-export/marches/de/"
    )
    lien_libelle = models.CharField("libellé du lien", max_length=100, blank=True)
    ordre = models.PositiveSmallIntegerField("ordre", default=0)
    publie = models.BooleanField("publiée", default=True)

    class Meta:
        verbose_name = "question de la FAQ"
        verbose_name_plural = "questions de la FAQ"
        ordering = ["categorie", "ordre", "pk"]

    def __str__(self):
        return self.question


class Lead(models.Model):
    """A foreign buyer's demand for French products or services."""

    reference = models.CharField("référence", max_length=50, unique=True)
    titre = models.CharField("produit ou service recherché", max_length=255)
    description = models.TextField("description", blank=True)
    pays = models.CharField("pays", max_length=2, choices=PAYS_CHOICES)
    secteur = models.ForeignKey(
        Secteur, verbose_name="secteur", on_delete=models.PROTECT, null=True, blank=True
    )
    naf_division = models.ForeignKey(
        "referentiels.Naf",
        verbose_name="division NAF",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        limit_choices_to={"niveau": "division"},
        related_name="+",
    )
    categorie_produit = models.CharField("catégorie de produit", max_length=150, blank=True)
    quantite = models.CharField("quantité ou valeur", max_length=150, blank=True)
    date_limite = models.DateField("date limite de réponse", null=True, blank=True)
    source = models.CharField("source", max_length=150)
    publie_le = models.DateField("publié le", default=timezone.localdate)
    statut = models.CharField(
        "statut", max_length=10, choices=StatutLead.choices, default=StatutLead.OUVERT
    )
    contact_nom = models.CharField("contact", max_length=150, blank=True)
    contact_email = models.EmailField("courriel du contact", blank=True)
    contact_url = models.URLField("lien pour répondre", blank=True)
    cree_le = models.DateTimeField("importé le", auto_now_add=True, db_index=True)
    # Maintained by services.actualiser_index_recherche (PostgreSQL only), GIN-indexed.
    search_vector = SearchVectorField(null=True, editable=False)

    class Meta:
        verbose_name = "lead"
        ordering = ["-publie_le", "-pk"]
        indexes = [
            models.Index(fields=["-publie_le", "-id"], name="lead_publie"),
            models.Index(fields=["statut", "-publie_le"], name="lead_statut_publie"),
            models.Index(fields=["pays", "statut", "-publie_le"], name="lead_pays_statut"),
            # (secteur, statut, -publie_le) is `lead_secteur_demande`, created by migration
            # 0006: on PostgreSQL it also covers pays and date_limite.
        ]

    def __str__(self):
        return f"{self.reference} – {self.titre}"

    def get_absolute_url(self):
        return reverse("einter:lead", args=[self.pk])


def _jeton():
    return secrets.token_urlsafe(32)


class RechercheSauvegardee(models.Model):
    """A leads search a user keeps, with its daily email alert."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="utilisateur",
        on_delete=models.CASCADE,
        related_name="recherches_leads",
    )
    nom = models.CharField("nom", max_length=150)
    criteres = models.JSONField("critères", default=dict)
    alerte_active = models.BooleanField("alerte quotidienne", default=True)
    jeton = models.CharField(max_length=64, unique=True, default=_jeton, editable=False)
    cree_le = models.DateTimeField("créée le", default=timezone.now)
    dernier_envoi = models.DateTimeField("dernier envoi", null=True, blank=True)

    class Meta:
        verbose_name = "recherche sauvegardée"
        verbose_name_plural = "recherches sauvegardées"
        ordering = ["-cree_le"]

    def __str__(self):
        return self.nom


class LeadEnvoye(models.Model):
    """A lead already sent by a saved search's alert: it is never sent again."""

    recherche = models.ForeignKey(
        RechercheSauvegardee, on_delete=models.CASCADE, related_name="envois"
    )
    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="+")
    envoye_le = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "lead envoyé"
        verbose_name_plural = "leads envoyés"
        constraints = [
            models.UniqueConstraint(fields=["recherche", "lead"], name="lead_envoye_une_fois")
        ]

    def __str__(self):
        return f"{self.lead_id} → {self.recherche_id}"
