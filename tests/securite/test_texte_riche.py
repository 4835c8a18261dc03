"""Rich text is cleaned on every path that saves it: the portal's services, the admin, a data
load, bulk_create. Pages show these fields as HTML (`|safe`), so each of them must be a
`TexteRicheField`."""

import re
from pathlib import Path

import pytest
from django.apps import apps
from django.urls import reverse

from croissance.fields import TexteRicheField
from einter.models import QuestionFaq
from tests.einter.factories import QuestionFactory

pytestmark = pytest.mark.django_db

RACINE = Path(__file__).resolve().parents[2]
PIEGE = '<p onclick="voler()">Réponse d\'Élise &amp; Fils<script>voler()</script></p>'
PROPRE = "<p>Réponse d'Élise &amp; Fils</p>"


def _champs_riches() -> set[str]:
    return {
        champ.name
        for modele in apps.get_models()
        for champ in modele._meta.get_fields()
        if isinstance(champ, TexteRicheField)
    }


def test_every_field_a_page_shows_as_html_is_a_rich_text_field():
    riches = _champs_riches()
    montres = set()
    for gabarit in RACINE.glob("*/**/templates/**/*.html"):
        if ".venv" in gabarit.parts or "drf_spectacular" in gabarit.parts:
            continue
        for expression in re.findall(r"\{\{\s*([\w.]+)\|safe", gabarit.read_text()):
            montres.add(expression.rsplit(".", 1)[-1])
    montres.discard("texte")  # einter/marche.html loops over Marche.RICH_TEXT_FIELDS
    assert montres and montres <= riches, montres - riches


def test_the_admin_cleans_what_it_saves(client, mission_marc):
    client.force_login(mission_marc)
    client.post(
        reverse("admin:einter_questionfaq_add"),
        {
            "categorie": "logistique",
            "question": "Comment expédier au Japon ?",
            "reponse": PIEGE,
            "mots_cles": "",
            "lien_url": "",
            "lien_libelle": "",
            "ordre": 0,
            "publie": "on",
        },
    )
    assert QuestionFaq.objects.get().reponse == PROPRE


def test_a_plain_save_and_a_bulk_create_clean_too():
    question = QuestionFactory(reponse=PIEGE)
    question.refresh_from_db()
    assert question.reponse == PROPRE
    QuestionFaq.objects.bulk_create(
        [QuestionFaq(categorie="logistique", question="Et en Corée ?", reponse=PIEGE)]
    )
    assert QuestionFaq.objects.get(question="Et en Corée ?").reponse == PROPRE
