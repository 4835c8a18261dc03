"""Hostile input on every form of the portal: for each URL of the permission matrix, as a role
that may open the page, every form found in it is sent malformed data (wrong types, 100 000
characters, missing fields, unknown choices, negative and absurd amounts, invalid SIRET, NUL
bytes). The portal never answers with a server error, and a rejected form speaks French."""

import re
from html.parser import HTMLParser

import pytest
from django.core.cache import cache

from tests.croissance.test_permissions import (  # noqa: F401  (monde is a fixture)
    EXPECTED,
    ROLES,
    monde,
    portal_urls,
)

# pages whose form would end the session the rest of the tour uses
SKIPPED = {"compte/logout/", "mon-espace/supprimer-mon-compte/"}
# how the DSFR shows a rejected field, fieldset or form
ERROR_MARKS = re.compile(r"fr-(error-text|message--error|input-group--error|fieldset--error)")
ENGLISH = (
    "This field is required",
    "Enter a valid",
    "Select a valid choice",
    "Ensure this value",
    "Enter a whole number",
    "Enter a number",
)


class _Forms(HTMLParser):
    """The forms of a page: method, action and the name and kind of each field."""

    def __init__(self):
        super().__init__()
        self.forms = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.forms.append(
                {"method": (attrs.get("method") or "get").lower(), "action": attrs.get("action")}
                | {"fields": {}}
            )
        elif tag in ("input", "select", "textarea") and self.forms and attrs.get("name"):
            kind = tag if tag != "input" else attrs.get("type", "text")
            if kind not in ("submit", "hidden") or attrs["name"] != "csrfmiddlewaretoken":
                self.forms[-1]["fields"][attrs["name"]] = kind


def _payloads(fields):
    def each(value):
        return {name: value(name, kind) for name, kind in fields.items()}

    return {
        "champs manquants": {},
        "mauvais types": each(lambda name, kind: "pas-un-nombre"),
        "100 000 caractères": each(lambda name, kind: "x" * 100_000),
        "choix inconnus": each(lambda name, kind: "987654321"),
        "montants négatifs": each(lambda name, kind: "-1"),
        "montants absurdes": each(lambda name, kind: "1e30"),
        "SIRET invalide": each(
            lambda name, kind: "12345678901234" if "siret" in name.lower() else "1" * 15
        ),
        "octets NUL": each(lambda name, kind: "abc\x00def"),
    }


def _role_for(route):
    """The first role (the other PME/connecteur/instructeur aside) that may open the page."""
    for role, statut in zip(ROLES, EXPECTED[route], strict=True):
        if statut == 200 and not role.endswith("autre") and not role.startswith("autre"):
            return role
    return None


def test_malformed_data_never_breaks_a_form(client, monde, settings):  # noqa: F811
    settings.RATE_LIMIT_POSTS = 10_000  # the tour posts many times from one address
    client.raise_request_exception = False  # collect every server error, not just the first
    objets, utilisateurs = monde
    erreurs, francais, formulaires = [], 0, 0
    for route, url in sorted(portal_urls(objets).items()):
        role = _role_for(route)
        if route in SKIPPED or role is None or route.startswith("api/"):
            continue
        client.logout()
        if utilisateurs[role] is not None:
            client.force_login(utilisateurs[role])
        page = client.get(url)
        if page.status_code != 200 or "text/html" not in page.get("Content-Type", ""):
            continue
        parser = _Forms()
        parser.feed(page.content.decode())
        for form in parser.forms:
            if not form["fields"]:
                continue
            formulaires += 1
            cible = form["action"] or url
            for nom, donnees in _payloads(form["fields"]).items():
                cache.clear()  # allauth's own limits count per address too
                if form["method"] == "post":
                    response = client.post(cible, donnees)
                else:
                    response = client.get(cible, donnees)
                if response.status_code >= 500:
                    erreurs.append(f"{form['method'].upper()} {cible} ({role}, {nom})")
                    continue
                html = response.content.decode(errors="replace")
                if response.status_code == 200 and ERROR_MARKS.search(html):
                    francais += 1
                    anglais = [texte for texte in ENGLISH if texte in html]
                    if anglais:
                        erreurs.append(f"{cible} ({role}, {nom}) en anglais : {anglais}")
    assert not erreurs, "\n".join(erreurs)
    assert formulaires >= 30 and francais >= 30, (formulaires, francais)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", ["/aides/", "/connecteurs/annuaire/", "/e-export/leads/", "/ressources/"]
)
def test_a_huge_search_gives_the_list_page_not_a_server_error(client, path):
    # was a server error on SQLite: "LIKE or GLOB pattern too complex"
    response = client.get(path, {"q": "vente " * 20_000})

    assert response.status_code == 200


@pytest.mark.django_db
def test_a_nul_byte_in_the_theme_of_a_request_is_ignored(client, pme_alice, entreprise_alice):
    # was a server error on PostgreSQL, which refuses NUL characters in a query
    client.force_login(pme_alice)

    response = client.post("/connecteurs/mise-en-relation/", {"theme": "vente\x00en-ligne"})

    assert response.status_code == 200
