"""Account forms of django-allauth, rendered with the State design system."""

from allauth.account import forms as allauth_forms
from django import forms
from dsfr.forms import DsfrBaseForm
from dsfr.utils import dsfr_input_class_attr

from .enums import SIGNUP_ROLES, Role

EMAIL_LABEL = "Adresse électronique"


class FrenchLabels:
    """Allauth sets some labels after DsfrBaseForm has bound the fields: set ours, rebind."""

    labels: dict[str, str] = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, label in self.labels.items():
            self.fields[name].label = label
        self._bound_fields_cache.clear()
        for visible in self.visible_fields():
            dsfr_input_class_attr(visible)


class LoginForm(FrenchLabels, allauth_forms.LoginForm, DsfrBaseForm):
    labels = {"login": EMAIL_LABEL}


class SignupForm(FrenchLabels, allauth_forms.SignupForm, DsfrBaseForm):
    labels = {"email": EMAIL_LABEL, "password2": "Confirmation du mot de passe"}

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


class ResetPasswordForm(FrenchLabels, allauth_forms.ResetPasswordForm, DsfrBaseForm):
    labels = {"email": EMAIL_LABEL}


class ResetPasswordKeyForm(allauth_forms.ResetPasswordKeyForm, DsfrBaseForm):
    pass


class ChangePasswordForm(allauth_forms.ChangePasswordForm, DsfrBaseForm):
    pass


class ReauthenticateForm(FrenchLabels, allauth_forms.ReauthenticateForm, DsfrBaseForm):
    labels = {"password": "Mot de passe"}


class AddEmailForm(FrenchLabels, allauth_forms.AddEmailForm, DsfrBaseForm):
    labels = {"email": EMAIL_LABEL}
