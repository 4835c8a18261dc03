from allauth.account.adapter import get_adapter
from django import forms

from croissance.forms import DsfrForm


class SuppressionCompteForm(DsfrForm):
    mot_de_passe = forms.CharField(
        label="Votre mot de passe",
        help_text="Pour confirmer que c'est bien vous.",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, request, **kwargs):
        self.user, self.request = user, request
        super().__init__(*args, **kwargs)

    def clean_mot_de_passe(self):
        """Checked like a login, with the same counters: failures here lock the account's
        logins too, and a locked account cannot be deleted by guessing (« Trop de
        tentatives »)."""
        mot_de_passe = self.cleaned_data["mot_de_passe"]
        trouve = get_adapter(self.request).authenticate(
            self.request, email=self.user.email, password=mot_de_passe
        )
        if trouve is None or trouve.pk != self.user.pk:
            raise forms.ValidationError("Mot de passe incorrect.")
        return mot_de_passe
