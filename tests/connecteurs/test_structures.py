"""A structure is a real organisation: its SIRET is checked, unique and historised, the
conflict check remembers its former SIRETs, and it is never created twice."""

from html import unescape

import pytest
from django.contrib.admin.sites import site
from django.core import mail
from django.test import RequestFactory
from django.urls import reverse

from aides.enums import DECLARATION_SANS_INTERET, EtatDossier
from connecteurs.models import Connecteur, HistoriqueSiret
from croissance.entreprises.models import EtablissementSirene
from croissance.referentiels.models import Theme
from tests.aides.factories import AideFactory, connecteur_labellise, dossier_depose
from tests.connecteurs.factories import ConnecteurFactory
from tests.factories import EntrepriseFactory, UserFactory
from tests.parcours import Navigateur

pytestmark = pytest.mark.django_db

SIRET_VALIDE = "73282932000074"
AUTRE_SIRET = "55210055400013"


@pytest.fixture
def librairie(pme_alice):
    return EntrepriseFactory(gestionnaires=[pme_alice], nom="Librairie des Mots", naf_id="47.61Z")


def _profil(client, user) -> Navigateur:
    client.force_login(user)
    navigateur = Navigateur(client)
    navigateur.ouvrir(reverse("connecteurs:profil_modifier"))
    return navigateur


def _changer_siret(navigateur, siret):
    formulaire = navigateur.formulaire("Enregistrer le profil")
    formulaire.remplir("SIRET", siret)
    navigateur.envoyer(formulaire, "Enregistrer le profil")


def _structure(user, **kwargs):
    structure = ConnecteurFactory(membres=[user], **kwargs)
    structure.themes.set(Theme.objects.all()[:1])
    return structure


class TestSiret:
    def test_a_wrong_key_is_refused_in_french(self, client, connecteur_claire):
        structure = _structure(connecteur_claire, nom="CCI du Finistère")
        navigateur = _profil(client, connecteur_claire)
        _changer_siret(navigateur, "73282932000075")
        assert any("clé de contrôle" in erreur for erreur in navigateur.erreurs())
        structure.refresh_from_db()
        assert structure.siret == ""

    def test_a_siret_the_registry_does_not_list_is_refused(self, client, connecteur_claire):
        EtablissementSirene.objects.create(siret="73282932000033", siren="732829320")
        _structure(connecteur_claire)
        navigateur = _profil(client, connecteur_claire)
        _changer_siret(navigateur, SIRET_VALIDE)
        assert any("n'existe pas dans le répertoire SIRENE" in e for e in navigateur.erreurs())
        EtablissementSirene.objects.create(siret=SIRET_VALIDE, siren="732829320")
        _changer_siret(navigateur, SIRET_VALIDE)
        assert navigateur.erreurs() == []
        assert Connecteur.objects.get(membres=connecteur_claire).siret == SIRET_VALIDE

    def test_two_structures_never_share_a_siret(self, client, connecteur_claire):
        ConnecteurFactory(nom="Chambre d'Armor", siret=SIRET_VALIDE)
        _structure(connecteur_claire)
        navigateur = _profil(client, connecteur_claire)
        _changer_siret(navigateur, SIRET_VALIDE)
        assert "Une structure du réseau porte déjà ce SIRET" in navigateur.texte
        assert Connecteur.objects.filter(siret=SIRET_VALIDE).count() == 1

    def test_each_change_is_recorded_and_shown_to_the_referent_only(
        self, client, connecteur_claire
    ):
        collegue = UserFactory(connecteur=True, email="loic@cci.test", prenom="Loïc")
        structure = _structure(connecteur_claire, siret=SIRET_VALIDE)
        structure.membre_set.create(user=collegue)
        navigateur = _profil(client, connecteur_claire)
        _changer_siret(navigateur, AUTRE_SIRET)
        assert navigateur.erreurs() == []
        changement = HistoriqueSiret.objects.get(connecteur=structure)
        assert (changement.ancien, changement.nouveau) == (SIRET_VALIDE, AUTRE_SIRET)
        assert changement.auteur == connecteur_claire
        navigateur.ouvrir(reverse("connecteurs:membres"))
        assert "Historique du SIRET" in navigateur.texte
        assert SIRET_VALIDE in navigateur.texte and AUTRE_SIRET in navigateur.texte
        client.force_login(collegue)
        page = client.get(reverse("connecteurs:membres")).content.decode()
        assert "Historique du SIRET" not in page

    def test_a_change_in_the_admin_is_recorded_too(self, mission_marc):
        structure = ConnecteurFactory(siret=SIRET_VALIDE)
        admin = site._registry[Connecteur]
        requete = RequestFactory().post("/")
        requete.user = mission_marc
        structure.siret = AUTRE_SIRET
        admin.save_model(requete, structure, form=None, change=True)
        changement = HistoriqueSiret.objects.get(connecteur=structure)
        assert (changement.ancien, changement.nouveau, changement.auteur) == (
            SIRET_VALIDE,
            AUTRE_SIRET,
            mission_marc,
        )
        # read-only in the admin, for the mission too
        assert not admin.inlines[-1](Connecteur, site).has_change_permission(requete, structure)

    def test_the_admin_form_checks_the_siret(self, client, mission_marc):
        structure = ConnecteurFactory(siret=SIRET_VALIDE)
        client.force_login(mission_marc)
        url = reverse("admin:connecteurs_connecteur_change", args=[structure.pk])
        assert client.get(url).status_code == 200
        requete = RequestFactory().get(url)
        requete.user = mission_marc
        form = site._registry[Connecteur].get_form(requete, structure)
        erreurs = form(data={"siret": "73282932000075"}, instance=structure).errors["siret"]
        assert "clé de contrôle" in str(erreurs)


