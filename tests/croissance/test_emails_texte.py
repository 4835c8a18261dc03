"""Every email of the portal reads as typed: no HTML entity, no empty placeholder, the names of
people and firms exactly as they wrote them, and the portal named « Croissance connectée ».

The scenarios (tests/croissance/courriels.py) send each email through its service or page;
a template added without a scenario fails `test_every_email_template_is_sent_by_a_scenario`.
"""

import re
from pathlib import Path

import pytest
from allauth.account import app_settings as allauth_settings
from django.conf import settings
from django.core import mail

from croissance import emails
from tests.croissance.courriels import SCENARIOS

pytestmark = pytest.mark.django_db

PROJECT_APPS = [
    "templates",
    "croissance",
    "diagnostic",
    "connecteurs",
    "aides",
    "einter",
    "formations",
]

# allauth's emails this portal sends, and those its settings keep off (a setting switched on
# must come with a scenario: the test below then fails until one is written).
ALLAUTH_ENVOYES = {
    "account/email/email_confirmation_signup",
    "account/email/email_confirmation",
    "account/email/account_already_exists",
    "account/email/password_reset_key",
    "account/email/unknown_account",
}
ALLAUTH_COUPES = {
    "account/email/login_code": lambda: not allauth_settings.LOGIN_BY_CODE_ENABLED,
    "account/email/password_reset_code": (
        lambda: not allauth_settings.PASSWORD_RESET_BY_CODE_ENABLED
    ),
    "account/email/email_changed": lambda: not allauth_settings.EMAIL_NOTIFICATIONS,
    "account/email/email_confirm": lambda: not allauth_settings.EMAIL_NOTIFICATIONS,
    "account/email/email_deleted": lambda: not allauth_settings.EMAIL_NOTIFICATIONS,
    "account/email/password_changed": lambda: not allauth_settings.EMAIL_NOTIFICATIONS,
    "account/email/password_reset": lambda: not allauth_settings.EMAIL_NOTIFICATIONS,
    "account/email/password_set": lambda: not allauth_settings.EMAIL_NOTIFICATIONS,
}

ENTITE = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);", re.IGNORECASE)
ESPACE = "[ \u00a0\u202f]"
DEFAUTS = [
    (ENTITE, "entité HTML"),
    (re.compile(rf"{ESPACE}{{2,}}[!?;:,.»)]"), "espace double avant une ponctuation"),
    (re.compile(rf"\S{ESPACE}{{2,}}\S"), "espace double (valeur vide ?)"),
    (re.compile(rf"{ESPACE},"), "espace avant une virgule"),
    (re.compile(rf"«{ESPACE}*»"), "guillemets vides"),
    (re.compile(r"\(\s*\)"), "parenthèses vides"),
    (re.compile(r"\bNone\b"), "None"),
    (re.compile(r"\{\{|\}\}|\{%|%\}"), "balise de gabarit"),
]


# what closes an email: a line ending with ":" just before it announced a value left empty
SIGNATURES = ("L'équipe", "Merci d'utiliser")


def gabarits_du_projet() -> set[str]:
    """Email templates found on disk: <app>/templates/**/emails/*.txt, subjects aside."""
    trouves = set()
    for app in PROJECT_APPS:
        base = settings.BASE_DIR / app
        for path in base.glob("**/emails/*.txt"):
            racine = next(p for p in path.parents if p.name == "templates")
            nom = path.relative_to(racine).as_posix().removesuffix(".txt")
            if not nom.endswith("_subject"):
                trouves.add(nom)
    return trouves


def gabarits_allauth() -> set[str]:
    import allauth

    dossier = Path(allauth.__file__).parent / "templates" / "account" / "email"
    return {
        f"account/email/{p.name.removesuffix('_message.txt')}"
        for p in dossier.glob("*_message.txt")
        if p.name != "base_message.txt"  # the layout the others extend
    }


