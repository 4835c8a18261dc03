import io

import pytest
from django.core.management import call_command

from aides.enums import EtatDossier
from aides.models import Aide, Dossier
from connecteurs.models import Connecteur

pytestmark = pytest.mark.django_db


def test_demo_loads_the_report_aids_and_a_file_to_instruct_twice_safely():
    call_command("demo", stdout=io.StringIO())
    call_command("demo", stdout=io.StringIO())
    titres = set(Aide.objects.values_list("titre", flat=True))
    assert {
        "Aide de référence Croissance connectée",
        "Pass commerce numérique Bretagne",
        "Occitanie – transformation numérique des entreprises de production",
        "Chèque transformation numérique Nouvelle-Aquitaine",
    } <= titres
    occitanie = Aide.objects.get(titre__startswith="Occitanie")
    assert occitanie.plafond == 10000 and occitanie.activites == ["artisanat", "industrie"]
    assert Aide.objects.get(titre__startswith="Pass commerce").surface_vente_max == 200
    dossier = Dossier.objects.get()
    assert dossier.etat == EtatDossier.DEPOSE
    assert dossier.connecteur.nom == "CCI du Finistère"
    assert Connecteur.objects.filter(nom="CCI du Finistère").count() == 1
