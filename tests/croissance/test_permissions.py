"""Permission matrix: every URL of the portal × every role → the expected status.

URLs come from the resolver (tests/urls.py), so a new page fails this test until it is
given a row in EXPECTED. Object URLs point at objects owned by Alice (PME, Bretagne),
accompanied by Claire's CCI (Bretagne) and instructed in Bretagne, so "autre_pme" (Bruno)
and "instructeur_autre" (Occitanie) prove there is no IDOR.

Statuses: 200, 403, 404, 405 (POST only), "login" (302 to the login page), "redir" (302
elsewhere: the view sends a legitimate visitor on).
"""

from decimal import Decimal

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.shortcuts import resolve_url
from django.urls import reverse

from aides import services as aides_services
from croissance.comptes.enums import Role
from tests.aides.factories import connecteur_labellise, dossier_en_instruction
from tests.connecteurs.factories import ConnecteurFactory
from tests.einter.factories import (
    LeadFactory,
    MarcheFactory,
    PlaceFactory,
    QuestionFactory,
    TemoignageFactory,
)
from tests.factories import UserFactory
from tests.formations.factories import FormationFactory
from tests.ressources.factories import RessourceFactory
from tests.rgpd.scenario import pme_complete
from tests.urls import portal_url_patterns

ROLES = [
    "anonyme",
    "pme",
    "autre_pme",
    "connecteur",
    "autre_connecteur",
    "instructeur",
    "instructeur_autre",
    "mission",
]

# Apps still being built on their own branches: their rows are added when they are merged.
PENDING_PREFIXES = {"connecteurs/", "formations/"}

L, R = "login", "redir"

