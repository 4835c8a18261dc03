"""The permission matrix, tried by the accounts people forget and by the requests they forge.

`test_permissions.py` gives each of eight roles a status on every URL. Here:
- accounts in between: a co-manager, a co-manager who was removed, a deactivated connecteur,
  an instructeur who also manages the firm, an instructeur of two regions, one of none. Each
  must get, on every URL, what the role it amounts to gets (its "modèle" column), except the
  differences listed with their reason;
- every role refused a page (login, 403, 404) is also refused when it POSTs to it: a route
  that answers GET and POST checks permissions before reading the form;
- a child object of another owner under one's own parent (Bruno's draft, Alice's expense
  line) is not found.
"""

import pytest
from django.core.cache import cache
from django.urls import reverse

from aides import services as aides_services
from croissance.entreprises import services as entreprises_services
from croissance.entreprises.models import Gestionnaire
from tests.factories import EntrepriseFactory, UserFactory
from tests.urls import portal_url_patterns

from .test_permissions import EXPECTED, ROLES, L, _statut, monde, portal_urls  # noqa: F401

REFUS = {L, 403, 404}


def _comptes_intermediaires(objets, utilisateurs):
    """The in-between accounts, each with the matrix column it must behave like."""
    entreprise = objets["entreprise"]
    co_gestionnaire = UserFactory(email="gaelle.le-goff@pme.test", prenom="Gaëlle")
    Gestionnaire.objects.create(entreprise=entreprise, user=co_gestionnaire)
    retire = UserFactory(email="yann.o-neill@pme.test", prenom="Yann")
    Gestionnaire.objects.create(entreprise=entreprise, user=retire)
    entreprises_services.gestionnaire_retirer(
        entreprise=entreprise, user=retire, par=utilisateurs["pme"], motif="A quitté l'entreprise"
    )
    desactive = UserFactory(connecteur=True, email="ancien@connecteur.test")
    objets["cci"].membres.add(desactive)
    desactive.is_active = False
    desactive.save(update_fields=["is_active"])
    instructeur_lie = UserFactory(instructeur=True, email="lie@bretagne.test", regions=["53"])
    Gestionnaire.objects.create(entreprise=entreprise, user=instructeur_lie)
    deux_regions = UserFactory(instructeur=True, email="deux@regions.test", regions=["53", "76"])
    sans_region = UserFactory(instructeur=True, email="aucune@region.test")
    return {
        "co_gestionnaire": (co_gestionnaire, "pme"),
        "co_gestionnaire_retire": (retire, "autre_pme"),
        "connecteur_desactive": (desactive, "anonyme"),
        "instructeur_gestionnaire": (instructeur_lie, "instructeur"),
        "instructeur_deux_regions": (deux_regions, "instructeur"),
        "instructeur_sans_region": (sans_region, "instructeur_autre"),
    }


# (account, route) → (status, why it differs from its model column)
DIFFERENCES: dict[tuple[str, str], tuple] = {
    # Alice's own things, not the firm's: her saved lead search, her enrolment's review
    ("co_gestionnaire", "e-export/recherches/<int:pk>/supprimer/"): (404, "recherche d'Alice"),
    ("co_gestionnaire", "formations/inscriptions/<int:pk>/avis/"): (403, "inscription d'Alice"),
    # label applications are evaluated by the instructeurs the mission names on each one
    **{
        (compte, route): (404, "évaluateurs désignés")
        for compte in ("instructeur_gestionnaire", "instructeur_deux_regions")
        for route in (
            "connecteurs/label/candidatures/<int:pk>/",
            "connecteurs/label/candidatures/<int:pk>/evaluer/",
            "connecteurs/label/pieces/<int:pk>/",
        )
    },
    # an instructeur who manages the firm sees its diagnostics as its manager
    ("instructeur_gestionnaire", "diagnostic/d/<str:jeton>/resultat/"): (200, "gestionnaire"),
    ("instructeur_gestionnaire", "diagnostic/d/<str:jeton>/rapport.pdf"): (200, "gestionnaire"),
    ("instructeur_gestionnaire", "diagnostic/d/<str:jeton>/etape/<int:numero>/"): (
        "redir",
        "un diagnostic terminé renvoie à son résultat",
    ),
    # no region, no figures to export (the dashboard says so)
    ("instructeur_sans_region", "indicateurs/export/<slug:section>/<slug:tableau>.csv"): (
        404,
        "aucune région",
    ),
}


