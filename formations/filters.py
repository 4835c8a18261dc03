import django_filters
from django import forms
from django.db.models import Q
from django.utils import timezone

from croissance.forms import SEARCH_MAX_LENGTH, DsfrForm, MontantField
from croissance.recherche import filtrer_par_mots
from croissance.referentiels.models import Region, Theme

from .enums import Modalite, ModaliteEchange, Public, SensAnnonce, TypeFormation
from .models import Annonce, Formation


class MontantFilter(django_filters.NumberFilter):
    """A price bound typed the French way ("1 500 €")."""

    field_class = MontantField


class FormationFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label="Mots-clés", method="filter_q", max_length=SEARCH_MAX_LENGTH
    )
    region = django_filters.ModelChoiceFilter(
        label="Région",
        queryset=Region.objects.all(),
        method="filter_region",
        empty_label="Toutes les régions",
    )
    modalite = django_filters.ChoiceFilter(
        label="Format", choices=Modalite.choices, empty_label="Tous les formats"
    )
    public = django_filters.ChoiceFilter(
        label="Public",
        choices=Public.choices,
        empty_label="Tous les publics",
        method="filter_public",
    )
    theme = django_filters.ModelChoiceFilter(
        label="Thème",
        field_name="themes",
        queryset=Theme.objects.all(),
        empty_label="Tous les thèmes",
    )
    type_formation = django_filters.ChoiceFilter(
        label="Type de formation", choices=TypeFormation.choices, empty_label="Tous les types"
    )
    prix_min = MontantFilter(
        label="Prix minimum (€)", field_name="prix", lookup_expr="gte", min_value=0
    )
    prix_max = MontantFilter(
        label="Prix maximum (€)", field_name="prix", lookup_expr="lte", min_value=0
    )
    a_venir = django_filters.BooleanFilter(
        label="Avec une session à venir",
        method="filter_a_venir",
        widget=forms.CheckboxInput,
    )

    class Meta:
        model = Formation
        fields = []
        form = DsfrForm

    def filter_q(self, queryset, name, value):
        # "boutiques" finds "boutique", "cybersecurite" finds "cybersécurité".
        return filtrer_par_mots(
            queryset, value, "titre", "description", "programme", "organisme__nom", "lieu_immersion"
        )

    def filter_region(self, queryset, name, value):
        # Trainings entirely at a distance are open to every region.
        return queryset.filter(Q(region=value) | Q(modalite=Modalite.DISTANCE))

    def filter_public(self, queryset, name, value):
        return queryset.filter(public__in=[value, Public.TOUS])

    def filter_a_venir(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(derniere_session__gt=timezone.localdate())


class AnnonceFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label="Mots-clés", method="filter_q", max_length=SEARCH_MAX_LENGTH
    )
    sens = django_filters.ChoiceFilter(
        label="Type d'annonce", choices=SensAnnonce.choices, empty_label="Offres et demandes"
    )
    region = django_filters.ModelChoiceFilter(
        label="Région", queryset=Region.objects.all(), empty_label="Toutes les régions"
    )
    modalite = django_filters.ChoiceFilter(
        label="Modalité", choices=ModaliteEchange.choices, empty_label="Toutes les modalités"
    )

    class Meta:
        model = Annonce
        fields = []
        form = DsfrForm

    def filter_q(self, queryset, name, value):
        return filtrer_par_mots(queryset, value, "titre", "description")
