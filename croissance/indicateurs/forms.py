from django import forms

from croissance.forms import DsfrForm

from .enums import Pas


class FiltresForm(DsfrForm):
    region = forms.ChoiceField(label="Région", required=False)
    debut = forms.DateField(
        label="Du", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    fin = forms.DateField(
        label="Au", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    pas = forms.ChoiceField(label="Évolution", choices=Pas.choices, required=False)

    def __init__(self, *args, regions, national: bool, **kwargs):
        super().__init__(*args, **kwargs)
        choix = [(r.code, r.nom) for r in regions]
        if national:
            choix = [("", "France entière"), *choix]
        elif len(choix) > 1:
            choix = [("", "Toutes mes régions"), *choix]
        self.fields["region"].choices = choix

    def clean(self):
        data = super().clean()
        if data.get("debut") and data.get("fin") and data["debut"] > data["fin"]:
            self.add_error("fin", "La date de fin doit suivre la date de début.")
        return data
