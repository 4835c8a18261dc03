"""A field the page marks « (Optionnel) » can be left empty: every form of the portal is
valid with its required fields only, and a model field the form leaves optional may be blank.

The forms are found, not listed: each `forms` module of the project's apps is read, so a new
form is checked from the day it is written (if it needs arguments, `ARGUMENTS` says which).
"""

import datetime
import importlib
import inspect
import pkgutil
from decimal import Decimal

import pytest
from allauth.core.context import request_context
from django import forms
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sessions.middleware import SessionMiddleware
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.test import RequestFactory
from django.utils import timezone

from aides.models import Dossier
from connecteurs.enums import EtatReponse
from connecteurs.models import Connecteur, Critere
from connecteurs.propositions import Proposition
from croissance.entreprises.models import Entreprise
from croissance.referentiels.models import Region, Theme
from diagnostic.selectors import regles_affichage
from formations.models import MembreBourse
from tests.aides.factories import AideFactory, dossier_brouillon
from tests.connecteurs.factories import PDF, ConnecteurFactory
from tests.diagnostic.factories import questionnaire_synthetique
from tests.einter.factories import MarcheFactory, PlaceFactory, secteur
from tests.factories import DEFAULT_PASSWORD, EntrepriseFactory, UserFactory, valid_siret
from tests.formations.factories import OrganismeFactory

pytestmark = pytest.mark.django_db

TEXTE = "L'Atelier d'Élise & Fils \"Le Bon Pain\""
EMAIL = "zoe.oneil@exemple.fr"


def _modules_de_formulaires(config):
    """The app's `forms` module and its siblings `forms_<concept>` (aides.forms_decisions)."""
    noms = [
        info.name
        for info in pkgutil.iter_modules([config.path])
        if info.name == "forms" or info.name.startswith("forms_")
    ]
    return [importlib.import_module(f"{config.name}.{nom}") for nom in sorted(noms)]


def formulaires_du_projet() -> list[type[forms.BaseForm]]:
    """Every concrete form class defined in a `forms` module of the project's apps."""
    trouves = []
    for config in apps.get_app_configs():
        if not config.path.startswith(str(settings.BASE_DIR)) or "site-packages" in config.path:
            continue  # a third-party app (the virtualenv may sit inside the project)
        for module in _modules_de_formulaires(config):
            for _nom, classe in inspect.getmembers(module, inspect.isclass):
                if not issubclass(classe, forms.BaseForm) or classe.__module__ != module.__name__:
                    continue
                if issubclass(classe, forms.ModelForm) and classe._meta.model is None:
                    continue  # a base for the app's model forms
                trouves.append(classe)
    return sorted(trouves, key=lambda c: f"{c.__module__}.{c.__name__}")


@pytest.fixture
def monde(db):
    zoe = UserFactory(prenom="Zoé", nom="O'Neil", email=EMAIL)
    entreprise = EntrepriseFactory(gestionnaires=[zoe], nom=TEXTE)
    version = questionnaire_synthetique()
    ConnecteurFactory(nom="Conseil & Numérique d'Armor")
    OrganismeFactory(nom="Université d'Armor & Co")
    MarcheFactory()
    PlaceFactory()
    secteur()
    dossier_brouillon(user=zoe, entreprise=entreprise, aide=AideFactory())
    MembreBourse.objects.create(
        entreprise=entreprise, charte_acceptee_le=timezone.now(), adhesion_par=zoe
    )
    requete = RequestFactory().post("/compte/login/")
    SessionMiddleware(lambda r: None).process_request(requete)
    requete.user = zoe
    # allauth's adapter reads the request of the page (to check a password again)
    with request_context(requete):
        yield {"zoe": zoe, "version": version, "requete": requete}


def _entreprises(monde):
    return {"entreprises": Entreprise.objects.all()}


