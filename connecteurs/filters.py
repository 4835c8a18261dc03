import django_filters
from django import forms
from django.db.models import Q

from croissance.forms import SEARCH_MAX_LENGTH, SelectRapide
from croissance.recherche import filtrer_par_mots, mots_cherches
from croissance.referentiels.models import Departement, Naf, Region, Theme

from .enums import Niveau, TypeActeur
from .models import Connecteur, Evenement
from .selectors import servant


class AnnuaireFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label="Recherche libre", method="filtrer_texte", max_length=SEARCH_MAX_LENGTH
    )
    region = django_filters.ModelChoiceFilter(
        label="Région", queryset=Region.objects.all(), method="filtrer_region"
    )
    departement = django_filters.ModelChoiceFilter(
        label="Département", queryset=Departement.objects.all(), method="filtrer_departement"
    )
    theme = django_filters.ModelChoiceFilter(
        label="Thème", queryset=Theme.objects.all(), field_name="themes"
    )
    niveau = django_filters.ChoiceFilter(label="Niveau", choices=Niveau.choices)
    secteur = django_filters.ModelChoiceFilter(
        label="Secteur",
        queryset=Naf.objects.filter(niveau="section").order_by("code"),
        field_name="secteurs",
    )
    type_acteur = django_filters.ChoiceFilter(label="Type d'acteur", choices=TypeActeur.choices)

    class Meta:
        model = Connecteur
        fields = []

    def filtrer_texte(self, queryset, name, value):
        if not mots_cherches(value):
            return queryset
        return filtrer_par_mots(queryset, value, "nom", "presentation", "themes__nom").distinct()

    def filtrer_region(self, queryset, name, value):
        return queryset.filter(servant(value.code, toute_la_region=True))

    def filtrer_departement(self, queryset, name, value):
        return queryset.filter(servant(value.region_id, value.code))


class AgendaFilter(django_filters.FilterSet):
    region = django_filters.ModelChoiceFilter(
        label="Région", queryset=Region.objects.all(), method="filtrer_region"
    )
    theme = django_filters.ModelChoiceFilter(label="Thème", queryset=Theme.objects.all())

    class Meta:
        model = Evenement
        fields = []

    def filtrer_region(self, queryset, name, value):
        # Online events (no region) are open to everyone.
        return queryset.filter(Q(region=value) | Q(region__isnull=True))


def dsfr_form(filterset):
    """Give the filter form's widgets the DSFR classes (the form is built by django-filter)."""
    for field in filterset.form.fields.values():
        select = isinstance(field.widget, forms.Select)
        field.widget.attrs.setdefault("class", "fr-select" if select else "fr-input")
        if select:
            field.widget = SelectRapide(attrs=field.widget.attrs, choices=field.choices)
    return filterset.form
