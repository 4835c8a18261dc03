from django import forms

from croissance.forms import DsfrForm


class CandidatureForm(DsfrForm):
    presentation = forms.CharField(
        label="Ce que votre entreprise a mis en place",
        help_text="Quelques phrases : elles figureront sur votre vitrine publique.",
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=3000,
    )
