"""The training provider's side (mission staff see every provider's): trainings, sessions,
enrolment decisions, answers to ratings."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from croissance.forms import run_service
from croissance.pagination import paginate

from .. import perms, selectors, services
from ..enums import EtatInscription
from ..forms import FormationForm, MotifForm, ReponseForm, SessionForm
from ..models import Formation, SessionFormation


def _links(formation=None):
    links = [(reverse("formations:gestion"), "Gestion des formations")]
    if formation is not None:
        links.append((reverse("formations:gestion_formation", args=[formation.pk]), formation))
    return links


def tableau(request):
    formations = selectors.avec_demandes_en_attente(
        selectors.formations_annotees(perms.formations_gerees(request.user))
    ).order_by("-en_attente", "titre", "pk")
    return render(
        request,
        "formations/gestion/tableau.html",
        {
            "page_obj": paginate(request, formations),
            "organisme": perms.organisme_of_user(request.user),
        },
    )


@require_http_methods(["GET", "POST"])
def formation_editer(request, pk=None):
    organisme = perms.require_gestionnaire(request.user)
    formation = perms.get_formation_for_manager(request.user, pk) if pk else Formation()
    form = FormationForm(request.POST or None, instance=formation, organisme=organisme)
    if request.method == "POST" and form.is_valid():
        saved = run_service(
            form,
            lambda: services.formation_enregistrer(
                formation=form.save(commit=False),
                themes=form.cleaned_data["themes"],
                auteur=request.user,
            ),
        )
        if saved:
            messages.success(request, f"La formation « {saved.titre} » est enregistrée.")
            return redirect("formations:gestion_formation", pk=saved.pk)
    return render(
        request,
        "formations/gestion/formation_form.html",
        {"form": form, "formation": formation if pk else None, "links": _links()},
    )


def formation(request, pk):
    formation = perms.get_formation_for_manager(request.user, pk)
    sessions = list(selectors.sessions_avec_places(formation))
    for session in sessions:
        session.restantes = max(session.places - session.occupees, 0)
    return render(
        request,
        "formations/gestion/formation.html",
        {
            "formation": formation,
            "sessions": sessions,
            "avis": formation.avis.order_by("-cree_le", "-pk"),
            "reponse_form": ReponseForm(),
            "links": _links(),
        },
    )


@require_http_methods(["GET", "POST"])
def session_editer(request, formation_pk=None, pk=None):
    if pk:
        session = perms.get_session_for_manager(request.user, pk)
        formation = session.formation
    else:
        formation = perms.get_formation_for_manager(request.user, formation_pk)
        session = SessionFormation(formation=formation)
    form = SessionForm(request.POST or None, instance=session)
    if request.method == "POST" and form.is_valid():
        saved = run_service(
            form,
            lambda: services.session_enregistrer(
                session=form.save(commit=False), auteur=request.user
            ),
        )
        if saved:
            messages.success(request, "La session est enregistrée.")
            return redirect("formations:gestion_session", pk=saved.pk)
    return render(
        request,
        "formations/gestion/session_form.html",
        {"form": form, "formation": formation, "session": session, "links": _links(formation)},
    )


def session(request, pk):
    session = perms.get_session_for_manager(request.user, pk)
    inscriptions = session.inscriptions.select_related("entreprise", "demandeur").order_by(
        "cree_le", "pk"
    )
    occupees = sum(1 for i in inscriptions if i.etat in ("demandee", "confirmee"))
    return render(
        request,
        "formations/gestion/session.html",
        {
            "session": session,
            "formation": session.formation,
            "inscriptions": inscriptions,
            "restantes": max(session.places - occupees, 0),
            "motif_form": MotifForm(),
            "etats": EtatInscription,
            "links": _links(session.formation),
        },
    )


@require_POST
def inscription_decider(request, pk, decision):
    inscription = perms.get_inscription_for_manager(request.user, pk)
    motif = request.POST.get("motif", "")
    actions = {
        "confirmer": (
            lambda: services.inscription_confirmer(inscription=inscription, auteur=request.user),
            "L'inscription de {} est confirmée.",
        ),
        "refuser": (
            lambda: services.inscription_refuser(
                inscription=inscription, auteur=request.user, motif=motif
            ),
            "L'inscription de {} est refusée.",
        ),
        "annuler": (
            lambda: services.inscription_annuler(
                inscription=inscription, auteur=request.user, motif=motif
            ),
            "L'inscription de {} est annulée : la place est libérée.",
        ),
    }
    if decision not in actions:
        raise Http404("Décision inconnue.")
    action, message = actions[decision]
    try:
        action()
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, message.format(inscription.participant_nom))
    return redirect("formations:gestion_session", pk=inscription.session_id)


@require_POST
def avis_repondre(request, pk):
    avis = perms.get_avis_for_manager(request.user, pk)
    form = ReponseForm(request.POST)
    if form.is_valid():
        services.avis_repondre(avis=avis, auteur=request.user, reponse=form.cleaned_data["reponse"])
        messages.success(request, "Votre réponse est publiée sous l'avis.")
    else:
        messages.error(request, "Écrivez votre réponse avant de la publier.")
    return redirect("formations:gestion_formation", pk=avis.formation_id)
