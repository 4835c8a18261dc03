"""Public API of e-export: market fiches and open leads (never the buyer's contact)."""

from rest_framework import serializers, viewsets

from croissance.api.router import router

from .enums import StatutLead
from .filters import LeadFilter
from .models import ChiffreCle, Lead, Marche
from .selectors import lead_ouvert, rechercher_leads


class ChiffreCleSerializer(serializers.ModelSerializer):
    class Meta:
        model = ChiffreCle
        fields = ["libelle", "valeur", "source", "annee"]


class MarcheSerializer(serializers.ModelSerializer):
    chiffres = ChiffreCleSerializer(many=True, read_only=True)

    class Meta:
        model = Marche
        fields = ["id", "code_pays", "nom", "accroche", "chiffres", "mis_a_jour_le"]


class LeadSerializer(serializers.ModelSerializer):
    secteur = serializers.CharField(source="secteur.nom", read_only=True, allow_null=True)
    naf_division = serializers.CharField(source="naf_division_id", read_only=True, allow_null=True)

    class Meta:
        model = Lead
        # Never contact_nom, contact_email nor contact_url: they are for signed-in users.
        fields = [
            "id",
            "reference",
            "titre",
            "description",
            "pays",
            "secteur",
            "naf_division",
            "categorie_produit",
            "quantite",
            "date_limite",
            "source",
            "publie_le",
        ]


class MarcheViewSet(viewsets.ReadOnlyModelViewSet):
    """Fiches marchés publiées (pays cibles pour l'export en ligne)."""

    serializer_class = MarcheSerializer

    def get_queryset(self):
        return Marche.objects.filter(publie=True).prefetch_related("chiffres").order_by("nom", "pk")


class LeadFilterOuverts(LeadFilter):
    """The leads page's filters, without the status one (the API lists open leads only)."""

    class Meta(LeadFilter.Meta):
        fields = ["q", "pays", "secteur", "periode"]


LeadFilterOuverts.base_filters.pop("statut", None)


class LeadViewSet(viewsets.ReadOnlyModelViewSet):
    """Leads ouverts (demandes d'acheteurs étrangers), sans leurs coordonnées."""

    serializer_class = LeadSerializer
    filterset_class = LeadFilterOuverts

    def get_queryset(self):
        # The leads page's search (full text on PostgreSQL), open leads only: a lead whose
        # deadline has passed is no longer open, whatever its status says.
        criteres = self.request.query_params.copy()
        criteres["statut"] = StatutLead.OUVERT
        return rechercher_leads(criteres).filter(lead_ouvert())


router.register("marches", MarcheViewSet, basename="marche")
router.register("leads", LeadViewSet, basename="lead")