# route: one status per role, in the order of ROLES
EXPECTED: dict[str, tuple] = {
    "": (200, 200, 200, 200, 200, 200, 200, 200),
    "aides/": (200, 200, 200, 200, 200, 200, 200, 200),
    "aides/<int:pk>/": (200, 200, 200, 200, 200, 200, 200, 200),
    "aides/<int:pk>/demander/": (L, 200, 200, 403, 403, 403, 403, 403),
    "aides/accompagnement/": (L, 403, 403, 200, 200, 403, 403, 403),
    # Only the connecteur chosen on the file; another connecteur gets 404.
    "aides/accompagnement/<int:pk>/": (L, 403, 403, 200, 404, 403, 403, 403),
    "aides/avis/": (L, 403, 403, 200, 200, 200, 200, 403),
    "aides/avis/<int:pk>/": (L, 403, 403, 200, 404, 404, 404, 403),
    "aides/dossiers/": (L, 200, 200, 403, 403, 403, 403, 403),
    "aides/dossiers/<int:pk>/": (L, 200, 404, 403, 403, 403, 403, 403),
    "aides/dossiers/<int:pk>/aides-recues/": (L, 405, 405, 403, 403, 403, 403, 403),
    "aides/dossiers/<int:pk>/depenses/": (L, 405, 405, 403, 403, 403, 403, 403),
    "aides/dossiers/<int:pk>/depenses/<int:ligne_pk>/supprimer/": (
        L,
        405,
        405,
        403,
        403,
        403,
        403,
        403,
    ),
    "aides/dossiers/<int:pk>/deposer/": (L, 405, 405, 403, 403, 403, 403, 403),
    "aides/dossiers/<int:pk>/pieces/": (L, 405, 405, 403, 403, 403, 403, 403),
    # A draft's documents: its applicant and the mission only (instructors see filed ones).
    "aides/dossiers/<int:pk>/pieces/<int:document_pk>/": (L, 200, 404, 404, 404, 404, 404, 200),
    "aides/dossiers/<int:pk>/projet/": (L, 405, 405, 403, 403, 403, 403, 403),
    "aides/dossiers/<int:pk>/retirer/": (L, 405, 405, 403, 403, 403, 403, 403),
    "aides/instruction/": (L, 403, 403, 403, 403, 200, 200, 200),
    # Instructors of the file's region and the mission; another region gets 404.
    "aides/instruction/<int:pk>/": (L, 403, 403, 403, 403, 200, 404, 200),
    "aides/instruction/<int:pk>/<slug:action>/": (L, 403, 403, 403, 403, 405, 405, 405),
    "aides/instruction/lot/": (L, 403, 403, 403, 403, 405, 405, 405),
    "aides/regions/": (L, 403, 403, 403, 403, 200, 200, 403),
    "aides/regions/<int:pk>/": (L, 403, 403, 403, 403, 200, 404, 403),
    "aides/regions/nouvelle/": (L, 403, 403, 403, 403, 200, 200, 403),
    "aides/simulateur/": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/<drf_format_suffix:format>": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^prestataires/$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^prestataires/(?P<pk>[^/.]+)/$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^prestataires/(?P<pk>[^/.]+)\\.(?P<format>[a-z0-9]+)/?$": (
        200,
        200,
        200,
        200,
        200,
        200,
        200,
        200,
    ),
    "api/^prestataires\\.(?P<format>[a-z0-9]+)/?$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^ressources/$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^ressources/(?P<pk>[^/.]+)/$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^ressources/(?P<pk>[^/.]+)\\.(?P<format>[a-z0-9]+)/?$": (
        200,
        200,
        200,
        200,
        200,
        200,
        200,
        200,
    ),
    "api/^ressources\\.(?P<format>[a-z0-9]+)/?$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^temoignages/$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^temoignages/(?P<pk>[^/.]+)/$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^temoignages/(?P<pk>[^/.]+)\\.(?P<format>[a-z0-9]+)/?$": (
        200,
        200,
        200,
        200,
        200,
        200,
        200,
        200,
    ),
    "api/^temoignages\\.(?P<format>[a-z0-9]+)/?$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/docs/": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/schema/": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^connecteurs/$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^connecteurs\\.(?P<format>[a-z0-9]+)/?$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^connecteurs/(?P<pk>[^/.]+)/$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^connecteurs/(?P<pk>[^/.]+)\\.(?P<format>[a-z0-9]+)/?$": (
        200,
        200,
        200,
        200,
        200,
        200,
        200,
        200,
    ),
    "api/^formations/$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^formations\\.(?P<format>[a-z0-9]+)/?$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^formations/(?P<pk>[^/.]+)/$": (200, 200, 200, 200, 200, 200, 200, 200),
    "api/^formations/(?P<pk>[^/.]+)\\.(?P<format>[a-z0-9]+)/?$": (
        200,
        200,
        200,
        200,
        200,
        200,
        200,
        200,
    ),
    "compte/^confirm-email/(?P<key>[-:\\w]+)/$": (200, 200, 200, 200, 200, 200, 200, 200),
    "compte/^password/reset/key/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/$": (
        200,
        200,
        200,
        200,
        200,
        200,
        200,
        200,
    ),
    "compte/confirm-email/": (200, 200, 200, 200, 200, 200, 200, 200),
    "compte/email/": (L, 200, 200, 200, 200, 200, 200, 200),
    "compte/inactive/": (200, 200, 200, 200, 200, 200, 200, 200),
    "compte/login/": (200, R, R, R, R, R, R, R),
    "compte/login/code/confirm/": (L, R, R, R, R, R, R, R),
    "compte/logout/": (R, 200, 200, 200, 200, 200, 200, 200),
    "compte/password/change/": (L, 200, 200, 200, 200, 200, 200, 200),
    "compte/password/reset/": (200, 200, 200, 200, 200, 200, 200, 200),
    "compte/password/reset/done/": (200, 200, 200, 200, 200, 200, 200, 200),
    "compte/password/reset/key/done/": (200, 200, 200, 200, 200, 200, 200, 200),
    "compte/password/set/": (L, R, R, R, R, R, R, R),
    "compte/reauthenticate/": (L, 200, 200, 200, 200, 200, 200, 200),
    "compte/signup/": (200, R, R, R, R, R, R, R),
    "diagnostic/": (200, 200, 200, 200, 200, 200, 200, 200),
    "diagnostic/<slug:slug>/commencer/": (200, 200, 200, 200, 200, 200, 200, 200),
    "diagnostic/d/<str:jeton>/etape/<int:numero>/": (404, R, 404, 404, 404, 404, 404, 404),
    "diagnostic/d/<str:jeton>/rapport.pdf": (404, 200, 404, 404, 404, 404, 404, 404),
    "diagnostic/d/<str:jeton>/rattacher/": (L, R, 404, 403, 403, 403, 403, 403),
    # A diagnostic attached to an account: its owner only, whoever knows the link.
    "diagnostic/d/<str:jeton>/resultat/": (404, 200, 404, 404, 404, 404, 404, 404),
    "diagnostic/entreprises/<int:pk>/historique/": (L, 200, 404, 403, 403, 403, 403, 403),
    "diagnostic/mes-diagnostics/": (L, 200, 200, 403, 403, 403, 403, 403),
    "e-export/": (200, 200, 200, 200, 200, 200, 200, 200),
    # Unsubscribe link from an email: the token is the credential, no login needed.
    "e-export/alertes/desabonnement/<str:jeton>/": (200, 200, 200, 200, 200, 200, 200, 200),
    "e-export/dispositifs/": (200, 200, 200, 200, 200, 200, 200, 200),
    # Talk to an expert: for an SME manager with an entreprise (Bruno has none yet).
    "e-export/expert/": (L, 200, R, 403, 403, 403, 403, 403),
    "e-export/leads/": (200, 200, 200, 200, 200, 200, 200, 200),
    "e-export/leads/<int:pk>/": (200, 200, 200, 200, 200, 200, 200, 200),
    "e-export/marches/": (200, 200, 200, 200, 200, 200, 200, 200),
    "e-export/marches/<str:code>/": (200, 200, 200, 200, 200, 200, 200, 200),
    "e-export/places-de-marche/": (200, 200, 200, 200, 200, 200, 200, 200),
    "e-export/places-de-marche/<slug:slug>/": (200, 200, 200, 200, 200, 200, 200, 200),
    "e-export/questions/": (200, 200, 200, 200, 200, 200, 200, 200),
    "e-export/questions/<int:pk>/": (200, 200, 200, 200, 200, 200, 200, 200),
    "e-export/recherches/": (L, 200, 200, 200, 200, 200, 200, 200),
    "e-export/recherches/<int:pk>/alerte/": (L, 405, 405, 405, 405, 405, 405, 405),
    "e-export/recherches/<int:pk>/supprimer/": (L, 200, 404, 404, 404, 404, 404, 404),
    "e-export/recherches/enregistrer/": (L, 405, 405, 405, 405, 405, 405, 405),
    "e-export/temoignages/": (200, 200, 200, 200, 200, 200, 200, 200),
    "e-export/temoignages/<slug:slug>/": (200, 200, 200, 200, 200, 200, 200, 200),
    "entreprises/": (L, 200, 200, 403, 403, 403, 403, 403),
    "entreprises/<int:pk>/": (L, 200, 404, 403, 403, 403, 403, 403),
    "entreprises/<int:pk>/gestionnaires/": (L, 405, 405, 403, 403, 403, 403, 403),
    "entreprises/<int:pk>/modifier/": (L, 200, 404, 403, 403, 403, 403, 403),
    "entreprises/nouvelle/": (L, 200, 200, 403, 403, 403, 403, 403),
    "label/": (200, 200, 200, 200, 200, 200, 200, 200),
    # The public showcase exists only once labelled.
    "label/entreprises/<int:pk>/": (404, 404, 404, 404, 404, 404, 404, 404),
    "label/mes-entreprises/": (L, 200, 200, 403, 403, 403, 403, 403),
    "label/mes-entreprises/<int:pk>/": (L, 200, 404, 403, 403, 403, 403, 403),
    "label/mes-entreprises/<int:pk>/charte/": (L, 405, 405, 403, 403, 403, 403, 403),
    "mon-espace/": (L, 200, 200, 200, 200, 200, 200, 200),
    "mon-espace/compte-supprime/": (200, 200, 200, 200, 200, 200, 200, 200),
    "mon-espace/mes-donnees/": (L, 200, 200, 200, 200, 200, 200, 200),
    "mon-espace/mes-donnees/telecharger/": (L, 200, 200, 200, 200, 200, 200, 200),
    "mon-espace/supprimer-mon-compte/": (L, 200, 200, 200, 200, 200, 200, 200),
    "pages/<slug:slug>/": (200, 200, 200, 200, 200, 200, 200, 200),
    "ressources/": (200, 200, 200, 200, 200, 200, 200, 200),
    "ressources/<int:pk>/": (200, 200, 200, 200, 200, 200, 200, 200),
    "ressources/prestataires/": (200, 200, 200, 200, 200, 200, 200, 200),
    "ressources/prestataires/<int:pk>/": (200, 200, 200, 200, 200, 200, 200, 200),
    "ressources/temoignages/": (200, 200, 200, 200, 200, 200, 200, 200),
    # A testimonial awaiting moderation is public to no one, its author included.
    "ressources/temoignages/<int:pk>/": (404, 404, 404, 404, 404, 404, 404, 404),
    "ressources/temoignages/partager/": (L, 200, R, 403, 403, 403, 403, 403),
    "sante/": (200, 200, 200, 200, 200, 200, 200, 200),
}


