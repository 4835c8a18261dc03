"""Public API of the SME label: the yearly counter and the labelled SMEs."""

from django.utils import timezone
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from croissance.api.router import router

from .models import CandidatureLabel
from .selectors import candidatures_accordees, compteur


class PmeLabelliseeSerializer(serializers.ModelSerializer):
    entreprise = serializers.CharField(source="entreprise.nom", read_only=True)
    region = serializers.CharField(source="entreprise.region_id", read_only=True, allow_null=True)
    naf = serializers.CharField(source="entreprise.naf_id", read_only=True, allow_null=True)

    class Meta:
        model = CandidatureLabel
        fields = ["id", "entreprise", "region", "naf", "accorde_le"]


class CompteurSerializer(serializers.Serializer):
    annee = serializers.IntegerField()
    accordes = serializers.IntegerField()
    objectif = serializers.IntegerField()
    pourcentage = serializers.IntegerField()


class PmeLabelliseeViewSet(viewsets.ReadOnlyModelViewSet):
    """PME labellisées #CroissanceConnectée (nom, région, activité)."""

    serializer_class = PmeLabelliseeSerializer

    def get_queryset(self):
        return candidatures_accordees().order_by("-accorde_le", "-pk")

    @extend_schema(responses=CompteurSerializer, filters=False)
    @action(detail=False, pagination_class=None, filter_backends=[])
    def compteur(self, request, format=None):
        """Labels accordés cette année face à l'objectif annuel."""
        return Response(CompteurSerializer(compteur(timezone.localdate().year)).data)


router.register("pme-labellisees", PmeLabelliseeViewSet, basename="pme-labellisee")
