import pytest

from diagnostic.models import Questionnaire
from diagnostic.questionnaires import charger_questionnaires
from diagnostic.selectors import version_courante


@pytest.fixture
def questionnaires(db):
    charger_questionnaires()


@pytest.fixture
def maturite(questionnaires):
    return version_courante(Questionnaire.objects.get(slug="maturite-numerique"))


@pytest.fixture
def e_export(questionnaires):
    return version_courante(Questionnaire.objects.get(slug="e-export"))
