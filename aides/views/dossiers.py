"""The SME's side: apply for an aid, complete the file, submit it, follow it."""

from decimal import Decimal

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from croissance.comptes.decorators import role_required
from croissance.comptes.enums import Role
from croissance.entreprises.selectors import entreprises_for_user
from croissance.forms import DsfrForm, run_service
from croissance.pagination import paginate
from croissance.ratelimit import rate_limited
from croissance.uploads import serve_document

from .. import eligibility, selectors, sequence, services, simulation
from ..accuse import accuse_reception_pdf
from ..enums import ETATS_MODIFIABLES, TypeDepense
from ..forms import (
    AideDeclareeForm,
    DepensesSimuleesForm,
    DepotForm,
    DossierCreerForm,
    SimulateurForm,
)
from ..perms import get_dossier_depose_for_user, get_dossier_for_user
from . import sequence as sequence_views


def _verdict_profil(aide, entreprise):
    """What the simulator already says from the entreprise alone, before any project."""
    regles = simulation.regles_de(aide)
    projet = eligibility.Projet(
        montant_ht=aide.investissement_min or aide.investissement_max or Decimal("1"),
        types_depense=frozenset(aide.types_depense),
    )
    return eligibility.evaluer(
        regles, simulation.profil_de(entreprise), projet, timezone.localdate()
    )


@role_required(Role.PME)
@require_http_methods(["GET", "POST"])
@rate_limited("dossier")
def demander(request, pk):
    aide = get_object_or_404(selectors.aides_publiees(), pk=pk)
    entreprises = entreprises_for_user(request.user)
    verdicts = [(e, _verdict_profil(aide, e)) for e in entreprises]
    eligibles = entreprises.filter(pk__in=[e.pk for e, v in verdicts if v.eligible])
    # the expenses of the simulation the SME came from ride along in hidden fields
    simulees = DepensesSimuleesForm(request.POST or request.GET).montants()
    form = DossierCreerForm(
        request.POST or None, entreprises=eligibles, initial=simulees_initial(simulees)
    )
    ouverte = aide.est_ouverte(timezone.localdate())
    if request.method == "POST" and ouverte and form.is_valid():
        dossier = run_service(
            form,
            lambda: services.dossier_creer(
                user=request.user,
                aide=aide,
                entreprise=form.cleaned_data["entreprise"],
                titre=form.cleaned_data["titre"],
                depenses=form.montants(),
            ),
        )
        if dossier:
            messages.success(request, "Votre brouillon est créé : complétez-le étape par étape.")
            return redirect("aides:etape", pk=dossier.pk, etape="projet")
    return render(
        request,
        "aides/demander.html",
        {
            "aide": aide,
            "form": form,
            "ouverte": ouverte,
            "verdicts": verdicts,
            "a_des_eligibles": any(v.eligible for _, v in verdicts),
            "depenses_simulees": [
                (TypeDepense(t).label, m) for t, m in simulees.items() if t in aide.types_depense
            ],
            "links": [
                (reverse("aides:liste"), "Aides financières"),
                (reverse("aides:detail", args=[aide.pk]), aide.titre),
            ],
        },
    )


@role_required(Role.PME)
def mes_dossiers(request):
    dossiers = selectors.dossiers_for_user(request.user).order_by("-cree_le", "-pk")
    return render(request, "aides/mes_dossiers.html", {"page_obj": paginate(request, dossiers)})


def simulees_initial(montants) -> dict:
    return {nom: montants[t] for nom, t in SimulateurForm.DEPENSES.items() if t in montants}


def _page(request, dossier, status=200, **forms):
    modifiable = dossier.etat in ETATS_MODIFIABLES
    context = {
        "dossier": dossier,
        "modifiable": modifiable,
        "reprendre": sequence.etape_a_reprendre(dossier) if modifiable else None,
        "verdict": selectors.verdict_du_dossier(dossier),
        "historique": dossier.historique.select_related("auteur"),
        "links": [(reverse("aides:mes_dossiers"), "Mes demandes d'aide")],
        "erreurs_depot": forms.get("erreurs_depot", []),
        "minimis": selectors.de_minimis(dossier.entreprise),
        "declaration_form": forms.get("declaration_form") or AideDeclareeForm(),
    }
    return render(request, "aides/dossier.html", context, status=status)


