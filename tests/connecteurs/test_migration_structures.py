"""The migration that makes a SIRET unique runs on a database where two structures share
one: the oldest keeps it, the other's is cleared and noted, each structure gets a referent."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from connecteurs.models import Connecteur, HistoriqueSiret, Membre
from tests.factories import UserFactory

AVANT = [("connecteurs", "0007_orientation_sans_label_suspendu")]
APRES = [("connecteurs", "0008_structures_membres")]


@pytest.fixture
def retour_au_dernier_etat():
    """Whatever happens, the database ends at the latest migrations: the tests that run after
    this one in the same worker need every column."""
    yield
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("retour_au_dernier_etat")
def test_existing_duplicates_do_not_stop_the_migration():
    executor = MigrationExecutor(connection)
    executor.migrate(AVANT)
    anciennes = executor.loader.project_state(AVANT).apps
    Structure = anciennes.get_model("connecteurs", "Connecteur")
    Lien = anciennes.get_model("connecteurs", "Membre")
    premiere = Structure.objects.create(
        nom="CCI d'Armor", type_acteur="cci", siret="73282932000074"
    )
    seconde = Structure.objects.create(nom="CCI Armor", type_acteur="cci", siret="73282932000074")
    for rang, structure in enumerate((premiere, seconde, premiere)):
        user = UserFactory(connecteur=True, email=f"membre{rang}@cci.test")
        Lien.objects.create(connecteur_id=structure.pk, user_id=user.pk)

    executor = MigrationExecutor(connection)
    executor.migrate(APRES)

    assert Connecteur.objects.get(pk=premiere.pk).siret == "73282932000074"
    assert Connecteur.objects.get(pk=seconde.pk).siret == ""
    note = HistoriqueSiret.objects.get(connecteur_id=seconde.pk)
    assert (note.ancien, note.nouveau) == ("73282932000074", "")
    referents = Membre.objects.filter(referent=True).order_by("connecteur_id")
    assert [m.user.email for m in referents] == ["membre0@cci.test", "membre1@cci.test"]
