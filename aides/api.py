"""Public API of the aid catalogue: list, detail and the eligibility simulation."""

from decimal import Decimal

from drf_spectacular.utils import extend_schema
from rest_framework import serializers, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from croissance.api.router import router
from croissance.entreprises.enums import Activite
from croissance.referentiels.models import Naf

from . import eligibility, selectors
from .enums import TypeDepense
from .filters import AideFilter
from .models import Aide


class AideSerializer(serializers.ModelSerializer):
    regions = serializers.SlugRelatedField(slug_field="code", many=True, read_only=True)
    departements = serializers.SlugRelatedField(slug_field="code", many=True, read_only=True)
    types_depense = serializers.ListField(
        child=serializers.ChoiceField(choices=TypeDepense.choices), read_only=True
    )
    activites = serializers.ListField(
        child=serializers.ChoiceField(choices=Activite.choices), read_only=True
    )

    class Meta:
        model = Aide
        # No contact person nor contact email: only the aid's official page.
        fields = [
            "id",
            "titre",
            "financeur_type",
            "financeur",
            "description",
            "nationale",
            "regions",
            "departements",
            "types_depense",
            "date_ouverture",
            "date_cloture",
            "enveloppe_montant",
            "montant_engage",
            "taux",
            "investissement_min",
            "investissement_max",
            "plafond",
            "effectif_max",
            "exclut_pure_players",
            "surface_vente_max",
            "activites",
            "connecteur_labellise_requis",
            "cumul",
            "site_web",
        ]


class SimulationDemandeSerializer(serializers.Serializer):
    """The entreprise's profile and its project."""

    region = serializers.CharField(required=False, allow_blank=True, max_length=3)
    departement = serializers.CharField(required=False, allow_blank=True, max_length=3)
    naf = serializers.CharField(
        required=False, allow_blank=True, max_length=6, help_text="Sous-classe NAF, ex. 47.61Z."
    )
    effectif = serializers.IntegerField(required=False, allow_null=True, min_value=0)
    pure_player = serializers.BooleanField(required=False, default=False)
    surface_vente_m2 = serializers.IntegerField(required=False, allow_null=True, min_value=0)
    activite = serializers.ChoiceField(choices=Activite.choices, required=False, allow_blank=True)
    montant_ht = serializers.DecimalField(
        max_digits=12, decimal_places=2, min_value=Decimal("0.01"), help_text="Montant HT (€)."
    )
    types_depense = serializers.ListField(
        child=serializers.ChoiceField(choices=TypeDepense.choices), min_length=1
    )
    accompagne_par_labellise = serializers.BooleanField(
        required=False, allow_null=True, default=None
    )
    aide = serializers.IntegerField(
        required=False, allow_null=True, help_text="Limiter la simulation à cette aide."
    )


class CritereSerializer(serializers.Serializer):
    libelle = serializers.CharField()
    respecte = serializers.BooleanField()
    raison = serializers.CharField()


class SimulationResultatSerializer(serializers.Serializer):
    aide = serializers.IntegerField()
    titre = serializers.CharField()
    eligible = serializers.BooleanField()
    montant = serializers.DecimalField(max_digits=12, decimal_places=2, allow_null=True)
    regle = serializers.CharField()
    raisons_refus = serializers.ListField(child=serializers.CharField())
    criteres = CritereSerializer(many=True)
    dans_meilleure_combinaison = serializers.BooleanField()


class AideFilterApi(AideFilter):
    """The catalogue's filters; the region is given by its INSEE code."""

    def filter_region(self, qs, name, value: str):
        return super().filter_region(qs, name, value)


class AideViewSet(viewsets.ReadOnlyModelViewSet):
    """Aides financières publiées (mêmes filtres que le catalogue)."""

    serializer_class = AideSerializer
    filterset_class = AideFilterApi

    def get_queryset(self):
        return selectors.aides_publiees().order_by("titre", "pk")

    @extend_schema(
        request=SimulationDemandeSerializer,
        responses=SimulationResultatSerializer(many=True),
        filters=False,
        summary="Simuler l'éligibilité d'un projet",
        description="Le verdict et le montant du simulateur pour chaque aide du territoire "
        "(éligibles d'abord, par montant décroissant). Aucune donnée n'est enregistrée.",
    )
    @action(detail=False, methods=["post"], pagination_class=None, filter_backends=[])
    def simulation(self, request, format=None):
        demande = SimulationDemandeSerializer(data=request.data)
        demande.is_valid(raise_exception=True)
        data = demande.validated_data
        naf = data.get("naf", "").upper()
        section = Naf.objects.filter(code=naf).values_list("section", flat=True).first() or ""
        profil = eligibility.ProfilEntreprise(
            region=data.get("region") or None,
            departement=data.get("departement") or None,
            naf=naf,
            naf_section=section,
            effectif=data.get("effectif"),
            pure_player=data["pure_player"],
            surface_vente_m2=data.get("surface_vente_m2"),
            activite=data.get("activite", ""),
        )
        projet = eligibility.Projet(
            montant_ht=data["montant_ht"],
            types_depense=frozenset(data["types_depense"]),
            accompagne_par_labellise=data.get("accompagne_par_labellise"),
        )
        resultats = [
            {
                "aide": aide.pk,
                "titre": aide.titre,
                "eligible": resultat.eligible,
                "montant": resultat.montant if resultat.eligible else None,
                "regle": resultat.regle,
                "raisons_refus": resultat.raisons_refus,
                "criteres": resultat.criteres,
                "dans_meilleure_combinaison": resultat.dans_meilleure_combinaison,
            }
            for aide, resultat in selectors.simuler(profil, projet)
            if not data.get("aide") or aide.pk == data["aide"]
        ]
        return Response(SimulationResultatSerializer(resultats, many=True).data)


router.register("aides", AideViewSet, basename="aide")