def _kwargs(route, o):
    """The arguments of an object URL, from the objects the test created."""
    table = {
        "pages/<slug:slug>/": {"slug": "donnees-personnelles"},
        "entreprises/<int:pk>/": {"pk": o["entreprise"].pk},
        "entreprises/<int:pk>/modifier/": {"pk": o["entreprise"].pk},
        "entreprises/<int:pk>/gestionnaires/": {"pk": o["entreprise"].pk},
        "ressources/<int:pk>/": {"pk": o["ressource"].pk},
        "ressources/temoignages/<int:pk>/": {"pk": o["temoignage_en_attente"].pk},
        "ressources/prestataires/<int:pk>/": {"pk": o["prestataire"].pk},
        "label/entreprises/<int:pk>/": {"pk": o["entreprise"].pk},
        "label/mes-entreprises/<int:pk>/": {"pk": o["entreprise"].pk},
        "label/mes-entreprises/<int:pk>/charte/": {"pk": o["entreprise"].pk},
        "diagnostic/entreprises/<int:pk>/historique/": {"pk": o["entreprise"].pk},
        "diagnostic/<slug:slug>/commencer/": {"slug": o["version"].questionnaire.slug},
        "diagnostic/d/<str:jeton>/etape/<int:numero>/": {
            "jeton": o["resultat"].jeton,
            "numero": 1,
        },
        "diagnostic/d/<str:jeton>/resultat/": {"jeton": o["resultat"].jeton},
        "diagnostic/d/<str:jeton>/rapport.pdf": {"jeton": o["resultat"].jeton},
        "diagnostic/d/<str:jeton>/rattacher/": {"jeton": o["resultat"].jeton},
        "aides/<int:pk>/": {"pk": o["aide"].pk},
        "aides/<int:pk>/demander/": {"pk": o["aide"].pk},
        "aides/dossiers/<int:pk>/": {"pk": o["brouillon"].pk},
        "aides/dossiers/<int:pk>/projet/": {"pk": o["brouillon"].pk},
        "aides/dossiers/<int:pk>/depenses/": {"pk": o["brouillon"].pk},
        "aides/dossiers/<int:pk>/depenses/<int:ligne_pk>/supprimer/": {
            "pk": o["brouillon"].pk,
            "ligne_pk": o["brouillon"].lignes.get().pk,
        },
        "aides/dossiers/<int:pk>/pieces/": {"pk": o["brouillon"].pk},
        "aides/dossiers/<int:pk>/pieces/<int:document_pk>/": {
            "pk": o["brouillon"].pk,
            "document_pk": o["brouillon"].documents.get().pk,
        },
        "aides/dossiers/<int:pk>/deposer/": {"pk": o["brouillon"].pk},
        "aides/dossiers/<int:pk>/retirer/": {"pk": o["brouillon"].pk},
        "aides/dossiers/<int:pk>/aides-recues/": {"pk": o["brouillon"].pk},
        "aides/instruction/<int:pk>/": {"pk": o["suivi"].pk},
        "aides/instruction/<int:pk>/<slug:action>/": {"pk": o["suivi"].pk, "action": "accepter"},
        "aides/regions/<int:pk>/": {"pk": o["aide"].pk},
        "aides/avis/<int:pk>/": {"pk": o["demande_avis"].pk},
        "aides/accompagnement/<int:pk>/": {"pk": o["suivi"].pk},
        "e-export/marches/<str:code>/": {"code": o["marche"].code_pays},
        "e-export/places-de-marche/<slug:slug>/": {"slug": o["place"].slug},
        "e-export/temoignages/<slug:slug>/": {"slug": o["temoignage_export"].slug},
        "e-export/questions/<int:pk>/": {"pk": o["faq"].pk},
        "e-export/leads/<int:pk>/": {"pk": o["lead"].pk},
        "e-export/recherches/<int:pk>/supprimer/": {"pk": o["recherche"].pk},
        "e-export/recherches/<int:pk>/alerte/": {"pk": o["recherche"].pk},
        "e-export/alertes/desabonnement/<str:jeton>/": {"jeton": o["recherche"].jeton},
        "compte/^confirm-email/(?P<key>[-:\\w]+)/$": {"key": "cle-inconnue"},
        "compte/^password/reset/key/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/$": {
            "uidb36": "zz",
            "key": "cle-inconnue",
        },
    }
    if route in table:
        return table[route]
    if route.startswith("api/"):
        kwargs = {}
        if "(?P<pk>" in route:
            kwargs["pk"] = o["api_pk"][route.split("/")[1].lstrip("^")]
        if "(?P<format>" in route or "<drf_format_suffix:format>" in route:
            kwargs["format"] = "json"
        return kwargs
    if "<" in route:
        raise AssertionError(f"Arguments inconnus pour {route} : ajoutez-les à _kwargs.")
    return {}


