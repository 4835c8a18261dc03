from django import forms
from django.contrib import admin, messages
from django.forms import modelformset_factory
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse

from croissance.admin_historique import ModelAdmin, message_de_modification
from croissance.entreprises.models import Entreprise

from . import engine
from .models import ReglageOrientation
from .profil import build_profil

WEIGHT_FIELDS = [
    "actif",
    "ordre",
    "nombre",
    "poids_besoin",
    "poids_axe_faible",
    "poids_proximite",
    "poids_note",
    "seuil_axe_faible",
    "niveau_sensibilisation",
    "poids_niveau_adapte",
    "montant_projet_ht",
    "max_par_groupe",
]

ReglageFormSet = modelformset_factory(ReglageOrientation, fields=WEIGHT_FIELDS, extra=0)


class ApercuForm(forms.Form):
    entreprise = forms.ModelChoiceField(
        label="Entreprise dont on prévisualise l'orientation",
        queryset=Entreprise.objects.order_by("nom"),
        widget=forms.NumberInput,
        help_text="Identifiant de l'entreprise (voir la liste des entreprises).",
    )


@admin.register(ReglageOrientation)
class ReglageOrientationAdmin(ModelAdmin):
    list_display = [
        "libelle",
        "type",
        "actif",
        "ordre",
        "nombre",
        "poids_besoin",
        "poids_axe_faible",
        "seuil_axe_faible",
        "max_par_groupe",
    ]
    list_editable = ["actif", "ordre", "nombre"]
    readonly_fields = ["type"]
    change_list_template = "admin/orientation/reglageorientation/change_list.html"

    def has_add_permission(self, request):
        return False  # one row per registered kind, created by the preview page

    def get_urls(self):
        return [
            path("apercu/", self.admin_site.admin_view(self.apercu), name="orientation_apercu"),
            *super().get_urls(),
        ]

    def apercu(self, request):
        """Tune the weights, preview the recommendations of one entreprise, then save."""
        for type, libelle in engine.registered_types().items():
            ReglageOrientation.objects.get_or_create(type=type, defaults={"libelle": libelle})
        queryset = ReglageOrientation.objects.filter(type__in=engine.registered_types())
        formset = ReglageFormSet(request.POST or None, queryset=queryset)
        form = ApercuForm(request.POST or None)
        sections = None
        if request.method == "POST" and formset.is_valid():
            if "enregistrer" in request.POST:
                formset.save()  # every cached list follows (OrientationConfig.ready)
                for changed in (f for f in formset.initial_forms if f.has_changed()):
                    self.log_change(request, changed.instance, message_de_modification(changed))
                messages.success(request, "Les réglages d'orientation sont enregistrés.")
                return redirect(reverse("admin:orientation_apercu"))
            if form.is_valid():
                unsaved = {r.type: r for r in formset.save(commit=False)}
                unsaved.update({f.instance.type: f.instance for f in formset.forms})
                sections = engine.recommander(
                    build_profil(form.cleaned_data["entreprise"]), overrides=unsaved
                )
        context = {
            **self.admin_site.each_context(request),
            "title": "Prévisualiser l'orientation",
            "formset": formset,
            "form": form,
            "sections": sections,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/orientation/apercu.html", context)
