"""Results, PDF report, attaching an anonymous result, history of an entreprise."""

from functools import partial

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from croissance import fragments
from croissance.comptes.decorators import role_required
from croissance.comptes.enums import Role
from croissance.entreprises.perms import get_entreprise_for_user
from croissance.entreprises.selectors import entreprises_for_user
from croissance.forms import run_service
from croissance.orientation.engine import RECOMMANDATIONS_CACHE_SECONDS
from croissance.pagination import paginate

from .. import services
from ..enums import NiveauDII
from ..forms import EntrepriseForm, LienPriveForm
from ..models import Questionnaire
from ..orientation import (
    VERSIONS_DU_CORPS,
    cle_du_corps,
    recommandations_du_resultat,
    resultat_a_afficher,
)
from ..pairs import comparaisons_pairs, pairs_minimum
from ..perms import get_resultat_for_user, get_resultat_leger_for_user
from ..selectors import (
    QUESTIONNAIRE_MATURITE,
    SESSION_JETONS,
    questions_du_resultat,
    resultat_par_lien,
    resultats_anonymes,
    resultats_for_user,
    scores,
)
from ..selectors import historique as historique_de

SEUIL_CONSEIL = 60
HAUTEUR_BARRE = 46


def _graphique(lignes):
    """Geometry of the horizontal bar chart (numbers also shown in the table)."""
    return {
        "hauteur": len(lignes) * HAUTEUR_BARRE + 8,
        "barres": [
            {
                "nom": ligne["axe"].nom,
                "score": ligne["score"],
                "pairs": ligne["pairs"],
                "y_nom": index * HAUTEUR_BARRE + 14,
                "y": index * HAUTEUR_BARRE + 20,
                "y_repere": index * HAUTEUR_BARRE + 17,
                "y_texte": index * HAUTEUR_BARRE + 34,
            }
            for index, ligne in enumerate(lignes)
        ],
    }


def _corps(resultat, espace: str):
    """What the cached body of a finished result shows (croissance.fragments)."""
    # the permission check read the result with its questionnaire only; the declared needs
    # and the sector are read once for the page and the recommendations' profile
    resultat = resultat_a_afficher(resultat.pk)
    scores_axes = scores(resultat)
    comparaisons = comparaisons_pairs(resultat, {s.axe.slug: s.score for s in scores_axes})
    comparaison = comparaisons[0] if comparaisons else None
    lignes = [
        {
            "axe": score.axe,
            "score": score.score,
            "pairs": comparaison.moyennes.get(score.axe.slug) if comparaison else None,
        }
        for score in scores_axes
    ]
    faibles = sorted(
        (ligne for ligne in lignes if ligne["score"] < SEUIL_CONSEIL and ligne["axe"].conseil),
        key=lambda ligne: ligne["score"],
    )
    if not faibles:
        faibles = sorted(lignes, key=lambda ligne: ligne["score"])[:2]
    indicateurs = [
        {"numero": i.numero, "libelle": i.libelle, "atteint": i.numero in resultat.indicateurs_dii}
        for i in resultat.version.indicateurs_dii.all()
    ]
    return {
        "titre": resultat.version.questionnaire.titre,
        "resultat": resultat,
        "lignes": lignes,
        "graphique": _graphique(lignes),
        "comparaison": comparaison,
        "pairs_minimum": pairs_minimum(),
        "niveau_rang": resultat.niveau.rang if resultat.niveau else None,
        "niveaux_total": resultat.niveaux_total if resultat.niveau else None,
        "conseils": faibles,
        "recommandations": recommandations_du_resultat(resultat),
        "theme_accompagnement": next(
            (ligne["axe"].theme_id for ligne in faibles if ligne["axe"].theme_id), ""
        ),
        "indicateurs": indicateurs,
        "niveau_dii": NiveauDII(resultat.niveau_dii).label if resultat.niveau_dii else "",
        "besoins": list(resultat.besoins.all()),
        "a_rattacher": resultat.user_id is None,
        "espace": espace,
        "manquantes": questions_du_resultat(resultat.questions_manquantes),
    }


def _espace(user) -> str:
    """Who looks at a result, as far as its links go: saving it and the history are the
    SME managers' ("pme"); a visitor may sign up for them ("anonyme"); staff ("autre") may not."""
    if not user.is_authenticated:
        return "anonyme"
    return "pme" if user.role == Role.PME else "autre"


# What the results page reads on each display, its body being in the cache: the state of the
# result and what its cache key holds.
CHAMPS_DE_LA_PAGE = ("jeton", "version_id", "statut", "etape", "pdf", "pdf_demande_le")


@login_not_required
def resultat(request, jeton):
    resultat = get_resultat_leger_for_user(request.user, jeton, CHAMPS_DE_LA_PAGE)
    if not resultat.termine:
        return redirect("diagnostic:etape", jeton=jeton, numero=resultat.etape)
    # A finished result never changes: its page body is rendered once for everyone who may see
    # it (checked above) and kept as long as its recommendations are (the entreprise's name,
    # as its recommendations, follows within that time).
    espace = _espace(request.user)
    corps = fragments.fragment(
        request,
        cle_du_corps(resultat, espace=espace),
        "diagnostic/_resultat_corps.html",
        partial(_corps, resultat, espace),
        versions=VERSIONS_DU_CORPS,
        duree=RECOMMANDATIONS_CACHE_SECONDS,
        garder=("titre",),
    )
    return render(
        request, "diagnostic/resultat.html", {"titre": corps.valeurs["titre"], "corps": corps.html}
    )


