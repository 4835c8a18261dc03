from rest_framework import serializers, viewsets

from croissance.api.router import router

from .filters import RessourceFilter
from .models import Prestataire, Ressource, Temoignage
from .selectors import prestataires_references, ressources_publiees, temoignages_publies


class RessourceSerializer(serializers.ModelSerializer):
    themes = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)

    class Meta:
        model = Ressource
        fields = [
            "id",
            "type",
            "titre",
            "resume",
            "lien",
            "themes",
            "niveau_min",
            "niveau_max",
            "prix_min",
            "prix_max",
            "facteurs_prix",
            "mis_a_jour_le",
        ]


class TemoignageSerializer(serializers.ModelSerializer):
    themes = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    entreprise = serializers.CharField(source="entreprise.nom", read_only=True)
    region = serializers.CharField(source="entreprise.region_id", read_only=True, allow_null=True)

    class Meta:
        model = Temoignage
        fields = [
            "id",
            "titre",
            "entreprise",
            "region",
            "realisation",
            "accompagnement",
            "cout",
            "resultat",
            "themes",
        ]


class PrestataireSerializer(serializers.ModelSerializer):
    themes = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    regions = serializers.SlugRelatedField(slug_field="code", many=True, read_only=True)

    class Meta:
        model = Prestataire
        fields = [
            "id",
            "nom",
            "french_tech",
            "presentation",
            "offres",
            "site_web",
            "national",
            "regions",
            "themes",
            "note_moyenne",
            "nombre_avis",
        ]


class RessourceViewSet(viewsets.ReadOnlyModelViewSet):
    """Guides, MOOC, vidéos, outils et référentiel des prix (mêmes filtres que la page)."""

    serializer_class = RessourceSerializer
    filterset_class = RessourceFilter

    def get_queryset(self):
        return ressources_publiees().order_by("titre", "pk")


class TemoignageViewSet(viewsets.ReadOnlyModelViewSet):
    """Témoignages publiés de PME."""

    serializer_class = TemoignageSerializer

    def get_queryset(self):
        return temoignages_publies().order_by("-cree_le", "pk")


class PrestataireViewSet(viewsets.ReadOnlyModelViewSet):
    """Prestataires du numérique référencés par la mission."""

    serializer_class = PrestataireSerializer

    def get_queryset(self):
        return prestataires_references().order_by("nom", "pk")


router.register("ressources", RessourceViewSet, basename="ressource")
router.register("temoignages", TemoignageViewSet, basename="temoignage")
router.register("prestataires", PrestataireViewSet, basename="prestataire")
