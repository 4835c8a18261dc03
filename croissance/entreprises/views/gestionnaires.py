"""Who manages an entreprise: invitations, removals, departures."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from croissance.comptes.decorators import role_required
from croissance.comptes.enums import Role

from .. import selectors, services
from ..enums import EtatInvitation
from ..forms import GestionnaireForm, QuitterForm, RetraitForm
from ..perms import get_entreprise_for_user, get_invitation_for_manager

# The same answer whether or not an account uses the address (no account enumeration).
INVITATION_ENVOYEE = (
    "L'invitation est envoyée à {email}. La personne la trouvera dans sa messagerie ; elle "
    "pourra gérer l'entreprise une fois l'invitation acceptée."
)


def _erreurs(request, error: ValidationError) -> None:
    messages.error(request, " ".join(error.messages))


@role_required(Role.PME)
@require_http_methods(["POST"])
def ajouter_gestionnaire(request, pk):
    entreprise = get_entreprise_for_user(request.user, pk)
    form = GestionnaireForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Indiquez une adresse électronique valide.")
        return redirect("entreprises:detail", pk=entreprise.pk)
    email = form.cleaned_data["email"]
    try:
        services.invitation_envoyer(entreprise=entreprise, par=request.user, email=email)
    except ValidationError as error:
        _erreurs(request, error)
    else:
        messages.success(request, INVITATION_ENVOYEE.format(email=email.strip().lower()))
    return redirect("entreprises:detail", pk=entreprise.pk)


@role_required(Role.PME)
@require_http_methods(["POST"])
def annuler_invitation(request, pk, invitation_pk):
    invitation = get_invitation_for_manager(request.user, pk, invitation_pk)
    try:
        services.invitation_annuler(invitation=invitation, par=request.user)
    except ValidationError as error:
        _erreurs(request, error)
    else:
        messages.success(request, f"L'invitation de {invitation.email} est annulée.")
    return redirect("entreprises:detail", pk=pk)


@role_required(Role.PME)
@require_http_methods(["POST"])
def retirer_gestionnaire(request, pk):
    entreprise = get_entreprise_for_user(request.user, pk)
    form = RetraitForm(request.POST, entreprise=entreprise, par=request.user)
    if not form.is_valid():
        for erreurs in form.errors.values():
            messages.error(request, " ".join(erreurs))
        return redirect("entreprises:detail", pk=pk)
    personne = form.cleaned_data["personne"]
    try:
        services.gestionnaire_retirer(
            entreprise=entreprise, user=personne, par=request.user, motif=form.cleaned_data["motif"]
        )
    except ValidationError as error:
        _erreurs(request, error)
    else:
        messages.success(
            request, f"{personne} ne gère plus l'entreprise ; la personne est prévenue."
        )
    return redirect("entreprises:detail", pk=pk)


@role_required(Role.PME)
@require_http_methods(["POST"])
def quitter(request, pk):
    entreprise = get_entreprise_for_user(request.user, pk)
    form = QuitterForm(request.POST)
    form.is_valid()
    try:
        services.gestionnaire_quitter(
            entreprise=entreprise, user=request.user, motif=form.cleaned_data.get("motif", "")
        )
    except ValidationError as error:
        _erreurs(request, error)
        return redirect("entreprises:detail", pk=pk)
    messages.success(request, f"Vous ne gérez plus l'entreprise {entreprise.nom}.")
    return redirect("entreprises:liste")


@require_http_methods(["GET", "POST"])
def invitation(request, jeton):
    """The link of an invitation email. Anonymous visitors sign in or sign up first (the
    login page brings them back here)."""
    invitation = selectors.invitation_par_jeton(jeton)
    if invitation is None:
        raise Http404("Ce lien d'invitation n'existe pas.")
    if request.method == "POST":
        try:
            if request.POST.get("reponse") == "accepter":
                services.invitation_accepter(invitation=invitation, user=request.user)
                messages.success(request, f"Vous gérez désormais {invitation.entreprise.nom}.")
                return redirect("entreprises:detail", pk=invitation.entreprise_id)
            services.invitation_refuser(invitation=invitation, user=request.user)
            messages.info(request, "Vous avez refusé l'invitation.")
            return redirect("espace")
        except ValidationError as error:
            _erreurs(request, error)
            invitation.refresh_from_db()
    context = {
        "invitation": invitation,
        "valable": invitation.etat == EtatInvitation.ENVOYEE
        and invitation.expire_le > timezone.now(),
        "bonne_adresse": request.user.email.lower() == invitation.email,
    }
    return render(request, "entreprises/invitation.html", context)
