from django import forms

from croissance.forms import DsfrForm

from .enums import CategorieFaq
from .models import Dispositif, Lead, Marche, PlaceDeMarche, QuestionFaq, Temoignage

TAILLE_MAX_IMPORT = 50 * 1024 * 1024


def _lien(label, required=True):
    return forms.URLField(label=label, required=required, assume_scheme="https")


class AdminForm(forms.ModelForm):
    """Base of the app's admin forms (links add https:// when the scheme is left out)."""


class DispositifAdminForm(AdminForm):
    url = _lien("site de l'organisme", required=False)

    class Meta:
        model = Dispositif
        fields = ["nom", "type", "organisme", "description", "url", "recherche_aides", "ordre"]


class LeadAdminForm(AdminForm):
    contact_url = _lien("lien pour répondre", required=False)

    class Meta:
        model = Lead
        fields = ["reference", "titre", "description", "pays", "secteur", "naf_division"]
        fields += ["categorie_produit", "quantite", "date_limite", "source", "publie_le"]
        fields += ["statut", "contact_nom", "contact_email", "contact_url"]


class MarcheAdminForm(AdminForm):
    class Meta:
        model = Marche
        fields = ["code_pays", "nom", "accroche", "publie", "mis_a_jour_le"]
        fields += Marche.RICH_TEXT_FIELDS


class PlaceAdminForm(AdminForm):
    url = _lien("site")

    class Meta:
        model = PlaceDeMarche
        fields = ["nom", "slug", "description", "marches", "secteurs"]
        fields += ["modele_commission", "url", "publie"]


class TemoignageAdminForm(AdminForm):
    class Meta:
        model = Temoignage
        fields = ["titre", "slug", "entreprise", "region", "marche", "secteur", "produits"]
        fields += ["canaux", "places", "budget", "resultats", "recit", "publie", "publie_le"]


class QuestionFaqAdminForm(AdminForm):
    class Meta:
        model = QuestionFaq
        fields = ["categorie", "question", "reponse", "mots_cles", "lien_url", "lien_libelle"]
        fields += ["ordre", "publie"]

    def clean_lien_url(self):
        url = self.cleaned_data["lien_url"]
        if url and not (url.startswith("/") or url.startswith("https://")):
            raise forms.ValidationError("Indiquez un chemin du portail (/…) ou un lien https://.")
        return url


class RechercheForm(DsfrForm):
    nom = forms.CharField(
        label="Nom de la recherche",
        max_length=150,
        help_text="Par exemple : « Fromages – Japon ».",
    )


class ImportLeadsForm(DsfrForm):
    fichier = forms.FileField(
        label="Fichier CSV des leads",
        help_text="Séparateur point-virgule ou virgule, encodage UTF-8 ; 50 Mo au plus.",
    )
    dry_run = forms.BooleanField(
        label="Simulation : vérifier le fichier sans rien enregistrer", required=False
    )

    def clean_fichier(self):
        fichier = self.cleaned_data["fichier"]
        if fichier.size > TAILLE_MAX_IMPORT:
            raise forms.ValidationError("Le fichier dépasse 50 Mo : découpez-le.")
        return fichier


class FaqForm(DsfrForm):
    q = forms.CharField(label="Votre question en quelques mots", max_length=100, required=False)
    categorie = forms.ChoiceField(
        label="Votre besoin",
        choices=[("", "Tous les besoins"), *CategorieFaq.choices],
        required=False,
    )


class ExpertForm(DsfrForm):
    """« Parler à un expert »: the request goes to e-export connecteurs serving the firm."""

    entreprise = forms.ModelChoiceField(label="Votre entreprise", queryset=None, empty_label=None)
    besoin = forms.CharField(
        label="Votre besoin",
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        help_text="Par exemple : « Nous voulons vendre nos biscuits en Allemagne sur une place "
        "de marché ».",
    )
    pays = forms.CharField(
        label="Pays visés", max_length=200, help_text="Par exemple : Allemagne, Japon."
    )
    produit = forms.CharField(label="Produit ou service à vendre", max_length=200)
    partage_diagnostic = forms.BooleanField(
        label="Je partage mon dernier autodiagnostic avec l'expert", required=False
    )

    def __init__(self, *args, entreprises, theme, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["entreprise"].queryset = entreprises
        self.theme = theme

    def clean(self):
        """What a request to connecteurs needs: the e-export need and one message."""
        data = super().clean()
        if not self.errors:
            data["theme"] = self.theme
            data["message"] = (
                f"{data['besoin']}\n\nPays visés : {data['pays']}\n"
                f"Produit ou service : {data['produit']}"
            )
        return data
