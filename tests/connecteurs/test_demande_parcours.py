"""A manager's request to connecteurs, through the pages, forward only: the second step
(« Vérifier et envoyer ») shows who will receive it and why; what is sent is what was shown,
less the connecteurs the manager removed; a list that changed in between is shown again."""

from decimal import Decimal

import pytest
from django.core import mail
from django.urls import reverse

from connecteurs.models import Demande
from connecteurs.propositions import AUCUN_GARDE, LISTE_CHANGEE
from tests.connecteurs.factories import ConnecteurFactory
from tests.factories import EntrepriseFactory
from tests.navigateur import Page

pytestmark = pytest.mark.django_db

ATELIER = "L'Atelier d'Élise & Fils"
MESSAGE = (
    'Bonjour, nous voulons un « vrai » site marchand : notre devis "boutique" date de 2023.\n'
    "L'équipe d'Élise"
)
NOUVELLE_DEMANDE = "Nouvelle demande d'une entreprise : {}"


@pytest.fixture
def atelier(pme_alice):
    """A 12-person metalwork shop in Quimper (Finistère, Bretagne)."""
    return EntrepriseFactory(
        gestionnaires=[pme_alice], nom=ATELIER, naf_id="25.62B", effectif=12, code_postal="29000"
    )


def _connecteur(nom, *, regions=("53",), departements=(), **kwargs):
    email = nom.lower().replace(" ", "-").replace("'", "") + "@connecteur.test"
    connecteur = ConnecteurFactory(nom=nom, email_contact=email, regions=list(regions), **kwargs)
    connecteur.departements.set(departements)
    return connecteur


@pytest.fixture
def reseau(db):
    """Four connecteurs fit a request on online sales; the first three (labelled first, then
    best rated, then by name) are proposed. Two others do not fit at all."""
    cci = _connecteur("CCI du Finistère", labellise=True, themes=["vente-en-ligne"])
    kerbrat = _connecteur(
        "Cabinet Kerbrat",
        themes=["vente-en-ligne", "presence-en-ligne"],
        note_moyenne=Decimal("4.50"),
        nombre_avis=3,
        cible_effectif_min=5,
        cible_effectif_max=49,
    )
    mediatheque = _connecteur(
        "Médiathèque de Quimper",
        themes=["vente-en-ligne", "competences"],
        departements=["29"],
    )
    mediatheque.regions.clear()
    return {
        "cci": cci,
        "kerbrat": kerbrat,
        "mediatheque": mediatheque,
        "atlantique": _connecteur(
            "Numérique Atlantique",
            regions=["52"],
            national=True,
            themes=["vente-en-ligne", "cybersecurite"],
        ),
        "occitanie": _connecteur("Connecteur d'Occitanie", regions=["76"]),
        "cyber": _connecteur("Cyber Armor", themes=["cybersecurite"]),
    }


def _recus(connecteur) -> list:
    return [m for m in mail.outbox if connecteur.email_contact in m.to]


def _demande_depuis_mon_espace(client, pme_alice) -> Page:
    client.force_login(pme_alice)
    page = Page.ouvrir(client, reverse("espace"))
    page = page.suivre(client, "Mes demandes aux connecteurs")
    return page.suivre(client, "Faire une nouvelle demande")


def _verifier(client, page, besoin="Vente en ligne", message=MESSAGE) -> Page:
    formulaire = page.formulaire("Vérifier avant l'envoi")
    formulaire.choisir("Votre besoin", besoin).remplir("Votre message", message)
    formulaire.cocher("J'accepte de partager mon dernier diagnostic numérique")
    return formulaire.soumettre(client)


