"""Public API of the aid catalogue: list, detail and the eligibility simulation."""

from django.utils import timezone
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_field
from rest_framework import serializers, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.parsers import JSONParser
from rest_framework.response import Response

from croissance.api.champs import SCHEMA_MONTANT, CodeReferentiel, Montant
from croissance.api.router import router
from croissance.api.schema import ERREUR, codes_referentiel
from croissance.entreprises.activite import activite_de_naf
from croissance.entreprises.enums import Activite
from croissance.referentiels.models import Departement, Naf, Region

from . import eligibility, selectors, simulation
from .enums import NatureAide, TypeDepense
from .filters import AideFilter
from .forms import SimulateurForm
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
    cloturee = serializers.SerializerMethodField(
        help_text="Date de clôture passée : l'aide n'accepte plus de demande."
    )

    def get_cloturee(self, aide) -> bool:
        return aide.est_cloturee(timezone.localdate())

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
            "cloturee",
            "enveloppe_montant",
            "montant_engage",
            "nature",
            "taux",
            "intensite_max",
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


def _naf_du_simulateur(code: str) -> Naf:
    """The NAF code read as the simulator page reads it (SimulateurForm.clean_naf): « 2562B »
    and « 25.62b » are 25.62B; an unknown code is refused with the page's French message,
    never simulated as a firm of no sector."""
    formulaire = SimulateurForm(data={"naf": code})
    formulaire.is_valid()
    if "naf" in formulaire.errors:
        raise serializers.ValidationError(formulaire.errors["naf"], code="inconnu")
    return formulaire.cleaned_data["naf"]


@extend_schema_field(
    {
        "type": "object",
        "minProperties": 1,
        "properties": {type_depense: SCHEMA_MONTANT for type_depense in TypeDepense.values},
        "additionalProperties": False,
    }
)
class Depenses(serializers.DictField):
    """Type of expense → its amount, one at least (`validate_depenses`)."""


class SimulationDemandeSerializer(serializers.Serializer):
    """The entreprise's profile and its project."""

    region = CodeReferentiel(
        codes=lambda: codes_referentiel(Region.objects.all(), "code"),
        inconnu="Région inconnue : donnez son code INSEE, par exemple 53 pour la Bretagne.",
        required=False,
        allow_blank=True,
        help_text="Code INSEE de la région de l'entreprise, ex. 53.",
    )
    departement = CodeReferentiel(
        codes=lambda: codes_referentiel(Departement.objects.all(), "code"),
        inconnu="Département inconnu : donnez son code INSEE, par exemple 29 ou 2A.",
        required=False,
        allow_blank=True,
        help_text="Code INSEE du département de l'entreprise, ex. 29.",
    )
    naf = CodeReferentiel(
        # a firm's activity is a sub-class: a class or a group names several (refused, 400)
        codes=lambda: codes_referentiel(Naf.objects.filter(niveau="sous-classe"), "code"),
        inconnu="Code NAF inconnu : saisissez-le sous la forme 47.61Z.",
        lire=_naf_du_simulateur,
        required=False,
        allow_blank=True,
        help_text="Code NAF (APE) rév. 2 de la sous-classe, ex. 47.61Z. Comme dans "
        "le simulateur du portail, la forme sans point (4761Z) et les minuscules sont lues ; "
        "un code inconnu est refusé (400).",
    )
    effectif = serializers.IntegerField(required=False, allow_null=True, min_value=0)
    pure_player = serializers.BooleanField(required=False, default=False)
    surface_vente_m2 = serializers.IntegerField(required=False, allow_null=True, min_value=0)
    activite = serializers.ChoiceField(
        choices=Activite.choices,
        required=False,
        allow_blank=True,
        help_text="Type d'activité ; sans lui, celui que suggère le code NAF.",
    )
    depenses = Depenses(
        child=Montant(),
        required=False,
        help_text="Montant HT (€) de chaque type de dépense prévu, par ex. "
        '{"conseil": "12000", "site": "28000"} : chaque aide ne paie que sur les dépenses '
        "qu'elle finance. Sinon, montant_ht et types_depense.",
    )
    montant_ht = Montant(
        required=False,
        help_text="Montant HT du projet (€), compté en entier pour chaque aide (sans "
        "« depenses »).",
    )
    types_depense = serializers.ListField(
        child=serializers.ChoiceField(choices=TypeDepense.choices), min_length=1, required=False
    )
    accompagne_par_labellise = serializers.BooleanField(
        required=False, allow_null=True, default=None
    )
    aide = serializers.IntegerField(
        required=False,
        allow_null=True,
        min_value=1,
        help_text="Limiter la simulation à cette aide (son numéro, celui de /api/aides/) ; "
        "une aide qui n'est pas publiée répond 404.",
    )

    def validate_depenses(self, depenses):
        inconnus = sorted(set(depenses) - set(TypeDepense.values))
        if inconnus:
            raise serializers.ValidationError(f"Type de dépense inconnu : {', '.join(inconnus)}.")
        if not depenses:
            raise serializers.ValidationError("Indiquez le montant d'au moins une dépense.")
        return depenses

    # the project's amounts: by type of expense, or one total with its types (the schema's
    # `anyOf`, croissance.api.schema)
    requis_au_choix = (("depenses",), ("montant_ht", "types_depense"))

    def validate(self, data):
        if "depenses" not in data:
            erreurs = {
                champ: "Obligatoire sans « depenses »."
                for champ in self.requis_au_choix[1]
                if champ not in data
            }
            if erreurs:
                raise serializers.ValidationError(erreurs)
        return data


