from django.contrib import admin, messages
from django.core.exceptions import ValidationError

from croissance.admin_archivage import ArchivageAdminMixin
from croissance.admin_historique import ModelAdmin
from croissance.admin_motif import avec_motif
from croissance.adminlog import logged_action
from croissance.workflow import TransitionAdminMixin

from . import services
from .models import CandidatureLabel, HistoriqueCandidature, ReglageLabel, SignatureCharte


@admin.register(ReglageLabel)
class ReglageLabelAdmin(ModelAdmin):
    list_display = [
        "__str__",
        "niveau_minimum",
        "commerce_connecte_requis",
        "charte_requise",
        "objectif_premiere_annee",
        "annee_lancement",
    ]

    def has_add_permission(self, request):
        return not ReglageLabel.objects.exists()


@admin.register(SignatureCharte)
class SignatureCharteAdmin(ModelAdmin):
    list_display = ["entreprise", "signataire", "signee_le"]
    search_fields = ["entreprise__nom", "entreprise__siret"]
    list_select_related = ["entreprise", "signataire"]
    readonly_fields = ["entreprise", "signataire", "signee_le"]


class HistoriqueInline(TransitionAdminMixin, admin.TabularInline):
    model = HistoriqueCandidature
    extra = 0


@admin.register(CandidatureLabel)
class CandidatureLabelAdmin(ArchivageAdminMixin, ModelAdmin):
    list_display = ["entreprise", "etat", "deposee_le", "accorde_le"]
    list_filter = ["etat", "entreprise__region"]
    search_fields = ["entreprise__nom", "entreprise__siret"]
    list_select_related = ["entreprise"]
    readonly_fields = ["entreprise", "etat", "presentation", "deposee_le", "accorde_le"]
    inlines = [HistoriqueInline]
    actions = ["accorder", "refuser", "retirer", "archiver", "desarchiver"]

    def has_add_permission(self, request):
        return False

    def _apply(self, request, queryset, decide, **kwargs):
        for candidature in queryset:
            try:
                decide(candidature=candidature, par=request.user, **kwargs)
            except ValidationError as error:
                messages.warning(request, f"{candidature.entreprise} : {' '.join(error.messages)}")
            else:
                messages.success(request, f"{candidature.entreprise} : décision enregistrée.")

    def _with_motif(self, request, queryset, decide, title):
        return avec_motif(
            self,
            request,
            queryset,
            lambda candidature, motif: decide(
                candidature=candidature, par=request.user, motif=motif
            ),
            title,
        )

    @logged_action(description="Accorder le label")
    def accorder(self, request, queryset):
        self._apply(request, queryset, services.candidature_accorder)

    @logged_action(description="Refuser la candidature (avec un motif)")
    def refuser(self, request, queryset):
        return self._with_motif(
            request, queryset, services.candidature_refuser, "Refuser les candidatures"
        )

    @logged_action(description="Retirer le label (avec un motif)")
    def retirer(self, request, queryset):
        return self._with_motif(request, queryset, services.label_retirer, "Retirer le label")
