import django_filters

from croissance.forms import SEARCH_MAX_LENGTH, DsfrForm
from croissance.recherche import filtrer_par_mots
from croissance.referentiels.models import Theme

from .enums import Niveau, TypeRessource
from .models import Ressource


class RessourceFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label="Rechercher", method="search", max_length=SEARCH_MAX_LENGTH)
    type = django_filters.ChoiceFilter(
        label="Type", choices=TypeRessource.choices, empty_label="Tous"
    )
    theme = django_filters.ModelChoiceFilter(
        label="Thème", field_name="themes", queryset=Theme.objects.all(), empty_label="Tous"
    )
    niveau = django_filters.ChoiceFilter(
        label="Votre niveau", choices=Niveau.choices, method="for_level", empty_label="Tous"
    )

    class Meta:
        model = Ressource
        fields = ["q", "type", "theme", "niveau"]
        form = DsfrForm

    def search(self, queryset, name, value):
        return filtrer_par_mots(queryset, value, "titre", "resume")

    def for_level(self, queryset, name, value):
        return queryset.filter(niveau_min__lte=value, niveau_max__gte=value)
