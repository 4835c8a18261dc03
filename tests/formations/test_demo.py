import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from formations import bourse
from formations.enums import EtatEchange
from formations.models import (
    AppelFormations,
    Avis,
    Echange,
    Formation,
    MembreBourse,
    SessionFormation,
)

pytestmark = pytest.mark.django_db


def test_demo_loads_a_realistic_catalogue_and_is_idempotent():
    call_command("demo", stdout=io.StringIO())
    counts = (Formation.objects.count(), SessionFormation.objects.count(), Avis.objects.count())
    call_command("demo", stdout=io.StringIO())
    assert (
        Formation.objects.count(),
        SessionFormation.objects.count(),
        Avis.objects.count(),
    ) == counts
    assert counts[0] >= 30 and counts[2] >= 10
    assert Formation.objects.filter(modalite="hybride", region_id="53").exists()
    assert Formation.objects.filter(modalite="distance").exists()
    assert Echange.objects.filter(etat=EtatEchange.TERMINE).count() == 1
    soldes = sum(bourse.solde(membre) for membre in MembreBourse.objects.all())
    assert soldes == bourse.heures_emises()
    # The call for training offers closes at noon, not at the minute the demo was loaded.
    limite = timezone.localtime(AppelFormations.objects.get().date_limite)
    assert (limite.hour, limite.minute) == (12, 0)
    assert limite.date() > timezone.localdate()
