"""Every form of the portal sent empty, as a person in a hurry does: when the page comes back
with errors, it starts with the error summary (each error a link to its field, on this page)
and its title starts with « Erreur : ».

The pages are those of the permission matrix, each opened by the first role that may; the
forms are read from the page, so a new form is checked from the day it is written."""

import re
from html import unescape

import pytest
from django.urls import reverse

from diagnostic.models import Resultat
from diagnostic.questionnaires import charger_questionnaires
from tests.croissance.formulaires_html import _Lecteur
from tests.croissance.test_permissions import EXPECTED, ROLES, monde, portal_urls  # noqa: F401

pytestmark = pytest.mark.django_db

ERREUR_DE_CHAMP = re.compile(
    r"fr-(error-text|message--error|[a-z]+-group--error|fieldset--error)|errorlist"
)
RESUME = re.compile(
    r'<div class="fr-alert fr-alert--error[^"]*cc-resume-erreurs"[^>]*>(.*?)</div>', re.S
)
# a page whose forms only lead elsewhere (a button) or that an empty send would log out
SAUTEES = {"compte/logout/"}


def _formulaires_a_remplir(html):
    """The POST forms of the page that ask for something (a field a person fills)."""
    lecteur = _Lecteur()
    lecteur.feed(html)
    for form in lecteur.formulaires:
        visibles = [
            c for c in form["champs"] if c["type"] not in ("hidden", "submit", "button", "reset")
        ]
        if form["method"] == "post" and visibles:
            yield form


def _cachees(form):
    return {c["nom"]: c["valeur"] for c in form["champs"] if c["type"] == "hidden"}


def verifier_resume(html, ou) -> list[str]:
    """What is wrong with the error summary of a page that shows errors."""
    titre = unescape(re.search(r"<title>(.*?)</title>", html, re.S).group(1)).strip()
    problemes = [] if titre.startswith("Erreur : ") else [f"{ou} : titre « {titre} »"]
    resumes = RESUME.findall(html)
    if not resumes:
        return [*problemes, f"{ou} : erreurs sans résumé"]
    ancres = re.findall(r'<a href="#([^"]+)"', resumes[0])
    if not ancres:
        problemes.append(f"{ou} : résumé sans lien")
    ids = set(re.findall(r'\sid="([^"]+)"', html))
    problemes += [f"{ou} : lien vers #{a}, absent de la page" for a in ancres if a not in ids]
    if 'tabindex="-1" autofocus' not in html:
        problemes.append(f"{ou} : le résumé ne prend pas le focus")
    return problemes


def test_every_form_sent_empty_starts_with_its_error_summary(client, monde):  # noqa: F811
    objets, utilisateurs = monde
    problemes, verifiees = [], []
    for route, url in sorted(portal_urls(objets).items()):
        statuts = EXPECTED.get(route, ())
        if route.startswith("api/") or route in SAUTEES or 200 not in statuts:
            continue
        role = ROLES[statuts.index(200)]
        client.logout()
        if utilisateurs[role] is not None:
            client.force_login(utilisateurs[role])
        page = client.get(url)
        if page.status_code != 200 or "html" not in page.get("Content-Type", ""):
            continue
        for form in _formulaires_a_remplir(page.content.decode()):
            cible = unescape(form["action"]) or url
            reponse = client.post(cible, _cachees(form))
            html = reponse.content.decode() if reponse.status_code in (200, 400) else ""
            if not ERREUR_DE_CHAMP.search(html):
                continue  # sent on, or nothing was required
            verifiees.append(f"{route} → {cible}")
            problemes += verifier_resume(html, f"{route} ({role}) → {cible}")
    assert not problemes, "\n".join(problemes)
    assert len(verifiees) >= 30, verifiees


def test_pages_that_draw_their_fields_have_the_summary_too(client):
    charger_questionnaires()
    client.post(reverse("diagnostic:commencer", args=["maturite-numerique"]))
    resultat = Resultat.objects.latest("pk")
    etape = client.post(
        reverse("diagnostic:etape", args=[resultat.jeton, 1]), {"action": "suivant"}
    )
    html = etape.content.decode()
    assert verifier_resume(html, "étape 1 du diagnostic") == []
    assert re.search(r'<a href="#q\d+-\d+">', html)

    simulation = client.get(reverse("aides:simulateur"), {"localisation": "29000"})
    html = simulation.content.decode()
    assert verifier_resume(html, "simulateur") == []
    assert "d&#x27;au moins une dépense" in html or "d'au moins une dépense" in html
