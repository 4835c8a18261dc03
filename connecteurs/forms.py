from django import forms
from django.core.exceptions import ValidationError
from django.db import models

from croissance.forms import DsfrForm, DsfrModelForm
from croissance.referentiels.models import Naf, Theme

from . import propositions as propositions_module
from .enums import EtatCandidature, EtatLabel, EtatReponse, Langue
from .models import Candidature, Connecteur, Critere, Evenement, Piece, Prestation


def _https_par_defaut(field, **kwargs):
    if isinstance(field, models.URLField):
        kwargs["assume_scheme"] = "https"
    return field.formfield(**kwargs)


M2M_PROFIL = ["regions", "departements", "themes", "secteurs", "cible_sections"]


class ConnecteurForm(DsfrModelForm):
    langues = forms.MultipleChoiceField(
        label="Langues parlées",
        choices=Langue.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Connecteur
        formfield_callback = _https_par_defaut
        fields = [
            "nom",
            "type_acteur",
            "siret",
            "presentation",
            "logo",
            "national",
            "regions",
            "departements",
            "themes",
            "secteurs",
            "cible_effectif_min",
            "cible_effectif_max",
            "cible_sections",
            "cible_age_min",
            "cible_age_max",
            "langues",
            "contact_nom",
            "email_contact",
            "telephone",
            "site_web",
        ]
        widgets = {
            "regions": forms.CheckboxSelectMultiple,
            "themes": forms.CheckboxSelectMultiple,
            "secteurs": forms.CheckboxSelectMultiple,
            "cible_sections": forms.CheckboxSelectMultiple,
            "presentation": forms.Textarea(attrs={"rows": 6}),
        }
        help_texts = {
            "presentation": "Quelques lignes : qui vous êtes, ce que vous apportez aux PME. "
            "Mise en forme simple acceptée (gras, listes, liens).",
            "logo": "Image PNG ou JPEG, 10 Mo au plus.",
            "siret": "14 chiffres.",
            "regions": "Obligatoire, avec ou sans départements, sauf si votre structure "
            "intervient dans toute la France.",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        sections = Naf.objects.filter(niveau="section").order_by("code")
        self.fields["secteurs"].queryset = sections
        self.fields["cible_sections"].queryset = sections
        self.fields["themes"].required = True
        self.fields["departements"].widget.attrs["size"] = 8

    def clean(self):
        data = super().clean()
        for bas, haut, libelle in (
            ("cible_effectif_min", "cible_effectif_max", "L'effectif maximal"),
            ("cible_age_min", "cible_age_max", "L'âge maximal"),
        ):
            if data.get(bas) is not None and data.get(haut) is not None and data[bas] > data[haut]:
                self.add_error(haut, f"{libelle} doit être supérieur ou égal au minimum.")
        return data

    def m2m(self) -> dict:
        return {name: self.cleaned_data[name] for name in M2M_PROFIL}


class SignatureForm(DsfrForm):
    accepte = forms.BooleanField(
        label="J'ai lu la charte et je l'accepte au nom de ma structure", required=True
    )


class PrestationForm(DsfrModelForm):
    class Meta:
        model = Prestation
        fields = ["titre", "theme", "format", "duree", "prix_ht", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}


class CandidatureForm(DsfrModelForm):
    class Meta:
        model = Candidature
        fields = ["references", "certifications", "equipe"]
        widgets = {
            "references": forms.Textarea(attrs={"rows": 6}),
            "certifications": forms.Textarea(attrs={"rows": 3}),
            "equipe": forms.Textarea(attrs={"rows": 3}),
        }


class PieceForm(DsfrModelForm):
    class Meta:
        model = Piece
        fields = ["type_piece", "titre", "fichier"]
        help_texts = {"fichier": "PDF, PNG ou JPEG, 10 Mo au plus."}


class AffectationForm(DsfrForm):
    evaluateur = forms.ModelChoiceField(label="Évaluateur ou évaluatrice", queryset=None)

    def __init__(self, *args, evaluateurs, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["evaluateur"].queryset = evaluateurs
        self.fields["evaluateur"].label_from_instance = lambda u: (
            f"{u.get_full_name() or u.email} ({u.get_role_display()})"
        )


class EvaluationForm(DsfrForm):
    """One score and comment field per criterion of the grid."""

    def __init__(self, *args, criteres: list[Critere], initial_notes: dict, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteres = criteres
        for critere in criteres:
            score, commentaire = initial_notes.get(critere.pk, (None, ""))
            self.fields[f"score_{critere.pk}"] = forms.IntegerField(
                label=f"{critere.libelle} : note sur {critere.note_max}",
                help_text=critere.description or f"Plancher : {critere.plancher}.",
                min_value=0,
                max_value=critere.note_max,
                initial=score,
            )
            self.fields[f"commentaire_{critere.pk}"] = forms.CharField(
                label=f"Commentaire sur « {critere.libelle} »",
                required=False,
                initial=commentaire,
                widget=forms.Textarea(attrs={"rows": 2}),
            )
        self.fields["commentaire"] = forms.CharField(
            label="Avis général", required=False, widget=forms.Textarea(attrs={"rows": 3})
        )

    def notes(self) -> dict:
        return {
            c.pk: (
                self.cleaned_data[f"score_{c.pk}"],
                self.cleaned_data[f"commentaire_{c.pk}"],
            )
            for c in self.criteres
        }


class DecisionForm(DsfrForm):
    decision = forms.ChoiceField(
        label="Décision",
        choices=[
            (EtatCandidature.LABELLISEE.value, "Accorder le label"),
            (EtatCandidature.A_COMPLETER.value, "Demander des compléments"),
            (EtatCandidature.REFUSEE.value, "Refuser"),
        ],
        widget=forms.RadioSelect,
    )
    motif = forms.CharField(
        label="Motif",
        required=False,
        help_text="Obligatoire pour un refus ou une demande de compléments.",
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class LabelActionForm(DsfrForm):
    action = forms.ChoiceField(
        label="Action",
        choices=[
            (EtatLabel.SUSPENDU.value, "Suspendre le label"),
            (EtatLabel.RETIRE.value, "Retirer le label"),
            (EtatLabel.ACTIF.value, "Rétablir le label suspendu"),
        ],
    )
    motif = forms.CharField(label="Motif", widget=forms.Textarea(attrs={"rows": 3}))


class DemandeForm(DsfrForm):
    entreprise = forms.ModelChoiceField(label="Entreprise concernée", queryset=None)
    theme = forms.ModelChoiceField(label="Votre besoin", queryset=Theme.objects.all())
    message = forms.CharField(
        label="Votre message",
        help_text="Décrivez votre situation et ce que vous attendez.",
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    partage_diagnostic = forms.BooleanField(
        label="J'accepte de partager mon dernier diagnostic numérique avec ce ou ces connecteurs",
        required=False,
    )

    def __init__(self, *args, entreprises, themes=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["entreprise"].queryset = entreprises
        if themes is not None:
            self.fields["theme"].queryset = themes


class IdsField(forms.Field):
    """Connecteur ids carried by several inputs of the same name (hidden fields, checkboxes)."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value):
        if isinstance(value, str):  # one value, given alone
            value = [value]
        valeurs = [str(v) for v in value or []]
        if not all(v.isdecimal() and len(v) < 12 for v in valeurs):
            raise ValidationError(propositions_module.LISTE_CHANGEE, code="liste_changee")
        return [int(v) for v in valeurs]


class DestinatairesForm(DsfrForm):
    """Step 2 of a request (« Vérifier et envoyer »): the connecteurs shown, carried in hidden
    fields, and those the manager keeps, one checkbox each. Valid only if the proposals made
    now are still the ones shown; `cleaned_data["connecteurs"]` is then who to send to."""

    proposes = IdsField(required=False)
    gardes = IdsField(required=False)

    def __init__(self, *args, propositions, **kwargs):
        super().__init__(*args, **kwargs)
        self.propositions = propositions

    def clean(self):
        data = super().clean()
        if "proposes" in data and "gardes" in data:
            data["connecteurs"] = propositions_module.retenus(
                self.propositions, proposes=data["proposes"], gardes=data["gardes"]
            )
        return data

    def ancre_erreur(self, nom) -> str:
        """Any error is corrected on the list of connecteurs: its first box."""
        return f"garde-{self.propositions[0].connecteur.pk}" if self.propositions else "contenu"

    def lignes(self) -> list[tuple]:
        """Each proposal and whether its box is ticked: all of them at first; then as the
        manager left them (a connecteur new to the list comes ticked)."""
        data = getattr(self, "cleaned_data", {}) if self.is_bound else {}
        retires = set(data.get("proposes", [])) - set(data.get("gardes", []))
        return [(p, p.connecteur.pk not in retires) for p in self.propositions]


class ReponseForm(DsfrForm):
    etat = forms.ChoiceField(label="Votre réponse", widget=forms.RadioSelect)
    motif = forms.CharField(
        label="Motif ou commentaire",
        required=False,
        help_text="Obligatoire si la demande n'est pas pour vous.",
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, choix, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["etat"].choices = [(e, EtatReponse(e).label) for e in choix]


class AvisForm(DsfrForm):
    contacte = forms.TypedChoiceField(
        label="Le connecteur vous a-t-il contacté ?",
        choices=[("oui", "Oui"), ("non", "Non")],
        coerce=lambda v: v == "oui",
        widget=forms.RadioSelect,
    )
    utile = forms.TypedChoiceField(
        label="L'échange vous a-t-il été utile ?",
        choices=[("oui", "Oui"), ("non", "Non")],
        coerce=lambda v: v == "oui",
        widget=forms.RadioSelect,
    )
    note = forms.TypedChoiceField(
        label="Votre note",
        choices=[(str(n), f"{n} sur 5") for n in range(5, 0, -1)],
        coerce=int,
        widget=forms.RadioSelect,
    )
    commentaire = forms.CharField(
        label="Votre avis",
        required=False,
        help_text="Publié après relecture par la mission.",
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class ReponseAvisForm(DsfrForm):
    texte = forms.CharField(
        label="Votre réponse publique", widget=forms.Textarea(attrs={"rows": 3})
    )


class EvenementForm(DsfrModelForm):
    class Meta:
        model = Evenement
        formfield_callback = _https_par_defaut
        fields = [
            "titre",
            "type_evenement",
            "debut",
            "lieu",
            "lien",
            "region",
            "theme",
            "description",
        ]
        widgets = {
            "debut": forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
            "description": forms.Textarea(attrs={"rows": 4}),
        }
        help_texts = {"lieu": "Adresse, ou laissez vide pour un webinaire avec un lien."}

    def clean(self):
        data = super().clean()
        if not data.get("lieu") and not data.get("lien"):
            self.add_error("lieu", "Indiquez un lieu ou un lien.")
        return data


# --- A structure's members ---------------------------------------------------------------


class AdhesionForm(DsfrForm):
    message = forms.CharField(
        label="Message pour le référent de la structure",
        required=False,
        max_length=2000,
        help_text="Facultatif : votre fonction, votre service.",
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class DecisionAdhesionForm(DsfrForm):
    decision = forms.ChoiceField(
        label="Votre décision",
        choices=[("accepter", "Accepter ce nouveau membre"), ("refuser", "Refuser la demande")],
        widget=forms.RadioSelect,
    )
    motif = forms.CharField(
        label="Motif",
        required=False,
        max_length=2000,
        help_text="Obligatoire en cas de refus : la personne le reçoit par courriel.",
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class RetraitForm(DsfrForm):
    motif = forms.CharField(
        label="Motif du retrait",
        max_length=2000,
        error_messages={"required": "Indiquez pourquoi ce membre quitte la structure."},
        help_text="La personne le reçoit par courriel ; il reste dans l'historique.",
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class PassationForm(DsfrForm):
    motif = forms.CharField(
        label="Motif",
        required=False,
        max_length=2000,
        help_text="Facultatif : il reste dans l'historique des membres.",
        widget=forms.Textarea(attrs={"rows": 3}),
    )
