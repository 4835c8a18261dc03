"""The instructeurs' side: the work queue of their regions and the decision page."""

from functools import partial

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from croissance import fragments
from croissance.comptes.decorators import role_required
from croissance.comptes.enums import Role
from croissance.forms import DsfrForm, run_service
from croissance.pagination import paginate
from croissance.templatetags.portail import pluriel

from .. import conflits, selectors, services
from ..controles import controle_du_dossier
from ..enums import ETATS_A_INSTRUIRE, ETATS_ACCEPTABLES, EtatDossier
from ..filters import DossierFilter
from ..forms_decisions import (
    AcceptationForm,
    AvisDemandeForm,
    CommentaireForm,
    LotForm,
    MotifForm,
)
from ..perms import get_dossier_for_instructeur
from ..quatre_yeux import raison_quatre_yeux

INSTRUCTION = (Role.INSTRUCTEUR, Role.MISSION)


def _file(request):
    return selectors.dossiers_a_instruire(request.user).order_by("-depose_le", "-pk")


def _contexte_file(request):
    dossiers = _file(request)
    filtre = DossierFilter(request.GET, queryset=dossiers)
    compteurs = selectors.compter_par_etat(dossiers)
    return {
        "filtre": filtre,
        "page_obj": paginate(request, filtre.qs),
        "compteurs": [(etat.label, compteurs.get(etat.value, 0)) for etat in EtatDossier][1:],
        "lot_form": LotForm(dossiers=dossiers),
        "parametres": request.GET,
    }


@role_required(*INSTRUCTION)
def file(request):
    # The same regions, filters and page show the same body to every instructeur of these
    # regions: rendered once per dossiers version (the key reads the user's regions first).
    corps = fragments.fragment(
        request,
        selectors.cle_file(request.user, request.GET),
        "aides/instruction/_file.html",
        partial(_contexte_file, request),
        versions=(selectors.VERSION_DOSSIERS,),
    )
    # the files this person may not decide on: theirs alone, outside the shared body
    en_conflit = conflits.raisons_de_conflit(
        request.user, _file(request).filter(etat__in=ETATS_A_INSTRUIRE | {EtatDossier.ACCEPTE})
    )
    return render(
        request,
        "aides/instruction/file.html",
        {
            "corps": corps.html,
            "en_conflit": selectors.dossiers_par_pk(en_conflit),
            "a_confier": conflits.A_CONFIER,
        },
    )


@role_required(*INSTRUCTION)
@require_POST
def lot(request):
    dossiers = _file(request).filter(etat__in=ETATS_A_INSTRUIRE | {EtatDossier.INCOMPLET})
    form = LotForm(request.POST, dossiers=dossiers)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect("aides:instruction")
    faits, echecs = services.dossiers_decider_en_lot(
        dossiers=form.cleaned_data["dossiers"],
        instructeur=request.user,
        decision=form.cleaned_data["decision"],
        motif=form.cleaned_data["motif"],
        note_interne=form.cleaned_data["note_interne"],
    )
    messages.success(request, f"{faits} dossier{pluriel(faits)} traité{pluriel(faits)}.")
    for dossier, erreur in echecs:
        messages.error(request, f"Dossier n° {dossier.pk} : {erreur}")
    return redirect("aides:instruction")


