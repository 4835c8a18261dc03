"""Public catalogue of published trainings, with their next session; never participants."""

from rest_framework import serializers, viewsets

from croissance.api.router import router

from .filters import FormationFilter
from .models import Formation
from .selectors import formations_catalogue


class FormationPubliqueSerializer(serializers.ModelSerializer):
    organisme = serializers.CharField(source="organisme.nom", read_only=True)
    region = serializers.CharField(source="region_id", read_only=True, allow_null=True)
    themes = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    prochaine_session = serializers.DateField(
        read_only=True, allow_null=True, help_text="Début de la prochaine session à venir."
    )
    note_moyenne = serializers.FloatField(read_only=True, allow_null=True)
    nombre_avis = serializers.IntegerField(source="nb_avis", read_only=True)

    class Meta:
        model = Formation
        fields = [
            "id",
            "titre",
            "organisme",
            "type_etablissement",
            "type_formation",
            "public",
            "modalite",
            "type_lieu",
            "lieu_immersion",
            "region",
            "themes",
            "niveau",
            "duree_heures",
            "prix",
            "finance_opco",
            "eligible_cpf",
            "description",
            "programme",
            "prochaine_session",
            "note_moyenne",
            "nombre_avis",
        ]


class FormationViewSet(viewsets.ReadOnlyModelViewSet):
    """Catalogue des formations publiées (mêmes filtres que la page du catalogue)."""

    serializer_class = FormationPubliqueSerializer
    filterset_class = FormationFilter

    def get_queryset(self):
        return formations_catalogue().order_by("titre", "pk")


router.register("formations", FormationViewSet, basename="formation")
