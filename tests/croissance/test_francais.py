"""The portal's French, read as each role reads it: the demo portal is browsed from the home
page (and « Mon espace ») by following links, and every page's visible text is checked by
`tests.croissance.francais` (plural agreement, elision, workflow codes, thousands)."""

import io
import re
from collections import deque
from decimal import Decimal
from html import unescape

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from croissance.management.commands.demo import DEMO_ACCOUNTS
from tests.croissance.francais import fautes

pytestmark = pytest.mark.django_db

PAGES_PAR_ROLE = 70
PAR_FORME = 2  # pages of one shape (/aides/<n>/…) read per role: going wide, not long
# Known phrases, by page, still to write right (none today)
CONNUES: dict[str, set[str]] = {}
# links not followed: other formats, the admin, leaving the session, deleting
HORS_PARCOURS = re.compile(
    r"^/(admin|api|static|media|compte/(logout|password|email|reauthenticate))"
    r"|\.(csv|pdf|json|xml|txt)$|/(supprimer|retirer|telecharger)/"
)


def _liens(html: str) -> list[str]:
    liens = []
    for href in re.findall(r'<a [^>]*href="(/[^"#]*)', html):
        href = href.replace("&amp;", "&")
        if not HORS_PARCOURS.search(href.split("?")[0]):
            liens.append(href)
    return liens


def _forme(url: str) -> str:
    chemin = url.split("?")[0]
    return re.sub(r"/(\d+|[a-z]{2}|[a-z0-9]+(?:-[a-z0-9]+){2,})/", "/<x>/", chemin)


def parcourir(client, departs) -> dict[str, list[str]]:
    """Each page reached from `departs` by following links (breadth first, a few pages of
    each shape) → its faults."""
    vues, formes, trouvees = set(), {}, {}
    file = deque(departs)
    while file and len(vues) < PAGES_PAR_ROLE:
        url = file.popleft()
        cle = url.split("?")[0]
        if cle in vues or formes.get(_forme(url), 0) >= PAR_FORME:
            continue
        vues.add(cle)
        formes[_forme(url)] = formes.get(_forme(url), 0) + 1
        reponse = client.get(url)
        if reponse.status_code != 200 or "text/html" not in reponse.get("Content-Type", ""):
            continue
        html = reponse.content.decode()
        if erreurs := fautes(html, permis=CONNUES.get(url, set())):
            trouvees[url] = erreurs
        file.extend(lien for lien in _liens(html) if lien not in vues)
    return trouvees


@pytest.fixture
def demo(db):
    call_command("demo", stdout=io.StringIO())


@pytest.mark.parametrize("role", [None, *DEMO_ACCOUNTS])
def test_each_role_reads_french_that_reads_right(client, demo, role):
    if role is not None:
        client.force_login(get_user_model().objects.get(email=DEMO_ACCOUNTS[role][0]))
    departs = ["/"] if role is None else ["/mon-espace/"]
    trouvees = parcourir(client, departs)
    assert not trouvees, "\n".join(
        f"{url} — {faute}" for url, erreurs in trouvees.items() for faute in erreurs
    )


@pytest.mark.parametrize(
    "phrase",
    [
        "0 demandes en attente",
        "3 indicateur atteint",
        "Et 2 autre(s) aide(s)",
        "Votre demande de aide",
        "le dossier est en_instruction",
        "20000 unités par an",
    ],
)
def test_the_reader_flags_what_reads_wrong(phrase):
    assert fautes(f"<main><p>{phrase}</p></main>"), phrase


@pytest.mark.parametrize(
    "phrase",
    [
        "0 demande en attente, 1 indicateur sur 12",
        "2 PME sur 3 avaient un site",
        "Votre demande d'aide, le haut de page",
        "20\u202f000 unités, 1\u202f250,50 €, SIRET 35000000602044",
        "29200 Brest, par exemple 29000 ou Quimper",
        "13 000 milliards de yuans, Amazon.de est premier",
    ],
)
def test_the_reader_leaves_right_french_alone(phrase):
    assert fautes(f"<main><p>{phrase}</p></main>") == []


def test_templates_agree_in_french():
    from django.template import engines

    gabarit = engines["django"].from_string(
        "{% load portail %}{% for n in nombres %}{{ n }} demande{{ n|pluralize }} "
        "{% endfor %}— Site {{ 'Amazon'|de }}, site {{ 'Zalando'|de }}"
    )
    rendu = unescape(gabarit.render({"nombres": [0, 1, 2]}))
    assert rendu == "0 demande 1 demande 2 demandes — Site d'Amazon, site de Zalando"


def test_counts_are_written_with_thousands_separated():
    from croissance.templatetags.portail import nombre

    assert nombre(20000) == "20\u202f000"
    assert nombre(2026) == "2026"  # a year, or four digits, stay whole
    assert nombre(1234567) == "1\u202f234\u202f567"
    assert nombre(Decimal("9.40")) == "9,4"
    assert nombre(12500.5) == "12\u202f500,5"
    assert nombre("Bretagne") == "Bretagne"


def test_times_are_told_in_paris_time():
    from datetime import UTC, datetime

    from croissance.indicateurs.models import Instantane

    soir = datetime(2026, 12, 7, 23, 30, tzinfo=UTC)
    assert str(Instantane(perimetre="53", calcule_le=soir)) == "53 – 08/12/2026 00:30"