def _page(request, dossier, status=200, **forms):
    verdict = selectors.verdict_du_dossier(dossier)
    minimis = selectors.de_minimis(dossier.entreprise)
    montant_propose = dossier.montant_sollicite
    conflit = conflits.raison_de_conflit(request.user, dossier)
    quatre_yeux = (
        raison_quatre_yeux(dossier, request.user) if dossier.etat == EtatDossier.ACCEPTE else ""
    )
    context = {
        "dossier": dossier,
        "verdict": verdict,
        "minimis": minimis,
        "depasserait": montant_propose is not None
        and minimis["total"] + montant_propose > minimis["plafond"],
        "historique": dossier.historique.select_related("auteur"),
        "commentaires": dossier.commentaires.select_related("auteur"),
        "conflit": conflit,
        "a_confier": conflits.A_CONFIER,
        "a_decider": not conflit and dossier.etat in ETATS_A_INSTRUIRE,
        "peut_accepter": not conflit and dossier.etat in ETATS_ACCEPTABLES,
        "peut_instruire": not conflit
        and dossier.etat in {EtatDossier.DEPOSE, EtatDossier.PREVALIDE},
        "quatre_yeux": quatre_yeux,
        "controle": controle_du_dossier(dossier) if dossier.controle_a_posteriori else None,
        "peut_verser": not conflit and not quatre_yeux and dossier.etat == EtatDossier.ACCEPTE,
        "peut_classer": not conflit and dossier.etat in ETATS_A_INSTRUIRE | {EtatDossier.INCOMPLET},
        "acceptation_form": forms.get("accepter")
        or AcceptationForm(initial={"montant": montant_propose}),
        "pieces_form": forms.get("pieces") or MotifForm(prefix="pieces"),
        "refus_form": forms.get("refuser") or MotifForm(prefix="refus"),
        "classement_form": forms.get("classer") or MotifForm(prefix="classement"),
        "commentaire_form": forms.get("commenter") or CommentaireForm(),
        "avis_form": forms.get("avis") or AvisDemandeForm(experts=_experts(request, dossier)),
        "demandes_avis": dossier.demandes_avis.select_related("connecteur", "expert", "demandeur"),
        "erreurs": forms.get("erreurs", []),
        "links": [(reverse("aides:instruction"), "Dossiers à instruire")],
    }
    return render(request, "aides/instruction/dossier.html", context, status=status)


def _experts(request, dossier):
    return (
        get_user_model()
        .objects.filter(role=Role.INSTRUCTEUR, regions=dossier.region_id)
        .exclude(pk=request.user.pk)
        .order_by("nom", "prenom")
    )


@role_required(*INSTRUCTION)
def dossier(request, pk):
    return _page(request, get_dossier_for_instructeur(request.user, pk))


@role_required(*INSTRUCTION)
@require_POST
def action(request, pk, action):
    dossier = get_dossier_for_instructeur(request.user, pk)
    user = request.user
    prefixes = {"pieces": "pieces", "refuser": "refus", "classer": "classement"}
    if action == "accepter":
        form = AcceptationForm(request.POST)
        service = lambda d: services.dossier_accepter(  # noqa: E731
            dossier=dossier, instructeur=user, **d
        )
        message = "Le dossier est accepté ; l'enveloppe de l'aide est mise à jour."
    elif action in prefixes:
        form = MotifForm(request.POST, prefix=prefixes[action])
        fn = {
            "pieces": services.dossier_demander_pieces,
            "refuser": services.dossier_refuser,
            "classer": services.dossier_classer,
        }[action]
        service = lambda d: fn(dossier=dossier, instructeur=user, **d)  # noqa: E731
        message = {
            "pieces": "La demande de pièces est envoyée à l'entreprise.",
            "refuser": "Le dossier est refusé.",
            "classer": "Le dossier est classé sans suite.",
        }[action]
    elif action == "commenter":
        form = CommentaireForm(request.POST)
        service = lambda d: services.commentaire_ajouter(  # noqa: E731
            dossier=dossier, auteur=user, **d
        )
        message = "Le commentaire interne est enregistré."
    elif action == "avis":
        form = AvisDemandeForm(request.POST, experts=_experts(request, dossier))
        service = lambda d: services.avis_demander(  # noqa: E731
            dossier=dossier, instructeur=user, **d
        )
        message = "La demande d'avis est envoyée."
    elif action in ("instruire", "verser"):
        form = DsfrForm(request.POST)
        fn = {"instruire": services.dossier_instruire, "verser": services.dossier_verser}[action]
        service = lambda d: fn(dossier=dossier, instructeur=user)  # noqa: E731
        message = {
            "instruire": "Le dossier est en instruction.",
            "verser": "Le versement est enregistré.",
        }[action]
    else:
        return redirect("aides:instruction_dossier", pk=dossier.pk)
    if form.is_valid() and run_service(form, lambda: service(form.cleaned_data)):
        messages.success(request, message)
        return redirect("aides:instruction_dossier", pk=dossier.pk)
    dossier.refresh_from_db()
    if action in ("instruire", "verser") or conflits.raison_de_conflit(user, dossier):
        # no form to show the refusal beside: it goes at the top of the page
        return _page(request, dossier, status=400, erreurs=form.non_field_errors())
    return _page(request, dossier, status=400, **{action: form})