# what a form needs besides its data (the view gives the same), by "<app>.<form>"
ARGUMENTS = {
    "comptes.AddEmailForm": lambda m: {"user": m["zoe"]},
    "comptes.ChangePasswordForm": lambda m: {"user": m["zoe"]},
    "comptes.LoginForm": lambda m: {"request": m["requete"]},
    "comptes.ReauthenticateForm": lambda m: {"user": m["zoe"]},
    "comptes.ResetPasswordKeyForm": lambda m: {"user": m["zoe"], "temp_key": "cle"},
    "rgpd.SuppressionCompteForm": lambda m: {"user": m["zoe"], "request": m["requete"]},
    "ressources.AvisForm": _entreprises,
    "ressources.TemoignageForm": _entreprises,
    "indicateurs.FiltresForm": lambda m: {"regions": Region.objects.all(), "national": True},
    "aides.AideRegionForm": lambda m: {"regions": Region.objects.filter(code="53")},
    "aides.AvisDemandeForm": lambda m: {"experts": get_user_model().objects.all()},
    "aides.ConnecteurChoixForm": lambda m: {"connecteurs": Connecteur.objects.all()},
    "aides.DossierCreerForm": _entreprises,
    "aides.LotForm": lambda m: {"dossiers": Dossier.objects.all()},
    "connecteurs.AffectationForm": lambda m: {"evaluateurs": get_user_model().objects.all()},
    "connecteurs.DemandeForm": _entreprises,
    "connecteurs.EvaluationForm": lambda m: {
        "criteres": list(Critere.objects.filter(actif=True)),
        "initial_notes": {},
    },
    "connecteurs.ReponseForm": lambda m: {
        "choix": [EtatReponse.PRISE_EN_CHARGE, EtatReponse.PAS_POUR_MOI]
    },
    "diagnostic.BesoinsForm": lambda m: {"version": m["version"]},
    # a co-manager removes Zoé
    "entreprises.RetraitForm": lambda m: {
        "entreprise": Entreprise.objects.get(nom=TEXTE),
        "par": UserFactory(),
    },
    "diagnostic.EntrepriseForm": _entreprises,
    "diagnostic.EtapeForm": lambda m: {
        "questions": list(m["version"].axes.first().questions.all()),
        "regles": regles_affichage(m["version"]),
        "retenus": set(),
    },
    "connecteurs.DestinatairesForm": lambda m: {
        "propositions": [
            Proposition(Connecteur.objects.order_by("pk").first(), ("Intervient en Bretagne",))
        ]
    },
    "formations.InscriptionForm": lambda m: {"user": m["zoe"]},
    "formations.PropositionEchangeForm": lambda m: {"membres": MembreBourse.objects.all()},
    "einter.ExpertForm": lambda m: {**_entreprises(m), "theme": Theme.objects.get(slug="e-export")},
}


# What a form requires outside its fields' `required` (the page says it its own way): a
# diagnostic step's mandatory questions (its template marks the others « (facultatif) »), the
# connecteurs shown at the request's second step (hidden fields the page fills).
def _reponses_obligatoires(m):
    questions = m["version"].axes.first().questions.filter(obligatoire=True)
    return {f"q{q.pk}": str(q.choix.first().pk) for q in questions}


def _connecteur_montre(m):
    pk = str(Connecteur.objects.order_by("pk").first().pk)
    return {"proposes": pk, "gardes": pk}


DONNEES_DE_LA_PAGE = {
    "comptes.AddEmailForm": lambda m: {"email": "zoe.atelier@exemple.fr"},
    "diagnostic.EtapeForm": _reponses_obligatoires,
    "connecteurs.DestinatairesForm": _connecteur_montre,
}
# a value the generic one below cannot guess (a real password, a SIRET, a postal code)
VALEURS = {
    "password": DEFAULT_PASSWORD,
    "password1": "Un-mot-de-passe-solide-2026",
    "password2": "Un-mot-de-passe-solide-2026",
    "oldpassword": DEFAULT_PASSWORD,
    "mot_de_passe": DEFAULT_PASSWORD,
    "login": EMAIL,
    "siret": valid_siret(424242),
    "siret_prestataire": "356 000 000 00048",
    "code_postal": "29000",
    "localisation": "29000",
    "code_pays": "PT",
    "slug": "atelier-elise",
    "lien_url": "/e-export/",
    "lien": "https://croissance.test/diagnostic/d/AbCdEfGhIjKlMnOpQrStUv12/resultat/",
    "realisee_le": (timezone.localdate() - datetime.timedelta(days=30)).isoformat(),
}

# An optional field needed in one case only: its hint says which (the page shows it with
# « (Optionnel) »); the first choice offered may be that case. "<app>.<form>": {field: hint}
ANNONCES = {
    "aides.DocumentForm": {"siret_prestataire": "pour un devis"},
    "aides.SimulateurForm": {"depense_conseil": "au moins une dépense"},
    "connecteurs.EvenementForm": {"lieu": "laissez vide pour un webinaire avec un lien"},
    "formations.SessionForm": {"lieu": "laissez vide pour une session à distance avec un lien"},
    "formations.FormationForm": {"region": "vide pour une formation entièrement à distance"},
}


def nom_court(classe) -> str:
    return f"{classe.__module__.split('.')[-2]}.{classe.__name__}"


def _arguments(classe, monde):
    constructeur = ARGUMENTS.get(nom_court(classe))
    return constructeur(monde) if constructeur else {}


