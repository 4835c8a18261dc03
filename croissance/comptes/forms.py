"""Account forms of django-allauth, rendered with the State design system."""

from allauth.account import forms as allauth_forms
from django import forms
from dsfr.forms import DsfrBaseForm

from .enums import SIGNUP_ROLES, Role


class LoginForm(allauth_forms.LoginForm, DsfrBaseForm):
    pass


class SignupForm(allauth_forms.SignupForm, DsfrBaseForm):
    prenom = forms.CharField(label="Prénom", max_length=150)
    nom = forms.CharField(label="Nom", max_length=150)
    role = forms.ChoiceField(
        label="Vous êtes",
        choices=[(role.value, role.label) for role in SIGNUP_ROLES],
        initial=Role.PME,
        widget=forms.RadioSelect,
    )

    field_order = ["prenom", "nom", "email", "role", "password1", "password2"]

    def custom_signup(self, request, user):
        user.prenom = self.cleaned_data["prenom"]
        user.nom = self.cleaned_data["nom"]
        user.role = self.cleaned_data["role"]
        user.save(update_fields=["prenom", "nom", "role"])


class ResetPasswordForm(allauth_forms.ResetPasswordForm, DsfrBaseForm):
    pass


class ResetPasswordKeyForm(allauth_forms.ResetPasswordKeyForm, DsfrBaseForm):
    pass


class ChangePasswordForm(allauth_forms.ChangePasswordForm, DsfrBaseForm):
    pass
