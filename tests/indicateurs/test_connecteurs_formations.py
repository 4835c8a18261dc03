from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from connecteurs.models import Demande, Reponse
from croissance.indicateurs import selectors
from croissance.indicateurs.registry import Perimetre
from croissance.referentiels.models import Theme
from formations.models import Annonce, Avis, Echange, MembreBourse
from tests.connecteurs.factories import CandidatureFactory, ConnecteurFactory
from tests.factories import EntrepriseFactory
from tests.formations.factories import InscriptionFactory

pytestmark = pytest.mark.django_db


def _tableau(sections, section, tableau):
    return selectors.trouver_tableau(sections, section, tableau)


def _demande(code_postal="29000", statut="en_attente", etat="envoyee", connecteur=None):
    demande = Demande.objects.create(
        entreprise=EntrepriseFactory(code_postal=code_postal),
        theme=Theme.objects.get(slug="vente-en-ligne"),
        message="Besoin d'une boutique",
        statut=statut,
        cree_le=timezone.now(),
    )
    Reponse.objects.create(demande=demande, connecteur=connecteur or ConnecteurFactory(), etat=etat)
    return demande


def _connecteurs_data():
    ConnecteurFactory(regions=["53"])
    ConnecteurFactory(regions=["53"], labellise=True)
    ConnecteurFactory(regions=["76"], labellise=True)
    ConnecteurFactory(national=True, regions=["11"])
    ConnecteurFactory(non_signe=True, regions=["53"])
    CandidatureFactory(etat="soumise", connecteur=ConnecteurFactory(regions=["76"]))
    _demande(statut="prise_en_charge", etat="prise_en_charge")
    _demande(statut="sans_suite", etat="pas_pour_moi")
    _demande(code_postal="31000", statut="terminee", etat="terminee_aidee")


def test_connecteurs_by_tier_region_label_pipeline_and_requests():
    _connecteurs_data()
    sections = selectors.calculer(Perimetre())
    niveau = _tableau(sections, "connecteurs", "par-niveau")["lignes"]
    # 4 + one candidate + 3 answering connecteurs (Bretagne, signatory); not the unsigned one.
    assert niveau[0][:2] == ["Connecteur signataire", 6]
    assert niveau[1][:2] == ["Connecteur labellisé", 2]
    region = _tableau(sections, "connecteurs", "par-region")["lignes"]
    assert ["Bretagne", 4, 1, 5] in region
    assert ["Occitanie", 1, 1, 2] in region
    assert region[-1] == ["National", 1, 0, 1]
    filiere = _tableau(sections, "connecteurs", "filiere-label")["lignes"]
    assert ["Soumise", 1, 100.0] in filiere
    statuts = _tableau(sections, "connecteurs", "demandes-par-statut")["lignes"]
    assert [ligne[1] for ligne in statuts] == [0, 1, 1, 1]
    issues = {ligne[0]: ligne[1] for ligne in _tableau(sections, "connecteurs", "issues")["lignes"]}
    assert issues["Pas pour moi"] == 1 and issues["Terminée – entreprise aidée"] == 1
    par_region = _tableau(sections, "connecteurs", "demandes-par-region")["lignes"]
    assert par_region == [["Bretagne", 2, 1, 1], ["Occitanie", 1, 1, 0]]


def test_connecteurs_region_perimeter_for_instructeurs():
    _connecteurs_data()
    sections = selectors.calculer(Perimetre(regions=("76",)))
    par_region = _tableau(sections, "connecteurs", "demandes-par-region")["lignes"]
    assert par_region == [["Occitanie", 1, 1, 0]]
    region = _tableau(sections, "connecteurs", "par-region")["lignes"]
    assert [ligne[0] for ligne in region] == ["Occitanie", "National"]
    statuts = _tableau(sections, "connecteurs", "demandes-par-statut")["lignes"]
    assert sum(ligne[1] for ligne in statuts) == 1


def _membre(code_postal):
    return MembreBourse.objects.create(
        entreprise=EntrepriseFactory(code_postal=code_postal), charte_acceptee_le=timezone.now()
    )


def _echange(offreur, receveur, heures, etat="termine"):
    annonce = Annonce.objects.create(
        membre=offreur,
        sens="offre",
        titre="Boutique en ligne",
        description="Réglages",
        heures=heures,
        modalite="distance",
        region_id="53",
    )
    return Echange.objects.create(
        annonce=annonce,
        offreur=offreur,
        receveur=receveur,
        propose_par=receveur,
        salarie="Yann Kerjean",
        heures=heures,
        etat=etat,
    )


