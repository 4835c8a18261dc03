"""The API's filters: the pages' FilterSets, read as the API documents them.

The pages send a ticked checkbox as `on`, and Django reads any other word as "ticked"; the
API documents its yes/no filters as booleans, so it reads `true` and `false` and refuses
anything else with a 400, as it does an unknown choice. A filter is given once: twice is a
400 too (the pages would silently keep the last one)."""

from django import forms
from django_filters import BooleanFilter
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework.exceptions import ValidationError

BOOLEEN_INVALIDE = "Valeur attendue : true ou false."
REPETE = "Donnez ce paramètre une seule fois."


class BooleenApi(forms.Field):
    widget = forms.TextInput

    def to_python(self, value):
        if value in (None, ""):
            return None
        valeurs = {"true": True, "false": False}
        if value not in valeurs:
            raise forms.ValidationError(BOOLEEN_INVALIDE, code="invalid")
        return valeurs[value]


class FiltresApi(DjangoFilterBackend):
    def get_filterset(self, request, queryset, view):
        filterset = super().get_filterset(request, queryset, view)
        if filterset is not None:
            repetes = {
                nom: [REPETE]
                for nom in filterset.filters
                if len(request.query_params.getlist(nom)) > 1
            }
            if repetes:
                raise ValidationError(repetes)
            for filtre in filterset.filters.values():
                if isinstance(filtre, BooleanFilter):
                    filtre.__dict__.pop("_field", None)  # a form field built before
                    filtre.field_class = BooleenApi
                    filtre.extra.pop("widget", None)
        return filterset