def defauts(texte: str, *, sujet: bool) -> list[str]:
    trouves = [f"{nom} : {m.group(0)!r}" for motif, nom in DEFAUTS for m in motif.finditer(texte)]
    lignes = [ligne.strip() for ligne in texte.splitlines()]
    for i, ligne in enumerate(lignes):
        if not ligne.endswith(":"):
            continue
        suite = [autre for autre in lignes[i + 1 :] if autre]
        etiquette = len(ligne.split()) <= 3  # « Motif : », « Son message : »
        if (
            sujet
            or not suite
            or suite[0].startswith(SIGNATURES)
            or (etiquette and not lignes[i + 1])
        ):
            trouves.append(f"rien après « {ligne} »")
    return trouves


@pytest.fixture
def envois(monkeypatch):
    """(body template, text) of each plain text the portal renders for an email."""
    rendus = []
    original = emails.render_text

    def render_text(template_name, context):
        texte = original(template_name, context)
        rendus.append((template_name, texte))
        return texte

    monkeypatch.setattr(emails, "render_text", render_text)
    return rendus


def gabarit_du_message(message, rendus) -> str:
    for nom, texte in rendus:
        if not nom.endswith("_subject.txt") and texte.strip() == message.body.strip():
            return nom.removesuffix(".txt").removesuffix("_message")
    raise AssertionError(f"Courriel rendu hors de croissance.emails : {message.subject!r}")


def test_every_email_template_is_sent_by_a_scenario():
    couverts = {nom for attendus in SCENARIOS.values() for nom in attendus}
    assert gabarits_du_projet() - couverts == set(), "courriel sans scénario de test"
    assert gabarits_du_projet() >= {n for n in couverts if not n.startswith("account/")}
    a_couvrir = gabarits_allauth() - {n for n, coupe in ALLAUTH_COUPES.items() if coupe()}
    assert a_couvrir == ALLAUTH_ENVOYES, "courriel d'allauth envoyé par le portail sans scénario"
    assert couverts >= ALLAUTH_ENVOYES


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.__name__)
def test_email_reads_as_typed(scenario, client, envois, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        scenario(client)

    vus = set()
    for message in mail.outbox:
        nom = gabarit_du_message(message, envois)
        vus.add(nom)
        texte = f"{message.subject}\n\n{message.body}"
        assert defauts(message.subject, sujet=True) + defauts(message.body, sujet=False) == [], (
            f"{nom} :\n{texte}"
        )
        for attendu in SCENARIOS[scenario][nom]:
            assert attendu in texte, f"{nom} ne montre pas {attendu!r} tel que saisi :\n{texte}"
        if nom.startswith("account/"):
            assert message.subject.startswith("[Croissance connectée] ")
            assert "Croissance connectée" in message.body, texte
        else:
            assert "Croissance" in message.body, texte
        assert not getattr(message, "alternatives", None)
    assert vus == set(SCENARIOS[scenario])


def test_account_email_greets_with_the_portal_name(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        SCENARIOS_PAR_NOM["comptes"](client)
    corps = mail.outbox[0].body
    assert corps.startswith("Bonjour, c'est Croissance connectée !")
    assert "Merci d'utiliser Croissance connectée !" in corps


def test_html_alternative_stays_escaped(tmp_path, settings):
    """Only plain text goes unescaped: an HTML part, when a template has one, is escaped."""
    (tmp_path / "essai").mkdir()
    (tmp_path / "essai" / "m_subject.txt").write_text("Pour {{ nom }}")
    (tmp_path / "essai" / "m.txt").write_text("Bonjour {{ nom }}")
    (tmp_path / "essai" / "m.html").write_text("<p>Bonjour {{ nom }}</p>")
    moteur = settings.TEMPLATES[0]
    settings.TEMPLATES = [{**moteur, "DIRS": [tmp_path, *moteur["DIRS"]]}]
    message = emails.compose_email(
        to="a@b.test",
        subject_template="essai/m_subject.txt",
        body_template="essai/m.txt",
        html_template="essai/m.html",
        context={"nom": "L'Atelier & <Fils>"},
    )
    assert message.subject == "Pour L'Atelier & <Fils>"
    assert message.body == "Bonjour L'Atelier & <Fils>\n"
    assert message.alternatives[0][0] == "<p>Bonjour L&#x27;Atelier &amp; &lt;Fils&gt;</p>"


SCENARIOS_PAR_NOM = {s.__name__: s for s in SCENARIOS}
