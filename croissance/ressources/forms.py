from django import forms

from croissance.forms import DsfrModelForm
from croissance.referentiels.models import Theme

from .models import AvisPrestataire, Temoignage


class TemoignageForm(DsfrModelForm):
    themes = forms.ModelMultipleChoiceField(
        label="Thèmes", queryset=Theme.objects.all(), widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = Temoignage
        fields = ["entreprise", "titre", "realisation", "accompagnement", "cout", "resultat"]
        help_texts = {
            "realisation": "Par exemple : « Nous avons ouvert une boutique en ligne avec "
            "retrait en magasin ».",
            "resultat": "Ce que cela a changé : ventes, clients, temps gagné…",
        }

    def __init__(self, *args, entreprises, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["entreprise"].queryset = entreprises
        self.fields["entreprise"].empty_label = None


class AvisForm(DsfrModelForm):
    class Meta:
        model = AvisPrestataire
        fields = ["entreprise", "prestation", "realisee_le", "note", "commentaire"]
        widgets = {
            "note": forms.RadioSelect(choices=[(n, f"{n} sur 5") for n in range(1, 6)]),
            "realisee_le": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def __init__(self, *args, entreprises, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["entreprise"].queryset = entreprises
        self.fields["entreprise"].empty_label = None