def _dossier_pme(request, pk):
    return get_dossier_for_user(request.user, pk)


@role_required(Role.PME)
def dossier(request, pk):
    return _page(request, _dossier_pme(request, pk))


@role_required(Role.PME)
@require_POST
def modifier(request, pk):
    return _etape_modifiable(request, pk, "projet")


@role_required(Role.PME)
@require_POST
def ajouter_ligne(request, pk):
    return _etape_modifiable(request, pk, "depenses")


@role_required(Role.PME)
@require_POST
def ajouter_document(request, pk):
    return _etape_modifiable(request, pk, "pieces")


def _etape_modifiable(request, pk, etape):
    """A step's form posted to its own address (the sequence's first forms had these)."""
    dossier = _dossier_pme(request, pk)
    return sequence_views.enregistrer(request, dossier, etape)


@role_required(Role.PME)
@require_POST
def supprimer_ligne(request, pk, ligne_pk):
    dossier = _dossier_pme(request, pk)
    ligne = get_object_or_404(dossier.lignes, pk=ligne_pk)
    form = DsfrForm({})
    run_service(form, lambda: services.ligne_supprimer(ligne=ligne, user=request.user))
    if form.errors:
        return _page(request, dossier, status=400, erreurs_depot=form.non_field_errors())
    messages.success(request, "La dépense est supprimée.")
    return redirect("aides:etape", pk=dossier.pk, etape="depenses")


@role_required(Role.PME)
@require_POST
@rate_limited("dossier")
def deposer(request, pk):
    """The summary's confirmation ticked, the file is filed; an acknowledgement of receipt
    is emailed on commit and stays downloadable from the file's page."""
    dossier = _dossier_pme(request, pk)
    form = DepotForm(request.POST)
    if form.is_valid() and run_service(
        form, lambda: services.dossier_deposer(dossier=dossier, user=request.user)
    ):
        messages.success(
            request,
            "Votre dossier est déposé : la région va l'instruire. Un accusé de réception vous "
            "est envoyé par courriel.",
        )
        return redirect("aides:dossier", pk=dossier.pk)
    dossier.refresh_from_db()
    if dossier.etat not in ETATS_MODIFIABLES:
        return _page(request, dossier, status=400, erreurs_depot=form.non_field_errors())
    return sequence_views.page_etape(
        request, dossier, "recapitulatif", form, status=400, erreurs_depot=form.non_field_errors()
    )


@role_required(Role.PME)
@require_POST
def retirer(request, pk):
    dossier = _dossier_pme(request, pk)
    form = DsfrForm({})
    if run_service(form, lambda: services.dossier_retirer(dossier=dossier, user=request.user)):
        messages.success(request, "Votre demande est retirée.")
        return redirect("aides:dossier", pk=dossier.pk)
    return _page(request, dossier, status=400, erreurs_depot=form.non_field_errors())


@role_required(Role.PME)
@require_POST
def declarer_aide(request, pk):
    dossier = _dossier_pme(request, pk)
    form = AideDeclareeForm(request.POST)
    if form.is_valid() and run_service(
        form,
        lambda: services.aide_declarer(
            user=request.user, entreprise=dossier.entreprise, **form.cleaned_data
        ),
    ):
        messages.success(request, "L'aide reçue est déclarée.")
        return redirect("aides:dossier", pk=dossier.pk)
    return _page(request, dossier, status=400, declaration_form=form)


def accuse_reception(request, pk):
    """The acknowledgement of receipt of a filed file, as a tagged PDF: for the firm's
    managers and the instructeurs of its region."""
    dossier = get_dossier_depose_for_user(request.user, pk)
    reponse = HttpResponse(accuse_reception_pdf(dossier), content_type="application/pdf")
    nom = f"accuse-reception-dossier-{dossier.pk}.pdf"
    reponse["Content-Disposition"] = f'attachment; filename="{nom}"'
    return reponse


def document(request, pk, document_pk):
    """A file's document, for whoever may see the file (SME, its instructeurs, its connecteur)."""
    dossier = get_dossier_for_user(request.user, pk)
    piece = get_object_or_404(dossier.documents, pk=document_pk)
    return serve_document(piece.fichier, filename=piece.nom)
