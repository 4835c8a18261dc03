"""The error summary every form of the portal shows on top of its fields, and the « Erreur : »
that starts the page title while a form has errors.

`dsfr/form_snippet.html` (our copy) puts the summary in every `{{ form }}`; a page that draws
its fields itself writes `{% resume_erreurs form %}` above them. A form whose fields carry
other ids than Django's says where each field is with a method `ancre_erreur(nom)` (`nom`
None: where the errors of the whole form are)."""

from dataclasses import dataclass

from django import forms, template
from django.forms.formsets import BaseFormSet
from django.forms.utils import ErrorList

register = template.Library()


@dataclass(frozen=True)
class Erreur:
    ancre: str  # id of the element the link goes to
    libelle: str  # the field's label, "" for an error of the whole form
    message: str


def id_resume(form) -> str:
    return f"resume-erreurs-{form.prefix}" if form.prefix else "resume-erreurs"


def id_erreurs_generales(form) -> str:
    return f"erreurs-{form.prefix}" if form.prefix else "erreurs-formulaire"


def _ancre(form, champ) -> str:
    """The id of what a person corrects: the input, the first box or radio of a group."""
    if hasattr(form, "ancre_erreur"):
        return form.ancre_erreur(champ.name)
    if champ.is_hidden:
        return id_erreurs_generales(form)
    ancre = champ.id_for_label
    if not ancre and champ.subwidgets:
        ancre = champ.subwidgets[0].id_for_label
    return ancre or champ.auto_id


def erreurs_du_formulaire(form, *, ancre_generale: str | None = None) -> list[Erreur]:
    """Each error of a validated form, in the order of the page: the whole form's, then the
    fields'."""
    if not form.is_bound or form._errors is None:
        return []  # never validate from a template: a login form would try to log in
    generale = ancre_generale or (
        form.ancre_erreur(None) if hasattr(form, "ancre_erreur") else id_erreurs_generales(form)
    )
    erreurs = [Erreur(generale, "", str(message)) for message in form.non_field_errors()]
    for champ in form:
        for message in champ.errors:
            ancre = _ancre(form, champ)
            if champ.is_hidden:
                erreurs.append(Erreur(ancre, "", str(message)))
            else:
                erreurs.append(Erreur(ancre, str(champ.label), str(message)))
    return erreurs


@register.inclusion_tag("includes/resume_erreurs.html")
def resume_erreurs(form, ancre_generale=None, titre=None):
    """`{% resume_erreurs form %}`: the DSFR error summary, focused when the page loads,
    each error a link to its field. Nothing for a form without errors."""
    erreurs = erreurs_du_formulaire(form, ancre_generale=ancre_generale) if form else []
    return {"erreurs": erreurs, "id": id_resume(form) if form else "", "titre": titre}


@register.filter
def erreurs_cachees(form) -> list[str]:
    """The errors of hidden fields, which the page shows with those of the whole form."""
    if not form.is_bound or form._errors is None:
        return []
    return [str(message) for champ in form.hidden_fields() for message in champ.errors]


def _a_des_erreurs(valeur) -> bool:
    # type(), not isinstance(): the latter would load a lazy `user` (queries on cached pages)
    genre = type(valeur)
    if issubclass(genre, forms.BaseForm):
        return valeur.is_bound and bool(valeur._errors)
    if issubclass(genre, BaseFormSet):
        return valeur.is_bound and any(_a_des_erreurs(f) for f in valeur.forms)
    # the errors of a button (deposit, withdrawal) the page shows in an alert of its own
    return issubclass(genre, ErrorList) and bool(valeur)


@register.simple_tag(takes_context=True)
def prefixe_erreur(context) -> str:
    """« Erreur : » when a form of the page came back with errors (the first words a screen
    reader says of the page)."""
    for couche in context.dicts:
        if any(_a_des_erreurs(valeur) for valeur in couche.values()):
            return "Erreur : "
    return ""
