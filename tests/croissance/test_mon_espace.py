""" "Mon espace" for a new manager: first steps ticked as they are done, what waits in each
service, recommendations before the services, the account's deletion apart."""

import re

import pytest
from django.test import Client

from aides.enums import EtatDossier
from connecteurs import services as connecteurs_services
from connecteurs.enums import StatutDemande
from connecteurs.models import Demande
from diagnostic.questionnaires import charger_questionnaires
from tests.aides.factories import AideFactory, dossier_brouillon
from tests.connecteurs.factories import ConnecteurFactory
from tests.diagnostic.test_parcours import commencer, meilleures_reponses, repondre_en_avancant
from tests.factories import EntrepriseFactory, UserFactory, theme, valid_siret
from tests.parcours import Navigateur

pytestmark = pytest.mark.django_db


def _etapes(navigateur) -> str:
    return re.search(r"\d+ étapes? faites? sur \d+", navigateur.texte).group(0)


def _demande(entreprise, auteur, statut):
    demande = connecteurs_services.demande_creer(
        entreprise=entreprise,
        auteur=auteur,
        theme=theme("vente-en-ligne"),
        message="Nous voulons vendre en ligne.",
        partage_diagnostic=False,
        connecteurs=[ConnecteurFactory()],
    )
    Demande.objects.filter(pk=demande.pk).update(statut=statut)  # as the answers left it


def _dossier(entreprise, user, etat):
    dossier = dossier_brouillon(user=user, entreprise=entreprise, aide=AideFactory())
    type(dossier).objects.filter(pk=dossier.pk).update(etat=etat)


def _mon_espace(navigateur):
    navigateur.ouvrir("/")
    navigateur.cliquer("Mon espace")


def test_a_new_manager_ticks_her_first_steps_going_forward(client):
    charger_questionnaires()
    zoe = UserFactory(prenom="Zoé", nom="O'Neil", email="zoe@atelier.test")
    client.force_login(zoe)
    navigateur = Navigateur(client)
    _mon_espace(navigateur)
    assert "Vos premiers pas" in navigateur.texte
    assert _etapes(navigateur) == "0 étape faite sur 5"

    # her firm, by its SIRET
    navigateur.cliquer("Enregistrer mon entreprise")
    formulaire = navigateur.formulaire("Continuer")
    formulaire.remplir("Numéro SIRET de votre établissement", valid_siret(777))
    navigateur.envoyer(formulaire, "Continuer")
    formulaire = navigateur.formulaire("Enregistrer")
    formulaire.remplir("Nom", "Céramiques & Cie d'Armor")
    formulaire.remplir("Code postal", "29000")
    navigateur.envoyer(formulaire, "Enregistrer")
    assert zoe.entreprises.filter(nom="Céramiques & Cie d'Armor").exists()
    _mon_espace(navigateur)
    assert _etapes(navigateur) == "1 étape faite sur 5"
    assert "Nos recommandations pour Céramiques & Cie d'Armor" in navigateur.texte

    # the diagnostic, for her firm: her recommendations follow from it
    commencer(navigateur, "Maturité numérique de votre entreprise")
    resultat, _ = repondre_en_avancant(navigateur, meilleures_reponses)
    assert resultat.entreprise.nom == "Céramiques & Cie d'Armor"
    _mon_espace(navigateur)
    assert _etapes(navigateur) == "3 étapes faites sur 5"

    # a simulation of her aids, which the portal does not keep, still counts
    navigateur.cliquer("Simuler mes aides")
    formulaire = navigateur.formulaire("Simuler")
    formulaire.remplir("Effectif (personnes)", "4")
    formulaire.remplir("Création de site internet (€ HT)", "12 000")
    navigateur.envoyer(formulaire, "Simuler")
    assert not navigateur.erreurs()
    _mon_espace(navigateur)
    assert _etapes(navigateur) == "4 étapes faites sur 5"
    assert "Contacter un connecteur" in navigateur.texte


def test_each_service_says_what_waits_there_and_the_checklist_goes_once_done(client):
    zoe = UserFactory(email="zoe@atelier.test")
    atelier = EntrepriseFactory(gestionnaires=[zoe])
    _dossier(atelier, zoe, EtatDossier.BROUILLON)
    _demande(atelier, zoe, StatutDemande.EN_ATTENTE)
    _demande(atelier, zoe, StatutDemande.PRISE_EN_CHARGE)
    _demande(atelier, zoe, StatutDemande.TERMINEE)
    autre = UserFactory(email="autre@ailleurs.test")
    _dossier(EntrepriseFactory(gestionnaires=[autre]), autre, EtatDossier.INCOMPLET)
    client.force_login(zoe)
    navigateur = Navigateur(client)
    _mon_espace(navigateur)
    texte = navigateur.texte
    assert "Mes demandes aux connecteurs" in texte and "2 demandes en cours" in texte
    assert "Mes demandes d'aide" in texte and "1 dossier à compléter" in texte
    # recommendations come before the services, the deletion of the account apart and last
    assert texte.index("Nos recommandations") < texte.index("Mes services")
    assert texte.index("Mes services") < texte.index("Zone de danger")
    assert texte.index("Zone de danger") < texte.index("Supprimer mon compte")
    assert texte.count("Supprimer mon compte") == 1
    assert _etapes(navigateur) == "3 étapes faites sur 5"  # firm, request, aid file

    from diagnostic.models import Resultat

    with pytest.raises(Resultat.DoesNotExist):
        Resultat.objects.get(user=zoe)


def test_staff_see_their_services_without_a_checklist(client):
    from croissance.comptes.enums import Role

    instructeur = UserFactory(role=Role.INSTRUCTEUR, email="ines@region.test")
    client.force_login(instructeur)
    navigateur = Navigateur(client)
    _mon_espace(navigateur)
    assert "Vos premiers pas" not in navigateur.texte
    assert "Dossiers d'aide à instruire" in navigateur.texte
    assert "Zone de danger" in navigateur.texte


def test_my_space_reads_a_few_queries_whatever_the_history(django_assert_max_num_queries):
    zoe = UserFactory(email="zoe@atelier.test")
    atelier = EntrepriseFactory(gestionnaires=[zoe])
    for _ in range(5):
        _dossier(atelier, zoe, EtatDossier.BROUILLON)
        _demande(atelier, zoe, StatutDemande.EN_ATTENTE)
    client = Client()
    client.force_login(zoe)
    with django_assert_max_num_queries(45):
        assert client.get("/mon-espace/").status_code == 200
