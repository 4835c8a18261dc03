"""A connecteur's own space: profile, charter, services, events, requests addressed to it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from croissance.comptes.decorators import role_required
from croissance.comptes.enums import Role
from croissance.forms import run_service
from croissance.pagination import paginate
from croissance.uploads import serve_document
from diagnostic.selectors import dernier_resultat

from .. import selectors, services
from ..enums import TRANSITIONS_REPONSE, EtatReponse
from ..forms import (
    AdhesionForm,
    ConnecteurForm,
    EvenementForm,
    PrestationForm,
    ReponseAvisForm,
    ReponseForm,
    SignatureForm,
)
from ..models import Connecteur
from ..perms import get_avis_for_member, get_connecteur_for_member, get_reponse_for_member
from .membres import rejoindre_page

ESPACE = "Mon espace connecteur"


def _links(*extra):
    return [(reverse("espace"), "Mon espace"), (reverse("connecteurs:espace"), ESPACE), *extra]


@role_required(Role.CONNECTEUR)
def tableau(request):
    connecteur = selectors.connecteur_of_user(request.user)
    if connecteur is None:
        return redirect("connecteurs:profil_modifier")
    version = selectors.charte_en_vigueur()
    context = {
        "connecteur": connecteur,
        "version": version,
        "charte_a_jour": selectors.a_signe_version(connecteur, version),
        "candidature": connecteur.candidatures.order_by("-cree_le").first(),
        "nouvelles_demandes": connecteur.reponses.filter(etat=EtatReponse.ENVOYEE).count(),
        "adhesions_en_attente": (
            selectors.adhesions_en_attente(connecteur).count()
            if selectors.est_referent(connecteur, request.user)
            else 0
        ),
        "links": [(reverse("espace"), "Mon espace")],
    }
    return render(request, "connecteurs/espace/tableau.html", context)


@role_required(Role.CONNECTEUR)
@require_http_methods(["GET", "POST"])
def profil_modifier(request):
    connecteur = selectors.connecteur_of_user(request.user)
    form = ConnecteurForm(request.POST or None, request.FILES or None, instance=connecteur)
    valide = request.method == "POST" and form.is_valid()
    if request.method == "POST" and connecteur is None:
        # a structure that already exists is joined, never created twice
        doubles = selectors.structures_en_double(
            nom=form.cleaned_data.get("nom"),
            siret=form.cleaned_data.get("siret"),
            departements=form.cleaned_data.get("departements"),
        )
        if doubles:
            return rejoindre_page(request, doubles, AdhesionForm(), doublon=True)
    if valide:
        saved = run_service(
            form,
            lambda: services.connecteur_enregistrer(
                connecteur=form.save(commit=False), user=request.user, m2m=form.m2m()
            ),
        )
        if saved:
            messages.success(request, "Le profil de votre structure est enregistré.")
            if saved.charte_signee_le is None:
                return redirect("connecteurs:charte")
            return redirect("connecteurs:espace")
    return render(
        request,
        "connecteurs/espace/profil_form.html",
        {
            "form": form,
            "connecteur": connecteur,
            "adhesions": None if connecteur else selectors.adhesions_du_demandeur(request.user),
            "links": _links() if connecteur else [],
        },
    )


@role_required(Role.CONNECTEUR)
@require_http_methods(["GET", "POST"])
def charte(request):
    connecteur = get_connecteur_for_member(request.user)
    version = selectors.charte_en_vigueur()
    form = SignatureForm(request.POST or None)
    if (
        request.method == "POST"
        and form.is_valid()
        and run_service(
            form, lambda: services.charte_signer(connecteur=connecteur, user=request.user)
        )
    ):
        messages.success(
            request,
            "Merci ! Votre structure figure maintenant dans l'annuaire des connecteurs.",
        )
        return redirect("connecteurs:espace")
    return render(
        request,
        "connecteurs/espace/charte.html",
        {
            "connecteur": connecteur,
            "version": version,
            "deja_signee": selectors.a_signe_version(connecteur, version),
            "signatures": connecteur.signatures.select_related("version", "signataire"),
            "form": form,
            "links": _links(),
        },
    )


@role_required(Role.CONNECTEUR)
@require_http_methods(["GET", "POST"])
def prestations(request, pk=None):
    connecteur = get_connecteur_for_member(request.user)
    instance = get_object_or_404(connecteur.prestations, pk=pk) if pk else None
    form = PrestationForm(request.POST or None, instance=instance)
    if (
        request.method == "POST"
        and form.is_valid()
        and run_service(
            form,
            lambda: services.prestation_enregistrer(
                prestation=form.save(commit=False), connecteur=connecteur
            ),
        )
    ):
        messages.success(request, "La prestation est enregistrée.")
        return redirect("connecteurs:prestations")
    return render(
        request,
        "connecteurs/espace/prestations.html",
        {
            "connecteur": connecteur,
            "prestations": connecteur.prestations.select_related("theme"),
            "form": form,
            "instance": instance,
            "links": _links(),
        },
    )


@role_required(Role.CONNECTEUR)
@require_POST
def prestation_supprimer(request, pk):
    connecteur = get_connecteur_for_member(request.user)
    get_object_or_404(connecteur.prestations, pk=pk).delete()
    messages.success(request, "La prestation est supprimée.")
    return redirect("connecteurs:prestations")


@role_required(Role.CONNECTEUR)
@require_http_methods(["GET", "POST"])
def evenements(request):
    connecteur = get_connecteur_for_member(request.user)
    form = EvenementForm(request.POST or None)
    if (
        request.method == "POST"
        and form.is_valid()
        and run_service(
            form,
            lambda: services.evenement_enregistrer(
                evenement=form.save(commit=False), connecteur=connecteur
            ),
        )
    ):
        messages.success(request, "L'événement est publié dans l'agenda.")
        return redirect("connecteurs:evenements")
    return render(
        request,
        "connecteurs/espace/evenements.html",
        {
            "connecteur": connecteur,
            "evenements": connecteur.evenements.select_related("region", "theme").order_by(
                "-debut"
            ),
            "form": form,
            "links": _links(),
        },
    )


@role_required(Role.CONNECTEUR)
@require_POST
def evenement_supprimer(request, pk):
    connecteur = get_connecteur_for_member(request.user)
    get_object_or_404(connecteur.evenements, pk=pk).delete()
    messages.success(request, "L'événement est retiré de l'agenda.")
    return redirect("connecteurs:evenements")


@role_required(Role.CONNECTEUR)
def demandes(request):
    connecteur = get_connecteur_for_member(request.user)
    return render(
        request,
        "connecteurs/espace/demandes.html",
        {
            "connecteur": connecteur,
            "page_obj": paginate(request, selectors.reponses_of_connecteur(connecteur)),
            "links": _links(),
        },
    )


@role_required(Role.CONNECTEUR)
@require_http_methods(["GET", "POST"])
def demande(request, pk):
    reponse = get_reponse_for_member(request.user, pk)
    choix = sorted(TRANSITIONS_REPONSE.get(reponse.etat, set()), key=list(EtatReponse).index)
    form = ReponseForm(request.POST or None, choix=choix) if choix else None
    if (
        request.method == "POST"
        and form is not None
        and form.is_valid()
        and run_service(
            form,
            lambda: services.reponse_repondre(
                reponse=reponse,
                auteur=request.user,
                etat=form.cleaned_data["etat"],
                motif=form.cleaned_data["motif"],
            ),
        )
    ):
        messages.success(request, "Votre réponse est enregistrée et l'entreprise est prévenue.")
        return redirect("connecteurs:demande", pk=reponse.pk)
    avis = getattr(reponse, "avis", None)
    return render(
        request,
        "connecteurs/espace/demande.html",
        {
            "reponse": reponse,
            "demande": reponse.demande,
            "entreprise": reponse.demande.entreprise,
            "form": form,
            "avis": avis,
            "avis_form": ReponseAvisForm() if avis and avis.statut == "publie" else None,
            "historique": reponse.historique.select_related("auteur"),
            "links": _links((reverse("connecteurs:demandes"), "Demandes reçues")),
            "diagnostic": (
                dernier_resultat(reponse.demande.entreprise)
                if reponse.demande.partage_diagnostic
                else None
            ),
        },
    )


@role_required(Role.CONNECTEUR)
@require_POST
def avis_repondre(request, pk):
    avis = get_avis_for_member(request.user, pk)
    form = ReponseAvisForm(request.POST)
    if form.is_valid():
        services.avis_repondre(avis=avis, auteur=request.user, texte=form.cleaned_data["texte"])
        messages.success(request, "Votre réponse est publiée sous l'avis.")
    else:
        messages.error(request, "Écrivez votre réponse avant de l'envoyer.")
    return redirect("connecteurs:demande", pk=avis.reponse_id)


@login_not_required
def logo(request, pk):
    """Logos are public for directory members, and visible to the structure itself."""
    connecteur = get_object_or_404(Connecteur, pk=pk)
    visible = connecteur.charte_signee_le or (
        request.user.is_authenticated and connecteur.membres.filter(pk=request.user.pk).exists()
    )
    if not visible or not connecteur.logo:
        raise Http404
    return serve_document(connecteur.logo)