def test_from_mon_espace_the_request_reaches_exactly_the_connecteurs_kept(
    client, pme_alice, atelier, reseau, django_capture_on_commit_callbacks
):
    page = _verifier(client, _demande_depuis_mon_espace(client, pme_alice))

    assert "Vérifier et envoyer Étape 2 sur 2" in page.texte
    assert f"Entreprise : {ATELIER}" in page.texte
    assert "« vrai » site marchand : notre devis \"boutique\" date de 2023. L'équipe d'Élise" in (
        page.texte
    )
    envoi = page.formulaire("Envoyer ma demande")
    assert envoi.coches() == [
        "Envoyer à CCI du Finistère",
        "Envoyer à Cabinet Kerbrat",
        "Envoyer à Médiathèque de Quimper",
    ]
    for raison in (
        "Accompagne sur votre besoin : Vente en ligne",
        "Intervient dans votre région (Bretagne)",
        "Connecteur labellisé",
        "Accompagne les entreprises de 5 à 49 personnes, comme la vôtre",
        "Note 4,5/5 (3 avis publiés)",
        "Intervient dans votre département (Finistère)",
    ):
        assert raison in page.texte
    for absent in ("Numérique Atlantique", "Connecteur d'Occitanie", "Cyber Armor"):
        assert absent not in page.texte

    envoi.decocher("Envoyer à Cabinet Kerbrat")
    with django_capture_on_commit_callbacks(execute=True):
        page = envoi.soumettre(client)

    demande = Demande.objects.get()
    assert page.url == reverse("connecteurs:ma_demande", args=[demande.pk])
    assert "Votre demande est envoyée à CCI du Finistère et Médiathèque de Quimper." in page.texte
    assert "Envoyée à 2 connecteurs" in page.texte
    assert demande.message == MESSAGE
    assert demande.entreprise == atelier and demande.partage_diagnostic
    reponses = {r.connecteur_id: r for r in demande.reponses.all()}
    assert set(reponses) == {reseau["cci"].pk, reseau["mediatheque"].pk}
    for cle in ("cci", "mediatheque"):
        (courriel,) = _recus(reseau[cle])
        assert courriel.subject == NOUVELLE_DEMANDE.format("Vente en ligne")
        lien = reverse("connecteurs:demande", args=[reponses[reseau[cle].pk].pk])
        assert lien in courriel.body
    for cle in ("kerbrat", "atlantique", "occitanie", "cyber"):
        assert _recus(reseau[cle]) == []
    (confirmation,) = [m for m in mail.outbox if m.to == [pme_alice.email]]
    assert "- CCI du Finistère\n- Médiathèque de Quimper\n" in confirmation.body
    assert "Kerbrat" not in confirmation.body
    assert len(mail.outbox) == 3


def test_a_need_changed_before_sending_reaches_the_connecteurs_shown_for_it(
    client, pme_alice, atelier, reseau, django_capture_on_commit_callbacks
):
    page = _verifier(client, _demande_depuis_mon_espace(client, pme_alice))
    assert "Envoyer à CCI du Finistère" in page.formulaire("Envoyer ma demande").coches()

    page = page.formulaire("Modifier ma demande").soumettre(client)
    assert "Étape 1 sur 2" in page.texte
    page = _verifier(client, page, besoin="Cybersécurité", message="Un « rançongiciel » ?")
    envoi = page.formulaire("Envoyer ma demande")
    assert envoi.coches() == ["Envoyer à Cyber Armor", "Envoyer à Numérique Atlantique"]
    with django_capture_on_commit_callbacks(execute=True):
        page = envoi.soumettre(client)

    assert "Votre demande est envoyée à Cyber Armor et Numérique Atlantique." in page.texte
    assert Demande.objects.get().theme_id == "cybersecurite"
    assert [m.subject for m in _recus(reseau["cyber"])] == [
        NOUVELLE_DEMANDE.format("Cybersécurité")
    ]
    assert len(_recus(reseau["atlantique"])) == 1
    for cle in ("cci", "kerbrat", "mediatheque", "occitanie"):
        assert _recus(reseau[cle]) == []


def test_a_list_that_changed_since_it_was_shown_is_shown_again_and_nothing_is_sent(
    client, pme_alice, atelier, reseau, django_capture_on_commit_callbacks
):
    page = _verifier(client, _demande_depuis_mon_espace(client, pme_alice))
    envoi = page.formulaire("Envoyer ma demande").decocher("Envoyer à Cabinet Kerbrat")
    # meanwhile a labelled structure joins: it now comes before the médiathèque
    nouveau = _connecteur("Bretagne Commerce Numérique", labellise=True)

    with django_capture_on_commit_callbacks(execute=True):
        page = envoi.soumettre(client)

    assert LISTE_CHANGEE in page.texte
    assert not Demande.objects.exists() and mail.outbox == []
    envoi = page.formulaire("Envoyer ma demande")
    assert envoi.libelles("checkbox") == [
        "Envoyer à Bretagne Commerce Numérique",
        "Envoyer à CCI du Finistère",
        "Envoyer à Cabinet Kerbrat",
    ]
    # the new one comes ticked, the one the manager removed stays removed
    assert envoi.coches() == [
        "Envoyer à Bretagne Commerce Numérique",
        "Envoyer à CCI du Finistère",
    ]

    with django_capture_on_commit_callbacks(execute=True):
        page = envoi.soumettre(client)

    assert "Votre demande est envoyée à Bretagne Commerce Numérique et CCI du Finistère." in (
        page.texte
    )
    assert len(_recus(nouveau)) == len(_recus(reseau["cci"])) == 1
    for cle in ("kerbrat", "mediatheque", "atlantique"):
        assert _recus(reseau[cle]) == []


