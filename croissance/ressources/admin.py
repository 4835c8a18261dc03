from django.contrib import admin, messages

from croissance.admin_historique import ModelAdmin
from croissance.admin_motif import avec_motif
from croissance.adminlog import logged_action
from croissance.workflow import TransitionAdminMixin, TransitionInterdite

from . import services
from .enums import EtatModeration
from .models import AvisPrestataire, HistoriqueTemoignage, Prestataire, Ressource, Temoignage


@admin.register(Ressource)
class RessourceAdmin(ModelAdmin):
    list_display = ["titre", "type", "niveau_min", "niveau_max", "publie", "mis_a_jour_le"]
    list_filter = ["type", "publie", "themes"]
    search_fields = ["titre", "resume"]
    filter_horizontal = ["themes"]

    def save_model(self, request, obj, form, change):
        services.ressource_enregistrer(ressource=obj)


class HistoriqueTemoignageInline(TransitionAdminMixin, admin.TabularInline):
    model = HistoriqueTemoignage
    extra = 0


@admin.register(Temoignage)
class TemoignageAdmin(ModelAdmin):
    list_display = ["titre", "entreprise", "etat", "cree_le"]
    list_filter = ["etat", "themes"]
    search_fields = ["titre", "entreprise__nom"]
    list_select_related = ["entreprise"]
    raw_id_fields = ["entreprise", "auteur"]
    readonly_fields = ["etat"]
    inlines = [HistoriqueTemoignageInline]
    actions = ["publier", "refuser"]

    def _moderer(self, request, queryset, etat):
        done = 0
        for temoignage in queryset:
            try:
                services.temoignage_moderer(
                    temoignage=temoignage, moderateur=request.user, etat=etat
                )
                done += 1
            except TransitionInterdite as error:
                messages.warning(request, f"{temoignage} : {error.message}")
        messages.success(request, f"{done} témoignage(s) modéré(s).")

    @logged_action(description="Publier les témoignages sélectionnés")
    def publier(self, request, queryset):
        self._moderer(request, queryset, EtatModeration.PUBLIE)

    @logged_action(description="Refuser les témoignages sélectionnés (avec un motif)")
    def refuser(self, request, queryset):
        return avec_motif(
            self,
            request,
            queryset,
            lambda temoignage, motif: services.temoignage_moderer(
                temoignage=temoignage,
                moderateur=request.user,
                etat=EtatModeration.REFUSE,
                motif=motif,
            ),
            "Refuser les témoignages",
        )


@admin.register(Prestataire)
class PrestataireAdmin(ModelAdmin):
    list_display = ["nom", "french_tech", "national", "publie", "note_moyenne", "nombre_avis"]
    list_filter = ["french_tech", "publie", "national", "regions", "themes"]
    search_fields = ["nom", "siret"]
    filter_horizontal = ["regions", "themes"]


@admin.register(AvisPrestataire)
class AvisPrestataireAdmin(ModelAdmin):
    list_display = [
        "prestataire",
        "entreprise",
        "prestation",
        "realisee_le",
        "note",
        "etat",
        "cree_le",
    ]
    list_filter = ["etat", "note"]
    list_select_related = ["prestataire", "entreprise"]
    readonly_fields = [
        "prestataire",
        "entreprise",
        "auteur",
        "prestation",
        "realisee_le",
        "note",
        "commentaire",
        "etat",
    ]
    actions = ["publier", "refuser"]

    @logged_action(description="Publier les avis sélectionnés")
    def publier(self, request, queryset):
        for avis in queryset.select_related("prestataire"):
            services.avis_moderer(avis=avis, etat=EtatModeration.PUBLIE)

    @logged_action(description="Refuser les avis sélectionnés (avec un motif)")
    def refuser(self, request, queryset):
        return avec_motif(
            self,
            request,
            queryset.select_related("prestataire", "auteur"),
            lambda avis, motif: services.avis_moderer(
                avis=avis, etat=EtatModeration.REFUSE, motif=motif
            ),
            "Refuser les avis",
        )
