from decimal import Decimal

from django import forms

from croissance.entreprises.selectors import entreprises_for_user
from croissance.forms import DsfrForm, DsfrModelForm
from croissance.referentiels.models import Region, Theme

from .enums import EtatProposition
from .models import Annonce, AppelFormations, Formation, Proposition, SessionFormation

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class FormationForm(DsfrModelForm):
    themes = forms.ModelMultipleChoiceField(
        label="Thèmes",
        queryset=Theme.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = Formation
        fields = [
            "organisme",
            "titre",
            "type_etablissement",
            "type_formation",
            "public",
            "modalite",
            "type_lieu",
            "lieu_immersion",
            "region",
            "niveau",
            "duree_heures",
            "prix",
            "finance_opco",
            "eligible_cpf",
            "description",
            "programme",
            "publiee",
        ]

    def __init__(self, *args, organisme=None, **kwargs):
        super().__init__(*args, **kwargs)
        if organisme is not None:
            # A provider's member edits its own trainings only.
            del self.fields["organisme"]
            self.instance.organisme = organisme
        if self.instance.pk:
            self.fields["themes"].initial = list(self.instance.themes.all())


class SessionForm(DsfrModelForm):
    lien = forms.URLField(
        label="Lien de connexion",
        required=False,
        assume_scheme="https",
        help_text="Pour une session à distance.",
    )

    class Meta:
        model = SessionFormation
        fields = ["date_debut", "date_fin", "lieu", "lien", "places"]
        widgets = {"date_debut": DATE, "date_fin": DATE}
        help_texts = {"lieu": "Adresse ; laissez vide pour une session à distance avec un lien."}


class InscriptionForm(DsfrForm):
    entreprise = forms.ModelChoiceField(label="Entreprise", queryset=None, empty_label=None)
    pour = forms.ChoiceField(
        label="Qui suivra la formation ?",
        choices=[("moi", "Moi-même"), ("salarie", "Un ou une salariée de l'entreprise")],
        widget=forms.RadioSelect,
        initial="moi",
    )
    participant_nom = forms.CharField(
        label="Nom du ou de la salariée",
        max_length=200,
        required=False,
        help_text="Obligatoire si un ou une salariée suit la formation.",
    )
    participant_email = forms.EmailField(
        label="Adresse électronique du ou de la salariée",
        required=False,
        help_text="Obligatoire si un ou une salariée suit la formation.",
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["entreprise"].queryset = entreprises_for_user(user)

    def clean(self):
        data = super().clean()
        if data.get("pour") == "salarie":
            if not data.get("participant_nom"):
                self.add_error("participant_nom", "Indiquez le nom du ou de la salariée.")
            if not data.get("participant_email"):
                self.add_error(
                    "participant_email", "Indiquez l'adresse électronique du ou de la salariée."
                )
        else:
            data["participant_nom"] = self.user.get_full_name() or self.user.email
            data["participant_email"] = self.user.email
        return data


class MotifForm(DsfrForm):
    motif = forms.CharField(label="Motif", widget=forms.Textarea(attrs={"rows": 3}))


class AvisForm(DsfrForm):
    note = forms.TypedChoiceField(
        label="Utilité pour la transition numérique de votre entreprise",
        choices=[
            (5, "5 – Très utile"),
            (4, "4 – Utile"),
            (3, "3 – Moyennement utile"),
            (2, "2 – Peu utile"),
            (1, "1 – Pas utile"),
        ],
        coerce=int,
        widget=forms.RadioSelect,
    )
    commentaire = forms.CharField(
        label="Commentaire", required=False, widget=forms.Textarea(attrs={"rows": 4})
    )


class ReponseForm(DsfrForm):
    reponse = forms.CharField(label="Réponse publique", widget=forms.Textarea(attrs={"rows": 3}))


# Bourse de temps ---------------------------------------------------------------------------


class AdhesionForm(DsfrForm):
    charte_acceptee = forms.BooleanField(
        label="J'accepte la charte de la bourse de temps au nom de l'entreprise",
        error_messages={"required": "Acceptez la charte de la bourse de temps pour adhérer."},
    )


class AnnonceForm(DsfrModelForm):
    class Meta:
        model = Annonce
        fields = ["sens", "titre", "description", "salarie", "heures", "modalite", "region"]
        widgets = {"description": forms.Textarea(attrs={"rows": 4})}
        help_texts = {
            "salarie": "Obligatoire pour une offre de compétence ; "
            "laissez vide pour une demande d'aide."
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].queryset = Region.objects.all()
        self.fields["sens"].widget = forms.RadioSelect(choices=self.fields["sens"].choices[1:])


class PropositionEchangeForm(DsfrForm):
    membre = forms.ModelChoiceField(label="Votre entreprise", queryset=None, empty_label=None)
    heures = forms.DecimalField(
        label="Nombre d'heures", min_value=Decimal("0.5"), max_digits=7, decimal_places=2
    )
    salarie = forms.CharField(
        label="Salarié ou salariée qui interviendra",
        required=False,
        help_text="Obligatoire si votre entreprise donne des heures ; "
        "laissez vide si elle en reçoit.",
    )
    message = forms.CharField(
        label="Message", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, membres, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["membre"].queryset = membres
        self.fields["membre"].label_from_instance = lambda membre: str(membre.entreprise)


class AnneeForm(DsfrForm):
    annee = forms.IntegerField(label="Année", min_value=2015, max_value=2100)


# Appel à manifestation d'intérêt -----------------------------------------------------------


class PropositionForm(DsfrModelForm):
    regions = forms.ModelMultipleChoiceField(
        label="Régions", queryset=Region.objects.all(), widget=forms.CheckboxSelectMultiple
    )
    themes = forms.ModelMultipleChoiceField(
        label="Thèmes",
        queryset=Theme.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = Proposition
        fields = [
            "titre",
            "type_etablissement",
            "type_formation",
            "public",
            "modalite",
            "type_lieu",
            "lieux_immersion",
            "regions",
            "themes",
            "niveau",
            "duree_heures",
            "prix",
            "finance_opco",
            "eligible_cpf",
            "description",
            "programme",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["regions"].initial = list(self.instance.regions.all())
            self.fields["themes"].initial = list(self.instance.themes.all())


class EvaluationForm(DsfrForm):
    decision = forms.ChoiceField(
        label="Décision",
        choices=[
            (EtatProposition.ACCEPTEE, "Accepter et publier au catalogue"),
            (EtatProposition.A_COMPLETER, "Demander des compléments"),
            (EtatProposition.REFUSEE, "Refuser"),
        ],
        widget=forms.RadioSelect,
    )
    motif = forms.CharField(
        label="Motif (obligatoire sauf pour une acceptation)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class AppelForm(DsfrModelForm):
    class Meta:
        model = AppelFormations
        fields = ["titre", "description", "criteres", "date_limite", "publie"]
        widgets = {
            "date_limite": forms.DateTimeInput(
                attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
            ),
            "description": forms.Textarea(attrs={"rows": 5}),
            "criteres": forms.Textarea(attrs={"rows": 5}),
        }
