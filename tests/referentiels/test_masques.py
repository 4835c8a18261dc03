"""The themes of an offer kept as one integer follow every way its themes change."""

import pytest
from django.core.exceptions import ValidationError

from connecteurs.models import Connecteur
from croissance.referentiels.masques import Masques, recalculer
from croissance.referentiels.models import BITS_DISPONIBLES, Theme
from formations.models import Formation
from tests.connecteurs.factories import ConnecteurFactory, PrestationFactory
from tests.formations.factories import FormationFactory

pytestmark = pytest.mark.django_db


def formation_sur(*slugs) -> Formation:
    formation = FormationFactory()
    formation.themes.set(Theme.objects.filter(slug__in=slugs))
    return formation


def themes_en_base(objet) -> set[str]:
    objet.refresh_from_db(fields=["themes_masque"])
    return Masques.actuels().themes(objet.themes_masque)


def test_each_theme_has_its_own_bit_and_a_new_theme_takes_a_free_one():
    bits = list(Theme.objects.values_list("bit", flat=True))
    assert len(set(bits)) == len(bits) == Theme.objects.count()
    assert all(bit > 0 and bit & (bit - 1) == 0 for bit in bits)  # powers of two

    nouveau = Theme.objects.create(
        slug="intelligence-artificielle", nom="Intelligence artificielle"
    )

    assert nouveau.bit not in bits and nouveau.bit & (nouveau.bit - 1) == 0
    assert Masques.actuels().masque(["intelligence-artificielle"]) == nouveau.bit


def test_the_admin_refuses_a_theme_beyond_the_last_free_bit_with_a_clear_message():
    for rang in range(Theme.objects.count(), BITS_DISPONIBLES):
        Theme.objects.create(slug=f"theme-{rang}", nom=f"Thème {rang}")

    with pytest.raises(ValidationError) as erreur:
        Theme(slug="de-trop", nom="De trop").full_clean()

    assert "maximum" in str(erreur.value)


def test_adding_removing_and_clearing_themes_updates_the_mask():
    formation = formation_sur("cybersecurite")
    assert themes_en_base(formation) == {"cybersecurite"}

    formation.themes.add(Theme.objects.get(slug="vente-en-ligne"))
    assert themes_en_base(formation) == {"cybersecurite", "vente-en-ligne"}

    formation.themes.remove(Theme.objects.get(slug="cybersecurite"))
    assert themes_en_base(formation) == {"vente-en-ligne"}

    formation.themes.clear()
    assert themes_en_base(formation) == set()


def test_changes_from_the_theme_side_are_followed():
    formation = formation_sur("cybersecurite")
    theme = Theme.objects.get(slug="competences")

    theme.formation_set.add(formation)
    assert themes_en_base(formation) == {"cybersecurite", "competences"}

    Theme.objects.get(slug="cybersecurite").formation_set.clear()
    assert themes_en_base(formation) == {"competences"}


def test_a_connecteur_covers_the_themes_of_its_services_too():
    connecteur = ConnecteurFactory(themes=["strategie-numerique"])
    prestation = PrestationFactory(connecteur=connecteur)  # vente en ligne
    assert themes_en_base(connecteur) == {"strategie-numerique", "vente-en-ligne"}

    prestation.theme = Theme.objects.get(slug="cybersecurite")
    prestation.save()
    assert themes_en_base(connecteur) == {"strategie-numerique", "cybersecurite"}

    prestation.delete()
    assert themes_en_base(connecteur) == {"strategie-numerique"}


def test_saving_an_instance_loaded_before_a_theme_change_keeps_the_new_themes():
    connecteur = ConnecteurFactory(themes=["strategie-numerique"])
    ancien = Connecteur.objects.get(pk=connecteur.pk)
    connecteur.themes.add(Theme.objects.get(slug="e-export"))

    ancien.nom = "Nouveau nom"
    ancien.save()

    assert themes_en_base(connecteur) == {"strategie-numerique", "e-export"}


def test_deleting_a_theme_frees_its_bit_in_every_offer():
    theme = Theme.objects.create(slug="robotique", nom="Robotique")
    formation = formation_sur("robotique", "competences")
    assert themes_en_base(formation) == {"robotique", "competences"}

    theme.delete()

    assert themes_en_base(formation) == {"competences"}


def test_recompute_after_a_bulk_copy_of_link_rows():
    formation = formation_sur()
    Liens = Formation.themes.through
    Liens.objects.bulk_create([Liens(formation=formation, theme_id="gestion-donnees")])
    assert themes_en_base(formation) == set()  # bulk writes send no signal

    recalculer(Formation)

    assert themes_en_base(formation) == {"gestion-donnees"}