def test_in_between_accounts_get_what_their_model_role_gets(client, monde):  # noqa: F811
    objets, utilisateurs = monde
    urls = portal_urls(objets)
    ecarts = []
    for compte, (user, modele) in _comptes_intermediaires(objets, utilisateurs).items():
        client.logout()
        cache.clear()
        client.force_login(user)
        for route, url in sorted(urls.items()):
            attendu = EXPECTED[route][ROLES.index(modele)]
            attendu = DIFFERENCES.get((compte, route), (attendu,))[0]
            obtenu = _statut(client.get(url))
            if obtenu != attendu:
                ecarts.append(f"    ({compte!r}, {route!r}): ({obtenu!r}, ''),  # {attendu}")
    assert not ecarts, "Écarts à corriger ou à justifier dans DIFFERENCES :\n" + "\n".join(ecarts)


def test_a_role_refused_a_page_is_refused_its_form(client, monde):  # noqa: F811
    """GET refused ⇒ POST refused, on every route that a GET may open."""
    objets, utilisateurs = monde
    urls = {
        route: url
        for route, url in portal_urls(objets).items()
        if not route.startswith("api/") and 405 not in EXPECTED[route]
    }
    acceptes = []
    for index, role in enumerate(ROLES):
        client.logout()
        cache.clear()
        if utilisateurs[role] is not None:
            client.force_login(utilisateurs[role])
        for route, url in sorted(urls.items()):
            if EXPECTED[route][index] in REFUS:
                obtenu = _statut(client.post(url, {"motif": "Essai d'envoi forcé"}))
                if obtenu not in REFUS and obtenu != 405:
                    acceptes.append(f"{role} POST {route} → {obtenu}")
    assert not acceptes, "\n".join(acceptes)


def _brouillon_de_bruno(objets, bruno):
    entreprise = EntrepriseFactory(gestionnaires=[bruno], nom="Crêperie d'Ys & fils")
    dossier = aides_services.dossier_creer(
        aide=objets["aide"], entreprise=entreprise, user=bruno, titre="Site de la crêperie"
    )
    return dossier


# route with a parent and a child → its arguments: Bruno's parent (his draft, his firm) and
# Alice's child
ENFANTS = {
    "aides/dossiers/<int:pk>/depenses/<int:ligne_pk>/supprimer/": lambda o, dossier: {
        "pk": dossier.pk,
        "ligne_pk": o["brouillon"].lignes.get().pk,
    },
    "aides/dossiers/<int:pk>/pieces/<int:document_pk>/": lambda o, dossier: {
        "pk": dossier.pk,
        "document_pk": o["brouillon"].documents.get().pk,
    },
    "entreprises/<int:pk>/invitations/<int:invitation_pk>/annuler/": lambda o, dossier: {
        "pk": dossier.entreprise_id,
        "invitation_pk": o["invitation"].pk,
    },
    "entreprises/<int:pk>/revendications/<int:revendication_pk>/": lambda o, dossier: {
        "pk": dossier.entreprise_id,
        "revendication_pk": o["revendication"].pk,
    },
}


def test_routes_with_a_parent_and_a_child_are_all_tried():
    doubles = {route for route, _name in portal_url_patterns() if route.count("<int:") >= 2}
    assert doubles == set(ENFANTS)


@pytest.mark.parametrize("route", sorted(ENFANTS))
def test_another_owners_child_under_ones_own_parent_is_not_found(client, monde, route):  # noqa: F811
    objets, utilisateurs = monde
    bruno = utilisateurs["autre_pme"]
    parent = _brouillon_de_bruno(objets, bruno)
    name = dict(portal_url_patterns())[route]
    url = reverse(name, kwargs=ENFANTS[route](objets, parent))
    client.force_login(bruno)
    assert _statut(client.get(url)) in {404, 405}
    assert _statut(client.post(url)) == 404
    assert objets["brouillon"].lignes.count() == 1
    objets["invitation"].refresh_from_db()
    objets["revendication"].refresh_from_db()
    assert objets["invitation"].etat == "envoyee" and objets["revendication"].etat == "en_attente"
