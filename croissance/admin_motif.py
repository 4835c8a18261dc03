"""An admin action that needs a reason (refusing, withdrawing): an intermediate page asks for
it, then the action runs on the selected objects with it. With `@logged_action`, the action
is logged once the reason is confirmed."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.template.response import TemplateResponse


class MotifForm(forms.Form):
    motif = forms.CharField(label="Motif (transmis à l'intéressé)", widget=forms.Textarea)


def avec_motif(modeladmin, request, queryset, appliquer, titre, libelle=None):
    """Ask for the reason, then `appliquer(objet, motif)` on each object; a refusal of the
    service is reported for its object, the others go on. `libelle` replaces the field's label
    when the reason stays internal."""
    form = MotifForm(request.POST if "motif" in request.POST else None)
    if libelle:
        form.fields["motif"].label = libelle
    if not form.is_valid():
        return TemplateResponse(
            request,
            "admin/motif.html",
            {
                **modeladmin.admin_site.each_context(request),
                "title": titre,
                "form": form,
                "queryset": queryset,
                "action": request.POST["action"],
                "opts": modeladmin.model._meta,
            },
        )
    # for `@logged_action`: the history keeps the reason, for the objects accepted
    request.motif_admin, request.refuses_admin = form.cleaned_data["motif"], set()
    for objet in queryset:
        try:
            appliquer(objet, form.cleaned_data["motif"])
        except ValidationError as erreur:
            request.refuses_admin.add(objet.pk)
            messages.warning(request, f"{objet} : {' '.join(erreur.messages)}")
        else:
            messages.success(request, f"{objet} : décision enregistrée.")
    return None