def valeur(nom, champ):
    """A value a person would type or pick for a required field."""
    if nom in VALEURS:
        return VALEURS[nom]
    if isinstance(champ, forms.ModelMultipleChoiceField):
        return [champ.prepare_value(champ.queryset.first())]
    if isinstance(champ, forms.ModelChoiceField):
        premier = champ.queryset.first()
        assert premier is not None, f"aucun choix pour {nom}"
        return champ.prepare_value(premier)
    if isinstance(champ, forms.MultipleChoiceField):
        return [next(str(v) for v, _ in champ.choices if v not in ("", None))]
    if isinstance(champ, forms.ChoiceField):
        return next(str(v) for v, _ in champ.choices if v not in ("", None))
    if isinstance(champ, forms.BooleanField):
        return "on"
    if isinstance(champ, forms.EmailField):
        return EMAIL
    if isinstance(champ, forms.URLField):
        return "https://atelier-elise.fr"
    if isinstance(champ, forms.DateTimeField):
        return (timezone.localtime() + datetime.timedelta(days=30)).strftime("%Y-%m-%dT%H:%M")
    if isinstance(champ, forms.DateField):
        return (timezone.localdate() + datetime.timedelta(days=30)).isoformat()
    if isinstance(champ, forms.IntegerField | forms.DecimalField):
        bas = champ.min_value if champ.min_value is not None else 1
        return str(max(Decimal(bas), Decimal(1)))
    if isinstance(champ, forms.FileField):
        return SimpleUploadedFile("devis.pdf", PDF, content_type="application/pdf")
    if isinstance(champ, forms.CharField):
        return TEXTE[: champ.max_length] if champ.max_length else TEXTE
    raise AssertionError(f"{nom} : type de champ inconnu {type(champ).__name__}")


def donnees_minimales(formulaire):
    """Only the fields without « (Optionnel) » (DSFR marks exactly the non-required ones)."""
    donnees, fichiers = {}, {}
    for nom, champ in formulaire.fields.items():
        if not champ.required or champ.disabled:
            continue
        cle = formulaire.add_prefix(nom)
        v = valeur(nom, champ)
        (fichiers if isinstance(champ, forms.FileField) else donnees)[cle] = v
    return donnees, fichiers


FORMULAIRES = formulaires_du_projet()


def test_the_forms_are_found():
    noms = {nom_court(f) for f in FORMULAIRES}
    assert {"comptes.SignupForm", "entreprises.SiretForm", "aides.DossierCreerForm"} <= noms
    assert set(ARGUMENTS) <= noms
    assert len(FORMULAIRES) >= 60


@pytest.mark.parametrize("classe", FORMULAIRES, ids=nom_court)
def test_required_fields_only_are_enough(classe, monde):
    arguments = _arguments(classe, monde)
    vierge = classe(**arguments)
    donnees, fichiers = donnees_minimales(vierge)
    donnees |= DONNEES_DE_LA_PAGE.get(nom_court(classe), lambda m: {})(monde)
    formulaire = classe(data=donnees, files=fichiers, **arguments)
    if formulaire.is_valid():
        return
    # else a refusal its page announced, on the fields that announce it
    annonces = ANNONCES.get(nom_court(classe), {})
    assert set(formulaire.errors) <= set(annonces), (donnees, formulaire.errors.as_data())
    for nom, annonce in annonces.items():
        champ = vierge.fields[nom]
        assert not champ.required
        assert annonce in f"{champ.label} {champ.help_text}", champ.help_text
        for erreur in formulaire.errors.get(nom, []):
            assert erreur != champ.error_messages["required"], erreur
    # the person fills what the page asked for, and goes on
    for nom in annonces:
        donnees[vierge.add_prefix(nom)] = valeur(nom, vierge.fields[nom])
    formulaire = classe(data=donnees, files=fichiers, **arguments)
    assert formulaire.is_valid(), (donnees, formulaire.errors.as_data())


def _champ_du_modele(formulaire, nom):
    try:
        return formulaire._meta.model._meta.get_field(nom)
    except Exception:
        return None


@pytest.mark.parametrize(
    "classe",
    [f for f in FORMULAIRES if issubclass(f, forms.ModelForm)],
    ids=nom_court,
)
def test_a_field_marked_optional_may_be_blank_in_the_model(classe, monde):
    formulaire = classe(**_arguments(classe, monde))
    contradictions = []
    for nom, champ in formulaire.fields.items():
        champ_modele = _champ_du_modele(formulaire, nom)
        if champ.required or champ_modele is None or not champ_modele.editable:
            continue
        if champ_modele.blank or isinstance(champ_modele, models.BooleanField):
            continue
        if champ_modele.has_default():
            continue
        contradictions.append(f"{nom} : « (Optionnel) » mais obligatoire dans le modèle")
    assert contradictions == []
