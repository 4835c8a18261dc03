"""Forms of a structure's members page: joining, deciding, removing, handing over."""

from django import forms

from croissance.forms import DsfrForm


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
