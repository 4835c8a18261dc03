import io

import pytest

from croissance.indicateurs.demo import charger
from croissance.indicateurs.models import ReferenceUE

pytestmark = pytest.mark.django_db


def test_demo_loads_the_eu_reference_idempotently():
    charger({}, io.StringIO())
    charger({}, io.StringIO())
    reference = ReferenceUE.courante()
    assert ReferenceUE.objects.count() == 1
    assert reference.annee == 2023 and "Eurostat" in reference.source