@login_not_required
@require_http_methods(["GET", "POST"])
def rapport_pdf(request, jeton):
    from croissance.uploads import serve_document

    resultat = get_resultat_for_user(request.user, jeton)
    if not resultat.termine:
        raise Http404("Ce diagnostic n'est pas terminé.")
    if request.method == "POST":
        if not resultat.pdf:
            services.demander_rapport_pdf(resultat=resultat)
        messages.info(request, "Votre rapport PDF est en préparation.")
        return redirect("diagnostic:resultat", jeton=jeton)
    if not resultat.pdf:
        raise Http404("Le rapport n'est pas encore prêt.")
    return serve_document(resultat.pdf, filename="diagnostic-croissance-connectee.pdf")


@login_not_required
@require_POST
def completer(request, jeton):
    """Take again, from its answers, a finished diagnostic that missed questions."""
    resultat = get_resultat_for_user(request.user, jeton)
    try:
        copie = services.completer_diagnostic(resultat=resultat, user=request.user)
    except ValidationError as refus:
        messages.error(request, refus.messages[0])
        return redirect("diagnostic:resultat", jeton=jeton)
    if not request.user.is_authenticated:
        jetons = request.session.get(SESSION_JETONS, [])
        request.session[SESSION_JETONS] = [*jetons[-9:], copie.jeton]
    messages.info(request, "Vos réponses sont reprises : complétez ce qui manque.")
    return redirect("diagnostic:etape", jeton=copie.jeton, numero=copie.etape)


@role_required(Role.PME)
def rattacher(request, jeton):
    resultat = get_resultat_for_user(request.user, jeton)
    if resultat.entreprise_id or resultat.user_id not in (None, request.user.pk):
        # attached already (a co-manager sees it through the firm): nothing left to attach
        return redirect("diagnostic:resultat", jeton=jeton)
    entreprises = entreprises_for_user(request.user)
    form = EntrepriseForm(request.POST or None, entreprises=entreprises)
    a_des_entreprises = entreprises.exists()
    if request.method == "POST" and (not a_des_entreprises or form.is_valid()):
        entreprise = form.cleaned_data["entreprise"] if a_des_entreprises else None
        if run_service(
            form,
            lambda: services.rattacher_resultat(
                resultat=resultat, user=request.user, entreprise=entreprise
            ),
        ):
            messages.success(request, "Le diagnostic est enregistré dans votre espace.")
            return redirect("diagnostic:resultat", jeton=jeton)
    return render(
        request,
        "diagnostic/rattacher.html",
        {"resultat": resultat, "form": form if a_des_entreprises else None},
    )


@role_required(Role.PME)
def mes_diagnostics(request, form_lien=None):
    page_obj = paginate(request, resultats_for_user(request.user).order_by("-commence_le"))
    return render(
        request,
        "diagnostic/mes_diagnostics.html",
        {
            "page_obj": page_obj,
            "entreprises": list(entreprises_for_user(request.user)),
            "a_rattacher": list(resultats_anonymes(request.session.get(SESSION_JETONS, []))),
            "form_lien": form_lien or LienPriveForm(),
        },
        status=400 if form_lien is not None else 200,
    )


@role_required(Role.PME)
@require_POST
def retrouver(request):
    """A diagnostic taken on another device, found by its private link: on to attaching it
    (which checks, as the link itself does, that it belongs to nobody else)."""
    form = LienPriveForm(request.POST)
    if form.is_valid():
        resultat = resultat_par_lien(form.cleaned_data["lien"], request.user)
        if resultat is not None:
            return redirect("diagnostic:rattacher", jeton=resultat.jeton)
        form.add_error(
            "lien",
            "Aucun diagnostic à enregistrer derrière ce lien : vérifiez-le, ou il est déjà "
            "enregistré dans un autre espace.",
        )
    return mes_diagnostics(request, form_lien=form)


@role_required(Role.PME)
def historique(request, pk):
    entreprise = get_entreprise_for_user(request.user, pk)
    questionnaire = get_object_or_404(
        Questionnaire, slug=request.GET.get("questionnaire", QUESTIONNAIRE_MATURITE)
    )
    resultats = historique_de(entreprise, questionnaire)
    axes = []
    for resultat_ in resultats:
        for score in resultat_.scores.all():
            if score.axe.slug not in [a["slug"] for a in axes]:
                axes.append({"slug": score.axe.slug, "nom": score.axe.nom})
    lignes = []
    for resultat_ in resultats:
        par_axe = resultat_.scores_par_axe()
        lignes.append({"resultat": resultat_, "scores": [par_axe.get(axe["slug"]) for axe in axes]})
    evolution = []
    if len(resultats) >= 2:
        premier, dernier = lignes[0]["scores"], lignes[-1]["scores"]
        for axe, debut, fin in zip(axes, premier, dernier, strict=True):
            ecart = fin - debut if debut is not None and fin is not None else None
            evolution.append({"nom": axe["nom"], "debut": debut, "fin": fin, "ecart": ecart})
        for index, ligne in enumerate(evolution):
            ligne["y_nom"] = index * 58 + 14
            ligne["y_debut"] = index * 58 + 20
            ligne["y_fin"] = index * 58 + 36
    return render(
        request,
        "diagnostic/historique.html",
        {
            "entreprise": entreprise,
            "questionnaire": questionnaire,
            "axes": axes,
            "lignes": lignes,
            "evolution": evolution,
            "hauteur_graphique": len(evolution) * 58 + 4,
        },
    )