@pytest.fixture
def monde(
    db,
    pme_alice,
    pme_bruno,
    connecteur_claire,
    instructeur_bretagne,
    instructeur_occitanie,
    mission_marc,
):
    cci = connecteur_labellise(connecteur_claire)
    david = UserFactory(connecteur=True, email="david@connecteur.test")
    connecteur_labellise(david, nom="Numérique Occitanie Conseil", region="76")
    objets = pme_complete(pme_alice, nom="Boulangerie du Port", instructeur=instructeur_bretagne)
    suivi = dossier_en_instruction(
        user=pme_alice, entreprise=objets["entreprise"], aide=objets["aide"], connecteur=cci
    )
    objets["suivi"] = suivi
    objets["demande_avis"] = aides_services.avis_demander(
        dossier=suivi, instructeur=instructeur_bretagne, question="Votre avis ?", connecteur=cci
    )
    objets["resultat"].pdf.save("rapport.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"))
    objets["ressource"] = RessourceFactory()
    objets["marche"] = MarcheFactory(code_pays="DE")
    objets["place"] = PlaceFactory(marches=[objets["marche"]])
    objets["temoignage_export"] = TemoignageFactory(marche=objets["marche"])
    objets["faq"] = QuestionFactory()
    objets["lead"] = LeadFactory()
    objets["api_pk"] = {
        "ressources": objets["ressource"].pk,
        "temoignages": objets["temoignage_publie"].pk,
        "prestataires": objets["prestataire"].pk,
        "connecteurs": ConnecteurFactory(nom="Connecteur de l'annuaire public").pk,
        "formations": FormationFactory(titre="Formation du catalogue public").pk,
    }
    utilisateurs = {
        "anonyme": None,
        "pme": pme_alice,
        "autre_pme": pme_bruno,
        "connecteur": connecteur_claire,
        "autre_connecteur": david,
        "instructeur": instructeur_bretagne,
        "instructeur_autre": instructeur_occitanie,
        "mission": mission_marc,
    }
    assert pme_bruno.role == Role.PME and instructeur_occitanie.regions.get().code == "76"
    assert Decimal(objets["accorde"].montant_accorde) > 0
    return objets, utilisateurs


