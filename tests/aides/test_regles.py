from decimal import Decimal

import pytest
from django.urls import reverse

from aides.models import Aide
from tests.parcours import Navigateur

from .factories import AideFactory
from .simulateur import ouvrir_simulateur, simuler

pytestmark = pytest.mark.django_db


def _donnees(aide=None, **changes):
    data = {
        "titre": "Pass numérique Finistère",
        "financeur_type": "region",
        "financeur": "Région Bretagne",
        "description": "Aide",
        "publiee": "on",
        "regions": ["53"],
        "types_depense": ["site", "conseil"],
        "nature": "subvention",
        "taux": "40",
        "investissement_min": "2000",
        "investissement_max": "30000",
        "effectif_max": "50",
        "exclut_pure_players": "on",
        "cumul": "toutes",
    }
    data.update(changes)
    return data


def test_creation_form_offers_the_programme_template(client, instructeur_bretagne):
    client.force_login(instructeur_bretagne)
    page = client.get(reverse("aides:regles_creer")).content.decode()
    assert 'value="2000' in page and 'value="30000' in page and 'value="50"' in page


def test_regional_staff_edit_the_rules_of_their_aids(client, instructeur_bretagne):
    aide = AideFactory(titre="Pass commerce Bretagne")
    client.force_login(instructeur_bretagne)
    assert "Pass commerce Bretagne" in client.get(reverse("aides:regles")).content.decode()
    response = client.post(
        reverse("aides:regles_modifier", args=[aide.pk]),
        _donnees(titre="Pass commerce Bretagne", taux="40", surface_vente_max="200"),
    )
    assert response.status_code == 302
    aide.refresh_from_db()
    assert aide.taux == Decimal("40")
    assert aide.surface_vente_max == 200
    assert aide.types_depense == ["site", "conseil"]


def test_regional_staff_cannot_touch_another_region(client, instructeur_occitanie):
    aide = AideFactory()
    client.force_login(instructeur_occitanie)
    assert client.get(reverse("aides:regles_modifier", args=[aide.pk])).status_code == 404
    response = client.post(reverse("aides:regles_creer"), _donnees(regions=["53"]))
    assert response.status_code == 400
    assert not Aide.objects.filter(titre="Pass numérique Finistère").exists()


def test_envelope_cannot_go_below_what_was_granted(client, instructeur_bretagne):
    aide = AideFactory(enveloppe_montant="10000", montant_engage="6000")
    client.force_login(instructeur_bretagne)
    response = client.post(
        reverse("aides:regles_modifier", args=[aide.pk]), _donnees(enveloppe_montant="5000")
    )
    assert "ne peut pas être inférieure" in response.content.decode()


def test_other_roles_cannot_edit_aids(client, pme_alice, connecteur_claire):
    aide = AideFactory()
    for user in (pme_alice, connecteur_claire):
        client.force_login(user)
        assert client.get(reverse("aides:regles_modifier", args=[aide.pk])).status_code == 403


@pytest.mark.parametrize("nombre", [2, 25])
def test_list_query_count(client, instructeur_bretagne, django_assert_max_num_queries, nombre):
    for _ in range(nombre):
        AideFactory()
    client.force_login(instructeur_bretagne)
    with django_assert_max_num_queries(8):
        assert client.get(reverse("aides:regles")).status_code == 200


def test_the_reference_aid_caps_the_grant_at_15000_euros(client, instructeur_bretagne):
    """The programme's template carries the report's cap: an aid created from it and made more
    generous (60 %) still grants at most 15 000 € to a firm."""
    client.force_login(instructeur_bretagne)
    navigateur = Navigateur(client)
    navigateur.ouvrir(reverse("aides:regles"))
    navigateur.cliquer("Créer une aide à partir du modèle du programme")
    assert "plafonnée à 15 000 € par entreprise" in navigateur.texte
    formulaire = navigateur.formulaire("Enregistrer l'aide")
    formulaire.remplir("Titre", "Croissance connectée Bretagne")
    formulaire.choisir("Type de financeur", "Région")
    formulaire.remplir("Financeur", "Région Bretagne")
    formulaire.remplir("Taux (%)", "60")
    navigateur.envoyer(formulaire, "Enregistrer l'aide")  # the cap left as the template has it
    aide = Aide.objects.get(titre="Croissance connectée Bretagne")
    assert (aide.nature, aide.plafond) == ("subvention", Decimal("15000"))
    assert "Elle n'est pas encore publiée" in navigateur.texte
    navigateur.envoyer(navigateur.formulaire("Publier l'aide"), "Publier l'aide")
    assert "est publiée : elle est au catalogue" in navigateur.texte

    client.logout()
    navigateur = simuler(
        ouvrir_simulateur(client),
        lieu="35000",
        effectif="12",
        activite="Services",
        conseil="40 000 €",
    )
    assert (
        "15 000 € de subvention — 60 % de 30 000 € de conseil éligible = 18 000 €, plafonné à "
        "15 000 € (dépense retenue limitée au maximum de 30 000 € (dépense éligible de "
        "40 000 €))" in navigateur.texte
    )
