from django import forms
from django.conf import settings

from croissance.forms import DsfrForm, DsfrModelForm
from croissance.referentiels.forms import champ_choix_naf, champ_naf, lire_naf
from croissance.uploads import validate_document

from .activite import activite_de_naf
from .enums import Activite
from .models import Entreprise
from .validators import normalize_number, validate_siret


def champ_activite() -> forms.ChoiceField:
    """The type of activity, whose first choice lets the NAF code decide (`deduire_activite`)."""
    return forms.ChoiceField(
        label="Type d'activité",
        choices=[("", "D'après le code NAF")] + Activite.choices,
        required=False,
        help_text="Laissé sur le premier choix, il est déduit de l'activité (NAF) ; vous pouvez "
        "le changer.",
    )


def deduire_activite(data: dict, *, sinon: str) -> None:
    """Left on « D'après le code NAF », the type of activity is the one the code suggests
    (`activite_de_naf`), `sinon` without a code (both fields are optional)."""
    if not data.get("activite"):
        naf = data.get("naf")
        data["activite"] = (activite_de_naf(naf.code) if naf else None) or sinon


class SiretForm(DsfrForm):
    siret = forms.CharField(
        label="Numéro SIRET de votre établissement",
        help_text="14 chiffres, indiqués sur votre extrait Kbis ou vos factures.",
        max_length=20,
        validators=[validate_siret],
    )

    def clean_siret(self):
        return normalize_number(self.cleaned_data["siret"])


class EntrepriseForm(DsfrModelForm):
    code_commune = forms.CharField(widget=forms.HiddenInput, required=False)
    naf = champ_naf()
    naf_choix = champ_choix_naf()
    activite = champ_activite()

    class Meta:
        model = Entreprise
        fields = [
            "siret",
            "nom",
            "naf",
            "activite",
            "code_postal",
            "tranche_effectifs",
            "effectif",
            "chiffre_affaires",
            "total_bilan",
            "surface_vente_m2",
            "date_creation",
            "pure_player",
        ]
        widgets = {"date_creation": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}
        help_texts = {
            "effectif": "Nombre de personnes employées, dirigeants compris.",
            "chiffre_affaires": "Dernier exercice clos, hors taxes. Facultatif.",
            "total_bilan": "Dernier exercice clos. Facultatif.",
            "surface_vente_m2": "Pour les commerces de détail. Facultatif.",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.order_fields(["siret", "nom", "naf", "naf_choix"])
        self.fields["code_postal"].required = True
        if self.instance.pk:
            self.fields["siret"].disabled = True

    def clean_siret(self):
        return normalize_number(self.cleaned_data["siret"])

    def clean_naf(self):
        return lire_naf(self, self.cleaned_data["naf"])

    def clean(self):
        data = super().clean()
        deduire_activite(data, sinon=Activite.AUTRE)
        return data

    def clean_code_postal(self):
        code = self.cleaned_data["code_postal"].strip()
        if not (len(code) == 5 and code.isdigit()):
            raise forms.ValidationError("Le code postal compte 5 chiffres.")
        return code


class GestionnaireForm(DsfrForm):
    email = forms.EmailField(
        label="Adresse électronique de la personne à inviter",
        help_text="Elle reçoit un lien pour accepter, valable "
        f"{settings.ENTREPRISES_INVITATION_DUREE_JOURS} jours.",
    )


class RetraitForm(DsfrForm):
    prefix = "retrait"
    personne = forms.ModelChoiceField(
        label="Personne à retirer", queryset=None, empty_label="Choisissez une personne"
    )
    motif = forms.CharField(
        label="Motif du retrait",
        help_text="La personne le lira dans le courriel qui la prévient.",
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=1000,
    )

    def __init__(self, *args, entreprise, par, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["personne"].queryset = entreprise.gestionnaires.exclude(pk=par.pk)


class QuitterForm(DsfrForm):
    prefix = "quitter"
    motif = forms.CharField(
        label="Pourquoi partez-vous ?",
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=1000,
        required=False,
    )


class RevendicationForm(DsfrForm):
    message = forms.CharField(
        label="Votre message aux personnes qui gèrent l'entreprise",
        help_text="Qui êtes-vous dans l'entreprise ? Par exemple : « Je suis la gérante "
        "depuis mars, j'ai repris la société. »",
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
    )
    justificatif = forms.FileField(
        label="Justificatif",
        help_text="Un extrait Kbis de moins de trois mois, par exemple. PDF, PNG ou JPEG, "
        "10 Mo au plus. Il n'est lu que par l'équipe de la mission, si elle doit décider.",
        required=False,
        validators=[validate_document],
    )


class DecisionForm(DsfrForm):
    decision = forms.ChoiceField(
        label="Décision",
        choices=[("accepter", "Accepter"), ("refuser", "Refuser")],
        widget=forms.RadioSelect,
    )
    motif = forms.CharField(
        label="Motif",
        help_text="Obligatoire pour un refus ; la personne le lira.",
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=1000,
        required=False,
    )


class ContestationForm(DsfrForm):
    motif = forms.CharField(
        label="Pourquoi contestez-vous ce refus ?",
        help_text="L'équipe de la mission lira votre demande, votre justificatif et ce motif.",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
    )
