import django_filters
from django import forms
from django.db.models import Q
from django.utils import timezone

from croissance.forms import SEARCH_MAX_LENGTH, DsfrForm
from croissance.recherche import filtrer_par_mots
from croissance.referentiels.models import Region

from .enums import EtatDossier, NatureAide, TypeDepense, TypeFinanceur
from .models import Aide, Dossier


class AideFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label="Mots-clés", method="filter_q", max_length=SEARCH_MAX_LENGTH
    )
    region = django_filters.ModelChoiceFilter(
        label="Région",
        queryset=Region.objects.all(),
        method="filter_region",
        empty_label="Toutes les régions",
    )
    financeur_type = django_filters.ChoiceFilter(
        label="Financeur", choices=TypeFinanceur.choices, empty_label="Tous les financeurs"
    )
    depense = django_filters.ChoiceFilter(
        label="Dépense financée",
        choices=TypeDepense.choices,
        method="filter_depense",
        empty_label="Toutes les dépenses",
    )
    nature = django_filters.ChoiceFilter(
        label="Nature de l'aide", choices=NatureAide.choices, empty_label="Toutes les natures"
    )
    ouverte = django_filters.BooleanFilter(
        label="Ouvertes aujourd'hui seulement",
        method="filter_ouverte",
        widget=forms.CheckboxInput,
    )
    cloturees = django_filters.BooleanFilter(
        label="Afficher aussi les aides clôturées",
        method="filter_cloturees",
        widget=forms.CheckboxInput,
    )

    class Meta:
        model = Aide
        fields = ["q", "region", "financeur_type", "nature", "depense", "ouverte", "cloturees"]
        form = DsfrForm

    def filter_queryset(self, queryset):
        """Closed aids (closing date passed) are left out unless asked for."""
        queryset = super().filter_queryset(queryset)
        if self.form.cleaned_data.get("cloturees"):
            return queryset
        jour = timezone.localdate()
        return queryset.filter(Q(date_cloture__isnull=True) | Q(date_cloture__gte=jour))

    def filter_cloturees(self, qs, name, value):
        return qs  # applied in filter_queryset, which sees the box unticked too

    def filter_q(self, qs, name, value):
        return filtrer_par_mots(qs, value, "titre", "description", "financeur")

    def filter_region(self, qs, name, value):
        ids = Aide.objects.filter(
            Q(nationale=True) | Q(regions=value) | Q(departements__region=value)
        ).values("pk")
        return qs.filter(pk__in=ids)

    def filter_depense(self, qs, name, value):
        return qs.filter(types_depense__contains=f",{value},")

    def filter_ouverte(self, qs, name, value):
        if not value:
            return qs
        jour = timezone.localdate()
        return qs.filter(
            Q(date_ouverture__isnull=True) | Q(date_ouverture__lte=jour),
            Q(date_cloture__isnull=True) | Q(date_cloture__gte=jour),
        )


class DossierFilter(django_filters.FilterSet):
    etat = django_filters.ChoiceFilter(
        label="État", choices=EtatDossier.choices, empty_label="Tous les états"
    )
    # A region's queue refers to hundreds of aids, thousands at national scale: a select of
    # them all would be unusable and weigh more than the rest of the page. The aid is searched
    # by its number or words of its title.
    aide = django_filters.CharFilter(
        label="Aide",
        help_text="Des mots de son titre, ou son numéro (n° 12)",
        method="filter_aide",
        max_length=SEARCH_MAX_LENGTH,
    )
    depose_apres = django_filters.DateFilter(
        label="Déposé à partir du",
        field_name="depose_le",
        lookup_expr="date__gte",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    depose_avant = django_filters.DateFilter(
        label="Déposé jusqu'au",
        field_name="depose_le",
        lookup_expr="date__lte",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    prevalides = django_filters.BooleanFilter(
        label="Pré-validés par un tiers de confiance seulement",
        widget=forms.CheckboxInput,
        method="filter_prevalides",
    )

    class Meta:
        model = Dossier
        fields = ["etat", "aide", "depose_apres", "depose_avant", "prevalides"]
        form = DsfrForm

    def filter_aide(self, qs, name, value):
        value = value.strip().removeprefix("n°").strip()
        if value.isdecimal():
            return qs.filter(aide_id=int(value))
        return filtrer_par_mots(qs, value, "aide__titre")

    def filter_prevalides(self, qs, name, value):
        return qs.filter(prevalide_par__isnull=False) if value else qs