class TestConflitApresChangementDeSiret:
    def test_a_supplier_that_changes_its_siret_before_prevalidating_is_still_refused(
        self, client, pme_alice, librairie, connecteur_claire
    ):
        # the file's quote names 350 000 006 02044: another establishment of the structure
        cci = connecteur_labellise(connecteur_claire, siret="35000000600010")
        cci.themes.set(Theme.objects.all()[:1])
        dossier = dossier_depose(
            user=pme_alice, entreprise=librairie, aide=AideFactory(), connecteur=cci
        )
        navigateur = _profil(client, connecteur_claire)
        _changer_siret(navigateur, SIRET_VALIDE)
        cci.refresh_from_db()
        assert cci.siret == SIRET_VALIDE
        url = reverse("aides:accompagnement_dossier", args=[dossier.pk])
        navigateur.ouvrir(url)
        assert "Votre structure est le prestataire d'un devis de ce dossier" in navigateur.texte
        assert "Pré-valider le dossier" not in navigateur.texte
        # a request sent anyway is refused
        reponse = client.post(url, {"declaration_sans_interet": "on"})
        assert reponse.status_code == 400
        assert "prestataire d'un devis de ce dossier" in unescape(reponse.content.decode())
        dossier.refresh_from_db()
        assert dossier.etat == EtatDossier.DEPOSE and dossier.sans_interet_texte == ""


class TestDeclarationSansInteret:
    def test_who_when_and_the_exact_text_reach_the_instructeur(
        self, client, pme_alice, librairie, connecteur_claire, instructeur_bretagne
    ):
        connecteur_claire.nom = "Le Goff"
        connecteur_claire.save()
        cci = connecteur_labellise(connecteur_claire)
        dossier = dossier_depose(
            user=pme_alice, entreprise=librairie, aide=AideFactory(), connecteur=cci
        )
        client.force_login(connecteur_claire)
        navigateur = Navigateur(client)
        navigateur.ouvrir(reverse("aides:accompagnement_dossier", args=[dossier.pk]))
        formulaire = navigateur.formulaire("Pré-valider le dossier")
        formulaire.cocher(DECLARATION_SANS_INTERET)
        navigateur.envoyer(formulaire, "Pré-valider le dossier")
        dossier.refresh_from_db()
        assert dossier.etat == EtatDossier.PREVALIDE
        assert dossier.sans_interet_declare_par == connecteur_claire
        assert dossier.sans_interet_declare_le is not None
        assert dossier.sans_interet_texte == DECLARATION_SANS_INTERET
        client.force_login(instructeur_bretagne)
        navigateur.ouvrir(reverse("aides:instruction_dossier", args=[dossier.pk]))
        assert "Déclaration d'absence d'intérêt, faite par Claire Le Goff" in navigateur.texte
        assert DECLARATION_SANS_INTERET in navigateur.texte


class TestPasDeDoublon:
    def _creer(self, client, user, **donnees):
        client.force_login(user)
        data = {"type_acteur": "cci", "regions": ["53"], "themes": ["competences"], **donnees}
        return client.post(reverse("connecteurs:profil_modifier"), data)

    def test_the_same_siret_proposes_to_join_the_existing_structure(self, client):
        existante = ConnecteurFactory(nom="CCI du Finistère", siret=SIRET_VALIDE)
        nouveau = UserFactory(connecteur=True, email="nolwenn@cci.test")
        reponse = self._creer(client, nouveau, nom="CCI Finistère", siret=SIRET_VALIDE)
        page = reponse.content.decode()
        assert "Cette structure existe déjà" in page and "Demander à rejoindre" in page
        assert reverse("connecteurs:rejoindre", args=[existante.pk]) in page
        assert Connecteur.objects.count() == 1

    def test_the_same_name_in_the_same_departement_accents_and_capitals_aside(self, client):
        existante = ConnecteurFactory(nom="Chambre des Métiers d'Élorn")
        existante.departements.set(["29"])
        nouveau = UserFactory(connecteur=True, email="nolwenn@cma.test")
        reponse = self._creer(
            client, nouveau, nom="CHAMBRE DES METIERS D'ELORN", departements=["29"]
        )
        assert "Cette structure existe déjà" in reponse.content.decode()
        assert Connecteur.objects.count() == 1
        # the same name elsewhere is another structure
        reponse = self._creer(
            client, nouveau, nom="CHAMBRE DES METIERS D'ELORN", departements=["56"]
        )
        assert reponse.status_code == 302
        assert Connecteur.objects.count() == 2
        assert not mail.outbox


@pytest.mark.parametrize("arrivees", [1, 8])
def test_the_members_page_reads_as_many_queries_whatever_the_members(
    client, connecteur_claire, arrivees, django_assert_max_num_queries
):
    from connecteurs import membres

    structure = ConnecteurFactory(nom="CCI d'Armor & Trégor")
    membres.premier_membre(connecteur=structure, user=connecteur_claire)
    for numero in range(arrivees):
        nouveau = UserFactory(connecteur=True, email=f"arrivee{numero}@cci.test")
        demande = membres.adhesion_demander(connecteur=structure, demandeur=nouveau)
        membres.adhesion_decider(demande=demande, auteur=connecteur_claire, accepter=True)
        UserFactory(connecteur=True, email=f"attente{numero}@cci.test")
    for numero in range(arrivees):
        en_attente = UserFactory(connecteur=True, email=f"candidat{numero}@cci.test")
        membres.adhesion_demander(connecteur=structure, demandeur=en_attente)
    client.force_login(connecteur_claire)
    client.get(reverse("connecteurs:membres"))
    with django_assert_max_num_queries(14):
        page = client.get(reverse("connecteurs:membres")).content.decode()
    assert page.count("arrivee") >= arrivees and "candidat0@cci.test" in page