def _formations_data():
    confirmee = InscriptionFactory(confirmee=True)
    InscriptionFactory()
    occitane = InscriptionFactory(confirmee=True, entreprise=EntrepriseFactory(code_postal="31000"))
    Avis.objects.create(inscription=confirmee, formation=confirmee.session.formation, note=5)
    Avis.objects.create(inscription=occitane, formation=occitane.session.formation, note=2)
    breton, breton2, occitan = _membre("29000"), _membre("35000"), _membre("31000")
    _echange(breton, occitan, Decimal("3"))
    _echange(breton2, breton, Decimal("1.5"))
    _echange(occitan, breton, Decimal("10"), etat="accepte")


def test_formations_enrolments_ratings_and_time_bank_hours():
    _formations_data()
    sections = selectors.calculer(Perimetre())
    periode = _tableau(sections, "formations", "inscriptions-par-periode")
    assert periode["colonnes"][2:] == ["Demandée", "Confirmée", "Refusée", "Annulée"]
    assert [ligne[1:] for ligne in periode["lignes"]] == [[3, 1, 2, 0, 0]]
    region = _tableau(sections, "formations", "inscriptions-par-region")["lignes"]
    assert region == [["Bretagne", 2, 1, 1, 0, 0], ["Occitanie", 1, 0, 1, 0, 0]]
    notes = _tableau(sections, "formations", "notes")["lignes"]
    assert notes == [["Bretagne", 1, 5.0], ["Occitanie", 1, 2.0], ["Ensemble", 2, 3.5]]
    heures = _tableau(sections, "formations", "banque-de-temps")["lignes"]
    assert heures == [
        ["Bretagne", "4.50", "1.50"],
        ["Occitanie", "0.00", "3.00"],
        ["France entière", "4.50", "4.50"],
    ]


def test_formations_region_perimeter():
    _formations_data()
    sections = selectors.calculer(Perimetre(regions=("76",)))
    region = _tableau(sections, "formations", "inscriptions-par-region")["lignes"]
    assert region == [["Occitanie", 1, 0, 1, 0, 0]]
    assert _tableau(sections, "formations", "notes")["lignes"] == [
        ["Occitanie", 1, 2.0],
        ["Ensemble", 1, 2.0],
    ]
    heures = _tableau(sections, "formations", "banque-de-temps")["lignes"]
    assert heures == [["Occitanie", "0.00", "3.00"]]


@pytest.mark.parametrize("taille", [1, 6])
def test_fixed_number_of_queries(taille, django_assert_num_queries):
    for _ in range(taille):
        _connecteurs_data()
        _formations_data()
    from croissance.indicateurs.registry import sections as toutes

    calculs = {s.slug: s.calculer for s in toutes()}
    with django_assert_num_queries(7):
        calculs["connecteurs"](Perimetre())
    with django_assert_num_queries(7):
        calculs["formations"](Perimetre())
    with django_assert_num_queries(7):
        calculs["connecteurs"](Perimetre(regions=("53",)))


def test_instructeur_csv_of_these_sections_is_restricted_to_its_region(
    client, instructeur_bretagne, mission_marc
):
    _connecteurs_data()
    _formations_data()
    client.force_login(instructeur_bretagne)
    demandes = reverse("indicateurs:export_csv", args=["connecteurs", "demandes-par-region"])
    body = client.get(demandes).content.decode("utf-8-sig")
    assert "Bretagne;2;1;1" in body and "Occitanie" not in body
    assert client.get(demandes, {"region": "76"}).status_code == 404
    inscriptions = reverse("indicateurs:export_csv", args=["formations", "inscriptions-par-region"])
    body = client.get(inscriptions).content.decode("utf-8-sig")
    assert "Bretagne;2;1;1;0;0" in body and "Occitanie" not in body
    assert client.get(inscriptions, {"region": "76"}).status_code == 404
    content = client.get(reverse("indicateurs:tableau_de_bord")).content.decode()
    assert "Réseau des connecteurs et mises en relation" in content
    assert "Formations et banque de temps" in content
    client.force_login(mission_marc)
    body = client.get(inscriptions, {"region": "76"}).content.decode("utf-8-sig")
    assert "Occitanie;1;0;1;0;0" in body and "Bretagne" not in body
