"""Filters of the public lists; the leads filter is also what a saved search replays."""

from datetime import timedelta

import django_filters
from django.utils import timezone

from croissance.forms import SEARCH_MAX_LENGTH, DsfrForm, SelectRapide

from .enums import Periode, StatutLead
from .models import Lead, Marche, PlaceDeMarche, Secteur, Temoignage
from .pays import PAYS_CHOICES


class FiltresForm(DsfrForm):
    pass


class LeadFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label="Produit ou service recherché",
        method="filter_texte",
        max_length=SEARCH_MAX_LENGTH,
        help_text="Mots-clés en français ou en anglais, par exemple : fromage, vin bio, cosmetics.",
    )
    pays = django_filters.ChoiceFilter(
        label="Pays", choices=PAYS_CHOICES, empty_label="Tous les pays", widget=SelectRapide
    )
    secteur = django_filters.ModelChoiceFilter(
        label="Secteur",
        queryset=Secteur.objects.all(),
        to_field_name="slug",
        empty_label="Tous les secteurs",
        widget=SelectRapide,
    )
    periode = django_filters.ChoiceFilter(
        label="Date de publication",
        choices=Periode.choices,
        method="filter_periode",
        empty_label="Toutes les dates",
        widget=SelectRapide,
    )
    statut = django_filters.ChoiceFilter(
        label="Statut",
        choices=StatutLead.choices,
        empty_label="Tous les statuts",
        widget=SelectRapide,
    )

    class Meta:
        model = Lead
        fields = ["q", "pays", "secteur", "periode", "statut"]
        form = FiltresForm

    def filter_texte(self, queryset, name, value):
        # The ranking is applied by selectors.rechercher_leads, which owns the ordering.
        return queryset

    def filter_periode(self, queryset, name, value):
        depuis = timezone.localdate() - timedelta(days=int(value))
        return queryset.filter(publie_le__gte=depuis)


class PlaceFilter(django_filters.FilterSet):
    pays = django_filters.ModelChoiceFilter(
        label="Pays",
        field_name="marches",
        queryset=Marche.objects.filter(publie=True),
        to_field_name="code_pays",
        empty_label="Tous les pays",
    )
    secteur = django_filters.ModelChoiceFilter(
        label="Secteur",
        field_name="secteurs",
        queryset=Secteur.objects.all(),
        to_field_name="slug",
        empty_label="Tous les secteurs",
    )

    class Meta:
        model = PlaceDeMarche
        fields = ["pays", "secteur"]
        form = FiltresForm


class TemoignageFilter(django_filters.FilterSet):
    pays = django_filters.ModelChoiceFilter(
        label="Pays",
        field_name="marche",
        queryset=Marche.objects.filter(publie=True),
        to_field_name="code_pays",
        empty_label="Tous les pays",
    )
    secteur = django_filters.ModelChoiceFilter(
        label="Secteur",
        queryset=Secteur.objects.all(),
        to_field_name="slug",
        empty_label="Tous les secteurs",
    )

    class Meta:
        model = Temoignage
        fields = ["pays", "secteur"]
        form = FiltresForm
