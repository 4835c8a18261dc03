from django import forms

from croissance.forms import DsfrForm


class SuppressionCompteForm(DsfrForm):
    mot_de_passe = forms.CharField(
        label="Votre mot de passe",
        help_text="Pour confirmer que c'est bien vous.",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_mot_de_passe(self):
        mot_de_passe = self.cleaned_data["mot_de_passe"]
        if not self.user.check_password(mot_de_passe):
            raise forms.ValidationError("Mot de passe incorrect.")
        return mot_de_passe
