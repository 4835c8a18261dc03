"""Taking a diagnostic: one step per axis, answers saved in the database at each step."""

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from croissance.comptes.enums import Role
from croissance.entreprises.selectors import entreprises_for_user

from .. import services
from ..enums import StatutResultat
from ..forms import BesoinsForm, EntrepriseForm, EtapeForm
from ..models import Questionnaire
from ..perms import get_resultat_for_user
from ..selectors import (
    SESSION_JETONS,
    axes_de_version,
    choix_retenus,
    questionnaires_publies,
    questions_de_etape,
    regles_affichage,
    resultats_anonymes,
    resultats_for_user,
    version_courante,
)


def _entreprises_pme(user):
    if user.is_authenticated and user.role == Role.PME:
        return entreprises_for_user(user)
    return None


@login_not_required
def accueil(request):
    if request.user.is_authenticated:
        en_cours = resultats_for_user(request.user).filter(statut=StatutResultat.EN_COURS)
    else:
        en_cours = resultats_anonymes(request.session.get(SESSION_JETONS, [])).filter(
            statut=StatutResultat.EN_COURS
        )
    return render(
        request,
        "diagnostic/accueil.html",
        {"questionnaires": questionnaires_publies(), "en_cours": list(en_cours[:5])},
    )


@login_not_required
def commencer(request, slug):
    questionnaire = get_object_or_404(Questionnaire, slug=slug)
    version = version_courante(questionnaire)
    if version is None:
        raise Http404("Ce questionnaire n'est pas publié.")
    entreprises = _entreprises_pme(request.user)
    form = None
    if entreprises is not None and entreprises.exists():
        form = EntrepriseForm(request.POST or None, entreprises=entreprises)
    if request.method == "POST" and (form is None or form.is_valid()):
        resultat = services.commencer_diagnostic(
            version=version,
            user=request.user,
            entreprise=form.cleaned_data["entreprise"] if form else None,
        )
        if not request.user.is_authenticated:
            jetons = request.session.get(SESSION_JETONS, [])
            request.session[SESSION_JETONS] = [*jetons[-9:], resultat.jeton]
        return redirect("diagnostic:etape", jeton=resultat.jeton, numero=1)
    return render(
        request,
        "diagnostic/commencer.html",
        {
            "questionnaire": questionnaire,
            "version": version,
            "etapes": _titres(axes_de_version(version), version.besoins.exists()),
            "form": form,
            "sans_entreprise": entreprises is not None and form is None,
        },
    )


def _titres(axes, avec_besoins) -> list[str]:
    """The steps' titles: one per axis, then the projects when the version has needs."""
    return [axe.nom for axe in axes] + (["Vos projets"] if avec_besoins else [])


def _stepper(axes, avec_besoins, numero):
    titres = _titres(axes, avec_besoins)
    return {
        "numero": numero,
        "total": len(titres),
        "titre": titres[numero - 1],
        "suivant": titres[numero] if numero < len(titres) else None,
        "sommaire": list(enumerate(titres, start=1)),
    }


@login_not_required
def etape(request, jeton, numero):
    resultat = get_resultat_for_user(request.user, jeton)
    if resultat.termine:
        return redirect("diagnostic:resultat", jeton=jeton)
    version = resultat.version
    axes = axes_de_version(version)
    avec_besoins = version.besoins.exists()
    total = len(axes) + (1 if avec_besoins else 0)
    if not 1 <= numero <= total:
        raise Http404("Cette étape n'existe pas.")
    if numero > resultat.etape:
        return redirect("diagnostic:etape", jeton=jeton, numero=resultat.etape)

    suivant = request.POST.get("action") != "precedent"
    contexte = {
        "resultat": resultat,
        "stepper": _stepper(axes, avec_besoins, numero),
        "lien_prive": request.build_absolute_uri(
            reverse("diagnostic:etape", kwargs={"jeton": jeton, "numero": resultat.etape})
        ),
        "precedent": numero - 1 if numero > 1 else None,
        "derniere": numero == total,
    }

    if numero > len(axes):
        form = BesoinsForm(
            request.POST or None,
            version=version,
            initial={"besoins": list(resultat.besoins.all())},
        )
        if request.method == "POST":
            if form.is_valid():
                services.enregistrer_besoins(
                    resultat=resultat, besoins=form.cleaned_data["besoins"]
                )
                return _apres(request, resultat, numero, total, suivant)
            if form.choix_invalide:
                return _reponse_invalide(request, resultat, numero)
        return render(request, "diagnostic/etape_besoins.html", {**contexte, "form": form})

    axe = axes[numero - 1]
    form = EtapeForm(
        request.POST if request.method == "POST" else None,
        questions=questions_de_etape(axe),
        regles=regles_affichage(version),
        retenus=choix_retenus(resultat),
        obligatoire=suivant,
    )
    if request.method == "POST":
        if form.is_valid():
            services.enregistrer_etape(
                resultat=resultat,
                questions=form.questions,
                reponses=form.reponses(),
                etape=numero + 1 if suivant and not form.nouvelles else numero,
            )
            if suivant and form.nouvelles:
                return _questions_ajoutees(request, resultat, numero, form.nouvelles)
            return _apres(request, resultat, numero, total, suivant)
        if form.choix_invalide:
            return _reponse_invalide(request, resultat, numero)
    ajoutees = {int(pk) for pk in request.GET.get("ajoutees", "").split(",") if pk.isdigit()}
    return render(
        request,
        "diagnostic/etape.html",
        {**contexte, "axe": axe, "form": form, "lignes": form.lignes(ajoutees)},
    )


def _questions_ajoutees(request, resultat, numero, questions):
    """The answers just saved call for follow-up questions of the same step: show the step
    again with them, marked, before moving on."""
    nombre = len(questions)
    messages.info(
        request,
        f"Vos réponses appellent {nombre} question{'s' if nombre > 1 else ''} de plus, "
        f"signalée{'s' if nombre > 1 else ''} ci-dessous : répondez-y pour continuer.",
    )
    url = reverse("diagnostic:etape", kwargs={"jeton": resultat.jeton, "numero": numero})
    ids = ",".join(str(question.pk) for question in questions)
    return redirect(f"{url}?ajoutees={ids}#q{questions[0].pk}")


def _apres(request, resultat, numero, total, suivant):
    if not suivant:
        return redirect("diagnostic:etape", jeton=resultat.jeton, numero=max(1, numero - 1))
    if numero == total:
        try:
            services.terminer_diagnostic(resultat=resultat, refuser_si_incomplet=True)
        except services.DiagnosticIncomplet as incomplet:
            messages.warning(request, incomplet.message)
            return redirect("diagnostic:etape", jeton=resultat.jeton, numero=incomplet.etape)
        return redirect("diagnostic:resultat", jeton=resultat.jeton)
    return redirect("diagnostic:etape", jeton=resultat.jeton, numero=numero + 1)


def _reponse_invalide(request, resultat, numero):
    return render(
        request,
        "diagnostic/reponse_invalide.html",
        {"resultat": resultat, "numero": numero},
        status=400,
    )
