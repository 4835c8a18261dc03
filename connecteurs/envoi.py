"""Sending a request in two steps, the same on every page that sends one (a connecteur's
profile, the matching connecteurs, e-export's « Parler à un expert »).

Step 1: the need and the message (`form`, whose cleaned data gives `entreprise`, `theme`,
`message` and `partage_diagnostic`). Step 2, « Vérifier et envoyer »: the connecteurs the
request will reach and why (`proposer(entreprise, theme)`), each one removable; sending
reaches exactly those kept, if the proposals are still the ones shown (else step 2 again,
see `propositions`).
"""

from django.contrib import messages
from django.shortcuts import redirect, render

from croissance.forms import run_service

from . import services
from .forms import DestinatairesForm

FORMULAIRE = "connecteurs/demandes/formulaire.html"
ETAPE_VERIFIER, ETAPE_ENVOYER = "verifier", "envoyer"
AUCUN_CORRESPONDANT = (
    "Aucun connecteur ne correspond encore à ce besoin et à votre territoire. Choisissez un "
    "autre besoin, ou cherchez un connecteur dans l'annuaire."
)


def _enumeration(noms: list[str]) -> str:
    return noms[0] if len(noms) == 1 else f"{', '.join(noms[:-1])} et {noms[-1]}"


def envoyer_en_deux_etapes(
    request, *, form, proposer, origine, contexte, formulaire=FORMULAIRE, champ_besoin="theme"
):
    """The response of a request page (GET or POST): step 1, step 2 or, once sent, the
    request's page. `champ_besoin` is the step-1 field that gets « no connecteur fits »."""
    etape = request.POST.get("etape", ETAPE_VERIFIER) if request.method == "POST" else None
    if etape not in (ETAPE_VERIFIER, ETAPE_ENVOYER) or not form.is_valid():
        return render(request, formulaire, {**contexte, "form": form, "etape": 1})
    entreprise, theme = form.cleaned_data["entreprise"], form.cleaned_data["theme"]
    propositions = proposer(entreprise, theme)
    if not propositions:
        form.add_error(champ_besoin, AUCUN_CORRESPONDANT)
        return render(request, formulaire, {**contexte, "form": form, "etape": 1})
    destinataires = DestinatairesForm(
        request.POST if etape == ETAPE_ENVOYER else None, propositions=propositions
    )
    if etape == ETAPE_ENVOYER and destinataires.is_valid():
        connecteurs = destinataires.cleaned_data["connecteurs"]
        demande = run_service(
            destinataires,
            lambda: services.demande_creer(
                entreprise=entreprise,
                auteur=request.user,
                theme=theme,
                message=form.cleaned_data["message"],
                partage_diagnostic=form.cleaned_data["partage_diagnostic"],
                connecteurs=connecteurs,
                origine=origine,
            ),
        )
        if demande:
            noms = _enumeration([c.nom for c in connecteurs])
            messages.success(request, f"Votre demande est envoyée à {noms}.")
            return redirect("connecteurs:ma_demande", pk=demande.pk)
    return render(
        request,
        "connecteurs/demandes/verifier.html",
        {**contexte, "form": form, "destinataires": destinataires, "etape": 2},
    )
