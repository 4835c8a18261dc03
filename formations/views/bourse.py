"""The skills time bank: adverts, accounts and statements, exchanges, yearly report."""

from decimal import Decimal

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from croissance.comptes.decorators import role_required
from croissance.comptes.enums import Role
from croissance.entreprises.selectors import entreprises_for_user
from croissance.exports import reponse_csv
from croissance.forms import run_service
from croissance.pagination import paginate
from croissance.ratelimit import rate_limited

from .. import bourse as services
from .. import selectors
from ..enums import EtatEchange, SensAnnonce
from ..filters import AnnonceFilter
from ..forms import AdhesionForm, AnneeForm, AnnonceForm, MotifForm, PropositionEchangeForm
from ..perms import get_membre_for_user


def _links(entreprise=None):
    links = [(reverse("formations:bourse"), "Bourse de temps")]
    if entreprise is not None:
        links.append(
            (reverse("formations:bourse_compte", args=[entreprise.pk]), f"Compte de {entreprise}")
        )
    return links


@role_required(Role.PME)
def annonces(request):
    annonces = selectors.annonces_actives()
    filtre = AnnonceFilter(request.GET or None, queryset=annonces)
    membres = {m.entreprise_id: m for m in selectors.membres_bourse_of(request.user)}
    entreprises = [(e, membres.get(e.pk)) for e in entreprises_for_user(request.user)]
    return render(
        request,
        "formations/bourse/annonces.html",
        {
            "filtre": filtre,
            "page_obj": paginate(request, filtre.qs.order_by("-cree_le", "-pk")),
            "entreprises": entreprises,
        },
    )


@role_required(Role.PME)
@require_http_methods(["GET", "POST"])
def annonce(request, pk):
    annonce = get_object_or_404(selectors.annonces_actives(), pk=pk)
    membres = selectors.membres_bourse_of(request.user).exclude(pk=annonce.membre_id)
    form = PropositionEchangeForm(
        request.POST or None, membres=membres, initial={"heures": annonce.heures}
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        echange = run_service(
            form,
            lambda: services.echange_proposer(
                annonce=annonce,
                membre=data["membre"],
                heures=data["heures"],
                salarie=data["salarie"],
                message=data["message"],
                auteur=request.user,
            ),
        )
        if echange:
            messages.success(request, "Votre proposition d'échange est envoyée.")
            return redirect("formations:bourse_echange", pk=echange.pk)
    return render(
        request,
        "formations/bourse/annonce.html",
        {
            "annonce": annonce,
            "form": form,
            "peut_proposer": membres.exists(),
            "est_auteur": annonce.membre.entreprise.gestionnaires.filter(
                pk=request.user.pk
            ).exists(),
            "links": _links(),
        },
    )


@role_required(Role.PME)
def compte(request, entreprise_pk):
    entreprise, membre = get_membre_for_user(request.user, entreprise_pk)
    if membre is None:
        return render(
            request,
            "formations/bourse/adhesion.html",
            {
                "entreprise": entreprise,
                "form": AdhesionForm(),
                "regles": services.regles(),
                "links": _links(),
            },
        )
    echanges = selectors.echanges_du_membre(membre)
    releve = services.releve(membre)
    releve.reverse()
    return render(
        request,
        "formations/bourse/compte.html",
        {
            "entreprise": entreprise,
            "membre": membre,
            "solde": services.solde(membre),
            "regles": services.regles(),
            "page_obj": paginate(request, releve),
            "echanges": echanges[:50],
            "annonces": membre.annonces.filter(active=True).select_related("region"),
            "annee": timezone.localdate().year,
            "links": _links(),
        },
    )


@role_required(Role.PME)
@require_POST
def adherer(request, entreprise_pk):
    entreprise, membre = get_membre_for_user(request.user, entreprise_pk)
    form = AdhesionForm(request.POST)
    if form.is_valid():
        membre = run_service(
            form,
            lambda: services.bourse_adherer(
                entreprise=entreprise,
                auteur=request.user,
                charte_acceptee=form.cleaned_data["charte_acceptee"],
            ),
        )
        if membre:
            messages.success(request, f"{entreprise} a rejoint la bourse de temps. Bienvenue !")
            return redirect("formations:bourse_compte", entreprise_pk=entreprise.pk)
    return render(
        request,
        "formations/bourse/adhesion.html",
        {"entreprise": entreprise, "form": form, "regles": services.regles(), "links": _links()},
    )


@role_required(Role.PME)
@require_http_methods(["GET", "POST"])
@rate_limited("bourse")
def annonce_creer(request, entreprise_pk):
    entreprise, membre = get_membre_for_user(request.user, entreprise_pk)
    if membre is None:
        return redirect("formations:bourse_compte", entreprise_pk=entreprise.pk)
    form = AnnonceForm(
        request.POST or None,
        initial={"region": entreprise.region_id, "sens": SensAnnonce.OFFRE},
    )
    if request.method == "POST" and form.is_valid():
        annonce = run_service(
            form,
            lambda: services.annonce_publier(
                annonce=form.save(commit=False), membre=membre, auteur=request.user
            ),
        )
        if annonce:
            messages.success(request, "Votre annonce est publiée dans la bourse de temps.")
            return redirect("formations:bourse_compte", entreprise_pk=entreprise.pk)
    return render(
        request,
        "formations/bourse/annonce_form.html",
        {"form": form, "entreprise": entreprise, "links": _links(entreprise)},
    )


@role_required(Role.PME)
@require_POST
def annonce_retirer(request, pk):
    annonce = get_object_or_404(selectors.annonces_actives_of(request.user), pk=pk)
    services.annonce_retirer(annonce=annonce, auteur=request.user)
    messages.success(request, f"L'annonce « {annonce.titre} » est retirée de la bourse.")
    return redirect("formations:bourse_compte", entreprise_pk=annonce.membre.entreprise_id)


def _get_echange(user, pk):
    """An exchange seen by a manager of either side (404 for everyone else)."""
    echange = get_object_or_404(selectors.echanges_visibles(user), pk=pk)
    mes = set(selectors.membres_bourse_of(user).values_list("pk", flat=True))
    membre = echange.offreur if echange.offreur_id in mes else echange.receveur
    return echange, membre


@role_required(Role.PME)
def echange(request, pk):
    echange, membre = _get_echange(request.user, pk)
    deja_confirme = (
        echange.confirme_offreur_le
        if membre.pk == echange.offreur_id
        else echange.confirme_receveur_le
    )
    return render(
        request,
        "formations/bourse/echange.html",
        {
            "echange": echange,
            "membre": membre,
            "historique": echange.historique.select_related("auteur"),
            "peut_accepter": echange.etat == EtatEchange.PROPOSE
            and echange.propose_par_id != membre.pk,
            "peut_annuler": echange.etat in (EtatEchange.PROPOSE, EtatEchange.ACCEPTE),
            "peut_confirmer": echange.etat == EtatEchange.ACCEPTE and not deja_confirme,
            "deja_confirme": deja_confirme,
            "motif_form": MotifForm(),
            "links": _links(membre.entreprise),
        },
    )


@role_required(Role.PME)
@require_POST
@rate_limited("bourse")
def echange_action(request, pk, action):
    echange, membre = _get_echange(request.user, pk)
    motif = request.POST.get("motif", "")
    actions = {
        "accepter": lambda: services.echange_accepter(
            echange=echange, membre=membre, auteur=request.user
        ),
        "refuser": lambda: services.echange_refuser(
            echange=echange, membre=membre, auteur=request.user, motif=motif
        ),
        "annuler": lambda: services.echange_annuler(
            echange=echange, membre=membre, auteur=request.user, motif=motif
        ),
        "confirmer": lambda: services.echange_confirmer_heures(
            echange=echange, membre=membre, auteur=request.user
        ),
    }
    if action not in actions:
        raise Http404
    try:
        result = actions[action]()
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, f"Échange : {result.get_etat_display().lower()}.")
        if action == "confirmer" and result.etat != EtatEchange.TERMINE:
            messages.info(
                request,
                "Les heures seront inscrites au compte quand l'autre entreprise "
                "les aura confirmées.",
            )
    return redirect("formations:bourse_echange", pk=echange.pk)


