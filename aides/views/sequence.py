"""The application file as a guided sequence (DSFR stepper): project, expenses, documents,
connecteur, summary. Each step is one form; its buttons save what was typed and go back or
on, so nothing typed is lost without JavaScript. What cannot be saved yet (an amount left
half-typed) is kept in the session when the SME goes back, and shown again on its return."""

from django.contrib import messages
from django.http import Http404, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from croissance.comptes.decorators import role_required
from croissance.comptes.enums import Role
from croissance.forms import run_service

from .. import selectors, sequence, services
from ..enums import ETATS_MODIFIABLES
from ..forms import ConnecteurChoixForm, DepotForm, DocumentForm, DossierForm, LigneForm
from ..perms import get_dossier_for_user

PRECEDENTE, SUIVANTE, ICI = "precedente", "suivante", "ici"


def _cle(dossier, etape) -> str:
    return f"aides:dossier:{dossier.pk}:{etape}"


def _formulaire(etape, dossier, data=None, files=None):
    if etape == "projet":
        return DossierForm(data, instance=dossier)
    if etape == "depenses":
        return LigneForm(data)
    if etape == "pieces":
        return DocumentForm(data, files)
    if etape == "connecteur":
        return ConnecteurChoixForm(
            data,
            connecteurs=selectors.connecteurs_du_dossier(dossier, avec_l_actuel=True),
            initial={"connecteur": dossier.connecteur_id},
        )
    return DepotForm(data)


def _vide(etape, form) -> bool:
    """An optional addition left blank: the SME only moves through the step."""
    if etape == "depenses":
        return not any(form.data.get(nom, "").strip() for nom in ("libelle", "montant_ht"))
    if etape == "pieces":
        return not form.files.get("fichier") and not form.data.get("siret_prestataire", "").strip()
    return False


def _enregistrer(etape, dossier, user, form):
    data = form.cleaned_data
    if etape == "projet":
        return services.dossier_decrire(
            dossier=dossier, user=user, titre=data["titre"], description=data["description"]
        )
    if etape == "depenses":
        return services.ligne_ajouter(dossier=dossier, user=user, **data)
    if etape == "pieces":
        return services.document_ajouter(
            dossier=dossier,
            user=user,
            fichier=data["fichier"],
            nature=data["nature"],
            siret_prestataire=data["siret_prestataire"],
        )
    return services.dossier_choisir_connecteur(
        dossier=dossier, user=user, connecteur=data["connecteur"]
    )


CONFIRMATIONS = {
    "projet": "Le projet est enregistré.",
    "depenses": "La dépense est ajoutée.",
    "pieces": "La pièce est ajoutée au dossier.",
    "connecteur": "Votre choix de connecteur est enregistré.",
}


def page_etape(request, dossier, etape, form=None, *, status=200, erreurs_depot=()):
    context = {
        "dossier": dossier,
        "etape": etape,
        "stepper": sequence.stepper(etape),
        "form": form or _formulaire(etape, dossier),
        "erreurs_depot": erreurs_depot,
        "links": [
            (reverse("aides:mes_dossiers"), "Mes demandes d'aide"),
            (reverse("aides:dossier", args=[dossier.pk]), dossier.titre),
        ],
    }
    if etape == "recapitulatif":
        context["verdict"] = selectors.verdict_du_dossier(dossier)
    return render(request, f"aides/etapes/{etape}.html", context, status=status)


def _vers(dossier, etape):
    return redirect("aides:etape", pk=dossier.pk, etape=etape)


def enregistrer(request, dossier, etape):
    """A step's form sent: saved, then on to the step its button names."""
    aller = request.POST.get("aller", ICI)
    cible = {PRECEDENTE: sequence.voisine(etape, -1), SUIVANTE: sequence.voisine(etape, 1)}.get(
        aller
    )
    form = _formulaire(etape, dossier, request.POST, request.FILES)
    if cible and _vide(etape, form):
        return _vers(dossier, cible)
    if form.is_valid() and run_service(
        form, lambda: _enregistrer(etape, dossier, request.user, form)
    ):
        request.session.pop(_cle(dossier, etape), None)
        messages.success(request, CONFIRMATIONS[etape])
        return _vers(dossier, cible or etape)
    if aller == PRECEDENTE and cible:
        # kept as typed, errors shown on return (files excepted: a browser never keeps them)
        saisie = request.POST.copy()
        saisie.pop("csrfmiddlewaretoken", None)
        request.session[_cle(dossier, etape)] = saisie.urlencode()
        return _vers(dossier, cible)
    dossier.refresh_from_db()
    return page_etape(request, dossier, etape, form, status=400)


@role_required(Role.PME)
@require_http_methods(["GET", "POST"])
def etape(request, pk, etape):
    if sequence.etape(etape) is None:
        raise Http404("Étape inconnue.")
    dossier = get_dossier_for_user(request.user, pk)
    if dossier.etat not in ETATS_MODIFIABLES:
        messages.info(request, "Ce dossier est déposé : il ne se modifie plus.")
        return redirect("aides:dossier", pk=dossier.pk)
    if request.method == "POST" and etape != "recapitulatif":
        return enregistrer(request, dossier, etape)
    saisie = request.session.pop(_cle(dossier, etape), None)
    form = _formulaire(etape, dossier, QueryDict(saisie)) if saisie else None
    return page_etape(request, dossier, etape, form)