def test_a_connecteur_that_no_longer_fits_is_never_sent_the_request(
    client, pme_alice, atelier, reseau
):
    page = _verifier(client, _demande_depuis_mon_espace(client, pme_alice))
    envoi = page.formulaire("Envoyer ma demande")
    reseau["cci"].regions.set(["76"])  # it now serves Occitanie only

    page = envoi.soumettre(client)

    assert LISTE_CHANGEE in page.texte
    assert not Demande.objects.exists()
    assert "Envoyer à CCI du Finistère" not in page.formulaire("Envoyer ma demande").coches()


def test_a_connecteur_added_by_hand_to_the_form_is_refused(client, pme_alice, atelier, reseau):
    page = _verifier(client, _demande_depuis_mon_espace(client, pme_alice))
    envoi = page.formulaire("Envoyer ma demande")
    donnees = envoi.donnees()
    donnees["gardes"].append(str(reseau["atlantique"].pk))  # eligible, but never shown

    response = client.post(envoi.action, donnees)

    assert response.status_code == 200
    assert LISTE_CHANGEE in Page(response).texte
    assert not Demande.objects.exists()


def test_removing_every_connecteur_sends_nothing(client, pme_alice, atelier, reseau):
    page = _verifier(client, _demande_depuis_mon_espace(client, pme_alice))
    envoi = page.formulaire("Envoyer ma demande")
    for libelle in envoi.coches():
        envoi.decocher(libelle)

    page = envoi.soumettre(client)

    assert AUCUN_GARDE in page.texte
    assert page.formulaire("Envoyer ma demande").coches() == []
    assert not Demande.objects.exists()


def test_a_need_no_connecteur_covers_stays_on_the_first_step(client, pme_alice, atelier, reseau):
    page = _verifier(client, _demande_depuis_mon_espace(client, pme_alice), besoin="Financement")

    assert "Étape 1 sur 2" in page.texte
    assert "Aucun connecteur ne correspond encore à ce besoin et à votre territoire" in page.texte
    assert not Demande.objects.exists()


def test_from_the_directory_the_request_goes_to_the_connecteur_chosen_only(
    client, pme_alice, atelier, reseau, django_capture_on_commit_callbacks
):
    client.force_login(pme_alice)
    page = Page.ouvrir(client, reverse("espace")).suivre(client, "Trouver un connecteur")
    page = page.suivre(client, "Cabinet Kerbrat").suivre(client, "Contacter ce connecteur")
    page = _verifier(client, page)

    envoi = page.formulaire("Envoyer ma demande")
    assert envoi.coches() == ["Envoyer à Cabinet Kerbrat"]
    assert "Vous l'avez choisi sur sa fiche de l'annuaire" in page.texte
    assert "Note 4,5/5 (3 avis publiés)" in page.texte
    with django_capture_on_commit_callbacks(execute=True):
        page = envoi.soumettre(client)

    assert "Votre demande est envoyée à Cabinet Kerbrat." in page.texte
    demande = Demande.objects.get()
    assert demande.origine == "profil" and demande.message == MESSAGE
    assert [m.subject for m in _recus(reseau["kerbrat"])] == [
        NOUVELLE_DEMANDE.format("Vente en ligne")
    ]
    for cle in ("cci", "mediatheque", "atlantique", "occitanie", "cyber"):
        assert _recus(reseau[cle]) == []


@pytest.mark.parametrize("taille", [1, 20])
def test_the_check_step_has_a_fixed_query_count(
    client, pme_alice, atelier, django_assert_max_num_queries, taille
):
    for numero in range(taille):
        _connecteur(f"Connecteur {numero:02d}", cible_effectif_max=50).cible_sections.set(["C"])
    client.force_login(pme_alice)
    donnees = {
        "entreprise": atelier.pk,
        "theme": "vente-en-ligne",
        "message": MESSAGE,
        "etape": "verifier",
    }
    with django_assert_max_num_queries(12):
        response = client.post(reverse("connecteurs:mise_en_relation"), donnees)
    assert len(Page(response).formulaire("Envoyer ma demande").coches()) == min(taille, 3)
