"""Public directory of the connecteurs: charter signatories only, no member nor file."""

from decimal import Decimal

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers, viewsets

from croissance.api.router import router

from .filters import AnnuaireFilter
from .models import Connecteur, Prestation
from .selectors import connecteurs_publics


class PrestationPubliqueSerializer(serializers.ModelSerializer):
    theme = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    part_etat = serializers.SerializerMethodField(
        help_text="Part prise en charge par l'État (connecteurs labellisés seulement)."
    )
    reste_a_charge = serializers.SerializerMethodField(help_text="Reste à charge HT de la PME.")

    class Meta:
        model = Prestation
        fields = ["titre", "theme", "format", "duree", "prix_ht", "part_etat", "reste_a_charge"]

    @extend_schema_field(serializers.DecimalField(max_digits=10, decimal_places=2, allow_null=True))
    def get_part_etat(self, prestation) -> Decimal | None:
        if not prestation.connecteur.est_labellise:
            return None
        return str(prestation.part_etat)

    @extend_schema_field(serializers.DecimalField(max_digits=10, decimal_places=2))
    def get_reste_a_charge(self, prestation) -> Decimal:
        if not prestation.connecteur.est_labellise:
            return str(prestation.prix_ht)
        return str(prestation.reste_a_charge)


class ConnecteurPublicSerializer(serializers.ModelSerializer):
    regions = serializers.SlugRelatedField(slug_field="code", many=True, read_only=True)
    departements = serializers.SlugRelatedField(slug_field="code", many=True, read_only=True)
    themes = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    prestations = PrestationPubliqueSerializer(many=True, read_only=True)

    class Meta:
        model = Connecteur
        fields = [
            "id",
            "nom",
            "type_acteur",
            "niveau",
            "national",
            "regions",
            "departements",
            "themes",
            "prestations",
            "note_moyenne",
            "nombre_avis",
            "site_web",
        ]


class AnnuaireFilterApi(AnnuaireFilter):
    """The directory's filters; region and département are given by their INSEE code."""

    def filtrer_region(self, queryset, name, value: str):
        return super().filtrer_region(queryset, name, value)

    def filtrer_departement(self, queryset, name, value: str):
        return super().filtrer_departement(queryset, name, value)


class ConnecteurViewSet(viewsets.ReadOnlyModelViewSet):
    """Annuaire des connecteurs signataires de la charte (mêmes filtres que la page)."""

    serializer_class = ConnecteurPublicSerializer
    filterset_class = AnnuaireFilterApi

    def get_queryset(self):
        return (
            connecteurs_publics()
            .prefetch_related(
                "regions", "departements", "themes", "prestations__theme", "prestations__connecteur"
            )
            .order_by("niveau", "nom", "pk")
        )


router.register("connecteurs", ConnecteurViewSet, basename="connecteur")