def _heures(valeur) -> str:
    return f"{Decimal(valeur).quantize(Decimal('0.01')):f}".replace(".", ",")


def _rapport(request, entreprise_pk):
    entreprise, membre = get_membre_for_user(request.user, entreprise_pk)
    if membre is None:
        raise PermissionDenied("Cette entreprise n'a pas adhéré à la bourse de temps.")
    form = AnneeForm(request.GET or None, initial={"annee": timezone.localdate().year})
    annee = form.cleaned_data["annee"] if form.is_valid() else timezone.localdate().year
    lignes = list(services.heures_donnees_par_salarie(membre, annee))
    formations = list(services.heures_formation_par_participant(entreprise, annee))
    return entreprise, form, annee, lignes, formations


@role_required(Role.PME)
def rapport(request, entreprise_pk):
    entreprise, form, annee, lignes, formations = _rapport(request, entreprise_pk)
    return render(
        request,
        "formations/bourse/rapport.html",
        {
            "entreprise": entreprise,
            "form": form,
            "annee": annee,
            "lignes": lignes,
            "total": sum((ligne["heures"] for ligne in lignes), 0),
            "formations": formations,
            "total_formations": sum(ligne["heures"] for ligne in formations),
            "links": _links(entreprise),
        },
    )


@role_required(Role.PME)
def rapport_csv(request, entreprise_pk):
    entreprise, form, annee, lignes, formations = _rapport(request, entreprise_pk)
    debut = [annee, entreprise.nom, entreprise.siret]
    donnees = [
        [*debut, ligne["salarie"], "Heures données (bourse de temps)"]
        + [_heures(ligne["heures"]), ligne["echanges"]]
        for ligne in lignes
    ] + [
        [*debut, ligne["participant_nom"], "Formation qualifiante"]
        + [_heures(ligne["heures"]), ligne["formations"]]
        for ligne in formations
    ]
    return reponse_csv(
        f"bourse-de-temps-{entreprise.siret}-{annee}.csv",
        ["Année", "Entreprise", "SIRET", "Salarié", "Nature", "Heures", "Nombre"],
        donnees,
    )
