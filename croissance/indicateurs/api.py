"""The national indicators on the public API (the open-data page's figures)."""

from drf_spectacular.utils import extend_schema
from rest_framework import serializers, viewsets
from rest_framework.response import Response

from croissance.api.router import router
from croissance.api.schema import SchemaApi

from . import registry, selectors


class TableauSerializer(serializers.Serializer):
    slug = serializers.CharField()
    titre = serializers.CharField()
    colonnes = serializers.ListField(child=serializers.CharField())
    lignes = serializers.ListField(
        child=serializers.ListField(child=serializers.JSONField()),
        help_text="Une liste de cellules par ligne, dans l'ordre des colonnes.",
    )
    note = serializers.CharField()


class SectionSerializer(serializers.Serializer):
    slug = serializers.CharField()
    titre = serializers.CharField()
    description = serializers.CharField()
    tableaux = TableauSerializer(many=True)


class IndicateursSerializer(serializers.Serializer):
    calcule_le = serializers.DateTimeField()
    sections = SectionSerializer(many=True)


class OneDocumentSchema(SchemaApi):
    """The `list` action answers one document, not an array of them (drf-spectacular guesses
    an array for every `list`, and the schema then contradicted the response)."""

    def _is_list_view(self, serializer=None):
        return False


class IndicateurViewSet(viewsets.ViewSet):
    """Indicateurs nationaux du programme (mêmes chiffres que la page des données ouvertes)."""

    schema = OneDocumentSchema()

    @extend_schema(responses=IndicateursSerializer)
    def list(self, request, format=None):
        from django.utils import timezone

        instantane = selectors.dernier_instantane(None)
        if instantane is None:
            sections, calcule_le = selectors.calculer(registry.Perimetre()), timezone.now()
        else:
            sections, calcule_le = instantane.donnees, instantane.calcule_le
        donnees = {"calcule_le": calcule_le, "sections": selectors.publiques(sections)}
        return Response(IndicateursSerializer(donnees).data)


router.register("indicateurs", IndicateurViewSet, basename="indicateur")
