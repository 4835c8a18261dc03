"""Every change made in the admin is kept in its history with the old and new values.

Django's own change message only names the changed fields ("Modification de titre."). The
mission must be able to answer "who set this rate to 40 %, and what was it before?", so every
registered ModelAdmin builds its change message here: one line per changed field, in French,
« ancienne valeur » → « nouvelle valeur », many-to-many fields (regions…) included, inline rows
too. Secret fields (passwords) are named, never their values.

Register admins with `croissance.admin_historique.ModelAdmin` (or put `HistoriqueMixin` first
in the bases); `tests/securite/test_admin_historique.py` fails on a registered admin that does
not, third-party ones included (`croissance/admin.py` registers them again).
"""

import datetime
from decimal import Decimal

from django import forms
from django.contrib import admin
from django.db import models
from django.utils import formats, timezone

VIDE = "(vide)"
LONGUEUR_MAX = 300
SECRETS = ("password", "mot_de_passe", "secret", "token", "jeton")


def _est_secret(nom: str, champ_formulaire) -> bool:
    widget = getattr(champ_formulaire, "widget", None)
    return isinstance(widget, forms.PasswordInput) or any(s in nom for s in SECRETS)


def _tronquer(texte: str) -> str:
    texte = " ".join(texte.split())
    return texte if len(texte) <= LONGUEUR_MAX else texte[: LONGUEUR_MAX - 1] + "…"


def _objets(champ_modele, valeur) -> list:
    """The related objects behind a value that may hold primary keys or objects."""
    valeurs = list(valeur) if isinstance(valeur, (list, tuple, set, models.QuerySet)) else [valeur]
    cles = [v for v in valeurs if not isinstance(v, models.Model)]
    trouves = champ_modele.related_model._default_manager.in_bulk(cles) if cles else {}
    return [v if isinstance(v, models.Model) else trouves.get(v, v) for v in valeurs]


def _scalaire(valeur, choix: dict) -> str:
    if isinstance(valeur, bool):
        return "oui" if valeur else "non"
    if valeur in choix:
        return str(choix[valeur])
    if isinstance(valeur, datetime.datetime):
        return formats.date_format(timezone.localtime(valeur), "d/m/Y H:i")
    if isinstance(valeur, datetime.date):
        return formats.date_format(valeur, "d/m/Y")
    if isinstance(valeur, Decimal):
        return formats.number_format(valeur.normalize(), use_l10n=True)
    return str(valeur)


def valeur_lisible(champ_modele, valeur) -> str:
    """A field's value as a person reads it: labels of choices, names of related objects."""
    if valeur in (None, "") or valeur == [] or valeur == ():
        return VIDE
    if champ_modele is not None and champ_modele.is_relation:
        noms = sorted(str(o) for o in _objets(champ_modele, valeur))
        return _tronquer(", ".join(noms)) if noms else VIDE
    choix = {}
    if champ_modele is not None and champ_modele.choices:
        choix = dict(champ_modele.flatchoices)
    elif champ_modele is not None and hasattr(champ_modele, "choix"):
        choix = dict(champ_modele.choix)  # ChoixMultiplesField
    if isinstance(valeur, (list, tuple, set)):
        return _tronquer(", ".join(_scalaire(v, choix) for v in valeur)) or VIDE
    if isinstance(valeur, models.Model):
        return _tronquer(str(valeur))
    return _tronquer(_scalaire(valeur, choix))


def _champ_modele(modele, nom):
    try:
        return modele._meta.get_field(nom)
    except Exception:  # a form-only field (password1…)
        return None


def _libelle(form, nom, champ_modele) -> str:
    champ = form.fields.get(nom)
    libelle = champ.label if champ is not None and champ.label else None
    if libelle is None and champ_modele is not None:
        libelle = champ_modele.verbose_name
    return str(libelle or nom)


def changements(form) -> list[str]:
    """« libellé » : « avant » → « après », for each field the form changed."""
    modele = form._meta.model if hasattr(form, "_meta") else None
    lignes = []
    for nom in form.changed_data:
        champ_modele = _champ_modele(modele, nom) if modele else None
        libelle = _libelle(form, nom, champ_modele)
        if _est_secret(nom, form.fields.get(nom)):
            lignes.append(f"« {libelle} » modifié (valeur non enregistrée)")
            continue
        avant = valeur_lisible(champ_modele, form.initial.get(nom))
        apres = valeur_lisible(champ_modele, form.cleaned_data.get(nom))
        lignes.append(f"« {libelle} » : « {avant} » → « {apres} »")
    return lignes


def _changements_formset(formset) -> list[str]:
    nom = formset.model._meta.verbose_name
    lignes = [f"ajout de {nom} « {obj} »" for obj in formset.new_objects]
    for form in formset.initial_forms:
        if form in formset.deleted_forms or not form.has_changed() or not form.is_valid():
            continue
        details = "; ".join(changements(form))
        if details:
            lignes.append(f"{nom} « {form.instance} » : {details}")
    lignes += [f"suppression de {nom} « {obj} »" for obj in formset.deleted_objects]
    return lignes


def message_de_modification(form, formsets=None) -> str:
    lignes = changements(form)
    for formset in formsets or []:
        lignes += _changements_formset(formset)
    if not lignes:
        return "Aucun champ modifié."
    return "Modification : " + " ; ".join(lignes) + "."


class HistoriqueMixin:
    """Change messages with old and new values (see the module's docstring)."""

    def construct_change_message(self, request, form, formsets, add=False):
        if add:
            return super().construct_change_message(request, form, formsets, add)
        return message_de_modification(form, formsets)


class ModelAdmin(HistoriqueMixin, admin.ModelAdmin):
    """The project's base ModelAdmin: every registered admin derives from it."""