def _statut(response):
    if response.status_code == 302:
        return L if response["Location"].startswith(resolve_url(settings.LOGIN_URL)) else R
    return response.status_code


def test_every_url_gives_each_role_the_expected_status(client, monde):
    objets, utilisateurs = monde
    urls = {}
    for route, name in portal_url_patterns():
        if any(route.startswith(prefix) for prefix in PENDING_PREFIXES):
            continue
        if route in urls:
            continue
        urls[route] = reverse(name, kwargs=_kwargs(route, objets) or None)
        if route == "diagnostic/entreprises/<int:pk>/historique/":
            urls[route] += f"?questionnaire={objets['version'].questionnaire.slug}"

    manquantes = sorted(set(urls) - set(EXPECTED))
    obtenu = {route: [] for route in urls}
    for role in ROLES:
        client.logout()
        cache.clear()  # the API throttles per address: each role starts afresh
        if utilisateurs[role] is not None:
            client.force_login(utilisateurs[role])
        for route, url in urls.items():
            obtenu[route].append(_statut(client.get(url)))

    ecarts = [
        f"    {route!r}: {tuple(obtenu[route])},  # attendu {EXPECTED.get(route)}"
        for route in sorted(urls)
        if tuple(obtenu[route]) != EXPECTED.get(route)
    ]
    assert not manquantes and not ecarts, (
        "URL sans ligne dans EXPECTED : " + ", ".join(manquantes) + "\n" + "\n".join(ecarts)
    )


def test_expected_table_has_no_stale_row(db):
    routes = {route for route, _name in portal_url_patterns()}
    assert set(EXPECTED) <= routes, set(EXPECTED) - routes
    assert all(len(statuts) == len(ROLES) for statuts in EXPECTED.values())
    assert not any(r.startswith(p) for r in EXPECTED for p in PENDING_PREFIXES)


def test_pending_prefixes_are_the_unmerged_apps_only(db):
    """When connecteurs/ and formations/ are merged, their rows move into EXPECTED."""
    pending = [r for r, _n in portal_url_patterns() if r.startswith(tuple(PENDING_PREFIXES))]
    assert pending, "Plus rien d'en attente : videz PENDING_PREFIXES."