class CritereSerializer(serializers.Serializer):
    libelle = serializers.CharField()
    respecte = serializers.BooleanField()
    raison = serializers.CharField()


class SimulationResultatSerializer(serializers.Serializer):
    aide = serializers.IntegerField()
    titre = serializers.CharField()
    nature = serializers.ChoiceField(choices=NatureAide.choices)
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
    """Aides financières publiées (mêmes filtres que le catalogue : les aides clôturées n'y
    figurent qu'avec `cloturees=true`)."""

    serializer_class = AideSerializer
    filterset_class = AideFilterApi

    def get_queryset(self):
        return selectors.aides_publiees().order_by("titre", "pk")

    def filter_queryset(self, queryset):
        # The catalogue's filters (closed aids left out unless `cloturees=true`) select the
        # list; an aid's own address answers whatever its state (`cloturee` says it).
        if self.action != "list":
            return queryset
        return super().filter_queryset(queryset)

    @extend_schema(
        request=SimulationDemandeSerializer,
        responses={
            200: SimulationResultatSerializer(many=True),
            404: OpenApiResponse(ERREUR, description="L'aide demandée n'est pas publiée."),
        },
        filters=False,
        summary="Simuler l'éligibilité d'un projet",
        description="Le verdict et le montant du simulateur pour chaque aide du territoire "
        "(éligibles d'abord : subventions et prises en charge, puis prêts et avances, puis "
        "garanties, chacune par montant décroissant ; la nature de chaque aide est donnée). "
        "Aucune donnée n'est enregistrée.",
    )
    @action(
        detail=False,
        methods=["post"],
        pagination_class=None,
        filter_backends=[],
        parser_classes=[JSONParser],
    )
    def simulation(self, request, format=None):
        demande = SimulationDemandeSerializer(data=request.data)
        demande.is_valid(raise_exception=True)
        data = demande.validated_data
        if data.get("aide") and not selectors.aides_publiees().filter(pk=data["aide"]).exists():
            raise NotFound("Aucune aide publiée ne porte ce numéro.")
        naf = data.get("naf") or None
        profil = eligibility.ProfilEntreprise(
            region=data.get("region") or None,
            departement=data.get("departement") or None,
            naf=naf.code if naf else "",
            naf_section=naf.section if naf else "",
            effectif=data.get("effectif"),
            pure_player=data["pure_player"],
            surface_vente_m2=data.get("surface_vente_m2"),
            # as on the simulator page: without a type of activity, the NAF code's
            activite=data.get("activite") or (activite_de_naf(naf.code) if naf else "") or "",
        )
        depenses = data.get("depenses")
        projet = eligibility.Projet(
            montant_ht=sum(depenses.values()) if depenses else data["montant_ht"],
            types_depense=frozenset(depenses or data["types_depense"]),
            montants_par_type=depenses,
            accompagne_par_labellise=data.get("accompagne_par_labellise"),
        )
        resultats = [
            {
                "aide": aide.pk,
                "titre": aide.titre,
                "nature": aide.nature,
                "eligible": resultat.eligible,
                "montant": resultat.montant if resultat.eligible else None,
                "regle": resultat.regle,
                "raisons_refus": resultat.raisons_refus,
                "criteres": resultat.criteres,
                "dans_meilleure_combinaison": resultat.dans_meilleure_combinaison,
            }
            for aide, resultat in simulation.simuler(profil, projet)
            if not data.get("aide") or aide.pk == data["aide"]
        ]
        return Response(SimulationResultatSerializer(resultats, many=True).data)


router.register("aides", AideViewSet, basename="aide")
