from decimal import Decimal

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db.models import Sum
from django.urls import reverse
from django.utils import timezone
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase as HypothesisTestCase

from formations import bourse
from formations.enums import EtatEchange, SensAnnonce
from formations.models import Annonce, Ecriture, MembreBourse, Mouvement, ReglesBourse
from tests.factories import EntrepriseFactory, UserFactory

pytestmark = pytest.mark.django_db


def membre(user=None, heures_bienvenue=None):
    if heures_bienvenue is not None:
        ReglesBourse.objects.update_or_create(pk=1, defaults={"heures_bienvenue": heures_bienvenue})
    user = user or UserFactory()
    entreprise = EntrepriseFactory(gestionnaires=[user])
    return bourse.bourse_adherer(entreprise=entreprise, auteur=user, charte_acceptee=True)


def annonce(membre, sens=SensAnnonce.OFFRE, heures=Decimal("3")):
    return bourse.annonce_publier(
        annonce=Annonce(
            sens=sens,
            titre="Paramétrage d'une boutique en ligne",
            description="Installation et réglages",
            salarie="Yann Kerjean" if sens == SensAnnonce.OFFRE else "",
            heures=heures,
            modalite="distance",
            region_id="53",
        ),
        membre=membre,
        auteur=None,
    )


def echange_termine(offreur, receveur, heures, salarie="Yann Kerjean"):
    offre = annonce(offreur)
    echange = bourse.echange_proposer(
        annonce=offre, membre=receveur, heures=heures, salarie="", message="", auteur=None
    )
    bourse.echange_accepter(echange=echange, membre=offreur, auteur=None)
    bourse.echange_confirmer_heures(echange=echange, membre=receveur, auteur=None)
    return bourse.echange_confirmer_heures(echange=echange, membre=offreur, auteur=None)


def test_joining_needs_the_charter_and_grants_welcome_hours():
    entreprise = EntrepriseFactory()
    with pytest.raises(ValidationError, match="charte"):
        bourse.bourse_adherer(entreprise=entreprise, auteur=None, charte_acceptee=False)
    compte = membre(heures_bienvenue=Decimal("5"))
    assert bourse.solde(compte) == Decimal("5")
    assert bourse.heures_emises() == Decimal("5")
    assert Ecriture.objects.aggregate(total=Sum("heures"))["total"] == 0


def test_an_exchange_is_written_only_when_both_sides_confirm():
    offreur, receveur = membre(heures_bienvenue=Decimal("5")), membre()
    offre = annonce(offreur)
    echange = bourse.echange_proposer(
        annonce=offre, membre=receveur, heures=Decimal("3"), salarie="", message="", auteur=None
    )
    with pytest.raises(ValidationError, match="autre entreprise"):
        bourse.echange_accepter(echange=echange, membre=receveur, auteur=None)
    bourse.echange_accepter(echange=echange, membre=offreur, auteur=None)
    bourse.echange_confirmer_heures(echange=echange, membre=receveur, auteur=None)
    assert bourse.solde(receveur) == Decimal("5")
    with pytest.raises(ValidationError, match="déjà confirmé"):
        bourse.echange_confirmer_heures(echange=echange, membre=receveur, auteur=None)
    echange = bourse.echange_confirmer_heures(echange=echange, membre=offreur, auteur=None)
    assert echange.etat == EtatEchange.TERMINE
    assert (bourse.solde(offreur), bourse.solde(receveur)) == (Decimal("8"), Decimal("2"))
    assert [h.etat_apres for h in echange.historique.all()] == ["propose", "accepte", "termine"]


def test_floor_blocks_new_requests_with_a_french_message():
    ReglesBourse.objects.update_or_create(
        pk=1, defaults={"heures_bienvenue": Decimal("2"), "solde_plancher": Decimal("-1")}
    )
    offreur, receveur = membre(), membre()
    echange_termine(offreur, receveur, Decimal("4"))
    assert bourse.solde(receveur) == Decimal("-2")
    with pytest.raises(ValidationError) as error:
        annonce(receveur, sens=SensAnnonce.DEMANDE)
    assert "sous le plancher de −1 h" in error.value.messages[0]
    with pytest.raises(ValidationError, match="plancher"):
        bourse.echange_proposer(
            annonce=annonce(offreur), membre=receveur, heures=1, salarie="", message="", auteur=None
        )
    # Giving hours is still allowed, and restores the balance.
    annonce(receveur, sens=SensAnnonce.OFFRE)


def test_correction_is_a_reversing_entry_and_entries_are_never_edited():
    offreur, receveur = membre(heures_bienvenue=Decimal("5")), membre()
    echange = echange_termine(offreur, receveur, Decimal("3"))
    mouvement = echange.mouvement
    correction = bourse.mouvement_corriger(mouvement=mouvement, auteur=None, motif="Doublon")
    assert correction.corrige == mouvement
    assert (bourse.solde(offreur), bourse.solde(receveur)) == (Decimal("5"), Decimal("5"))
    assert Ecriture.objects.filter(mouvement=mouvement).count() == 2
    with pytest.raises(ValidationError, match="déjà été corrigé"):
        bourse.mouvement_corriger(mouvement=mouvement, auteur=None, motif="Encore")
    ecriture = mouvement.ecritures.first()
    ecriture.heures = Decimal("100")
    with pytest.raises(ValidationError):
        ecriture.save()
    with pytest.raises(ValidationError):
        ecriture.delete()
    with pytest.raises(ValidationError):
        mouvement.delete()


def test_yearly_report_counts_hours_given_per_employee(client):
    user = UserFactory()
    offreur, receveur, autre = membre(user, Decimal("5")), membre(), membre()
    echange_termine(offreur, receveur, Decimal("3"), salarie="Yann Kerjean")
    echange_termine(offreur, autre, Decimal("1.5"))
    echange_termine(receveur, offreur, Decimal("2"))
    lignes = list(bourse.heures_donnees_par_salarie(offreur, timezone.now().year))
    assert lignes == [{"salarie": "Yann Kerjean", "heures": Decimal("4.5"), "echanges": 2}]
    client.force_login(user)
    url = reverse("formations:bourse_rapport_csv", args=[offreur.entreprise_id])
    response = client.get(url, {"annee": timezone.now().year})
    content = response.content.decode("utf-8-sig")
    assert response["Content-Type"].startswith("text/csv")
    assert "Salarié;Nature;Heures;Nombre" in content
    assert "Yann Kerjean;Heures données (bourse de temps);4,50;2" in content


def test_yearly_report_adds_qualifying_training_hours(client, pme_alice):
    import datetime

    from tests.formations.factories import InscriptionFactory

    compte = membre(pme_alice, Decimal("5"))
    fin = timezone.localdate() - datetime.timedelta(days=1)
    InscriptionFactory(
        demandeur=pme_alice,
        entreprise=compte.entreprise,
        participant_nom="Morgane Le Bihan",
        confirmee=True,
        session__date_debut=fin,
        session__date_fin=fin,
        session__formation__duree_heures=21,
    )
    InscriptionFactory(demandeur=pme_alice, entreprise=compte.entreprise, session__passee=True)
    client.force_login(pme_alice)
    url = reverse("formations:bourse_rapport", args=[compte.entreprise_id])
    html = client.get(url, {"annee": fin.year}).content.decode()
    assert "Morgane Le Bihan" in html and "21 h" in html
    url = reverse("formations:bourse_rapport_csv", args=[compte.entreprise_id])
    content = client.get(url, {"annee": fin.year}).content.decode("utf-8-sig")
    assert "Morgane Le Bihan;Formation qualifiante;21,00;1" in content


def test_sme_sees_only_its_own_account(client, pme_alice, pme_bruno):
    compte_bruno = membre(pme_bruno, Decimal("5"))
    client.force_login(pme_alice)
    for name in ("bourse_compte", "bourse_rapport", "bourse_rapport_csv", "bourse_annonce_creer"):
        url = reverse(f"formations:{name}", args=[compte_bruno.entreprise_id])
        assert client.get(url).status_code == 404, name
    offreur = membre(heures_bienvenue=Decimal("5"))
    echange = echange_termine(offreur, compte_bruno, Decimal("1"))
    assert client.get(reverse("formations:bourse_echange", args=[echange.pk])).status_code == 404
    url = reverse("formations:bourse_echange_action", args=[echange.pk, "confirmer"])
    assert client.post(url).status_code == 404


@pytest.mark.parametrize("user_fixture", ["connecteur_claire", "instructeur_bretagne"])
def test_time_bank_is_for_smes(client, request, user_fixture):
    client.force_login(request.getfixturevalue(user_fixture))
    assert client.get(reverse("formations:bourse")).status_code == 403


def test_join_from_the_account_page(client, pme_alice, entreprise_alice):
    client.force_login(pme_alice)
    url = reverse("formations:bourse_compte", args=[entreprise_alice.pk])
    assert "Charte de la bourse de temps" in client.get(url).content.decode()
    adherer = reverse("formations:bourse_adherer", args=[entreprise_alice.pk])
    response = client.post(adherer, {})
    assert "Acceptez la charte" in response.content.decode()
    client.post(adherer, {"charte_acceptee": "on"})
    assert MembreBourse.objects.filter(entreprise=entreprise_alice).exists()


@pytest.mark.parametrize("nombre", [1, 15])
def test_account_and_list_query_counts(client, django_assert_max_num_queries, nombre):
    user = UserFactory()
    compte = membre(user, Decimal("50"))
    for _ in range(nombre):
        echange_termine(membre(), compte, Decimal("1"))
        annonce(membre())
    client.force_login(user)
    with django_assert_max_num_queries(12):
        url = reverse("formations:bourse_compte", args=[compte.entreprise_id])
        assert client.get(url).status_code == 200
    with django_assert_max_num_queries(10):
        assert client.get(reverse("formations:bourse")).status_code == 200


# Property-based: any sequence of valid exchanges keeps the books balanced ------------------

operations = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=3),
        st.integers(min_value=0, max_value=3),
        st.decimals(min_value=Decimal("0.5"), max_value=Decimal("6"), places=1),
        st.booleans(),
    ),
    max_size=8,
)


class TestLedgerInvariants(HypothesisTestCase):
    """Each example runs in its own transaction, rolled back afterwards."""

    @settings(max_examples=20, deadline=None)
    @given(operations=operations, bienvenue=st.integers(min_value=0, max_value=10))
    def test_any_sequence_of_exchanges_keeps_the_books_balanced(self, operations, bienvenue):
        ReglesBourse.objects.update_or_create(
            pk=1,
            defaults={"heures_bienvenue": Decimal(bienvenue), "solde_plancher": Decimal("-8")},
        )
        membres = [membre() for _ in range(4)]
        attendus = {m.pk: Decimal(bienvenue) for m in membres}
        termines = []
        for donne, recoit, heures, corriger in operations:
            if donne == recoit:
                continue
            offreur, receveur = membres[donne], membres[recoit]
            try:
                echange = echange_termine(offreur, receveur, heures)
            except ValidationError:
                continue  # the floor refused the request: nothing was written
            attendus[offreur.pk] += heures
            attendus[receveur.pk] -= heures
            termines.append(echange)
            if corriger:
                bourse.mouvement_corriger(mouvement=echange.mouvement, auteur=None, motif="Erreur")
                attendus[offreur.pk] -= heures
                attendus[receveur.pk] += heures
            # Confirming again never writes the exchange twice.
            with pytest.raises(ValidationError):
                bourse.echange_confirmer_heures(echange=echange, membre=offreur, auteur=None)

        soldes = {m.pk: bourse.solde(m) for m in membres}
        assert soldes == attendus
        # The members' balances add up to the hours issued by the opening policy.
        assert sum(soldes.values()) == bourse.heures_emises() == Decimal(bienvenue) * 4
        for mouvement in Mouvement.objects.prefetch_related("ecritures"):
            assert sum(e.heures for e in mouvement.ecritures.all()) == 0
        assert Mouvement.objects.filter(echange__in=termines).count() == len(termines)
        assert all(bourse.solde(m) >= Decimal("-8") - Decimal("6") for m in membres)


def test_member_withdraws_its_advert_but_not_another_ones(client, pme_alice, pme_bruno):
    offre = annonce(membre(pme_alice, Decimal("5")))
    client.force_login(pme_bruno)
    assert client.post(reverse("formations:bourse_retirer", args=[offre.pk])).status_code == 404
    client.force_login(pme_alice)
    client.post(reverse("formations:bourse_retirer", args=[offre.pk]))
    offre.refresh_from_db()
    assert not offre.active
    assert client.get(reverse("formations:bourse_annonce", args=[offre.pk])).status_code == 404


def test_mission_reverses_a_movement_from_the_admin(client, mission_marc):
    offreur, receveur = membre(heures_bienvenue=Decimal("5")), membre()
    echange = echange_termine(offreur, receveur, Decimal("2"))
    client.force_login(mission_marc)
    url = reverse("admin:formations_mouvement_changelist")
    client.post(url, {"action": "contrepasser", "_selected_action": [echange.mouvement.pk]})
    assert (bourse.solde(offreur), bourse.solde(receveur)) == (Decimal("5"), Decimal("5"))
    assert client.get(url).status_code == 200


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True)
def test_both_sides_confirming_at_once_write_the_exchange_once():
    import threading

    from django.db import connection

    offreur, receveur = membre(heures_bienvenue=Decimal("5")), membre()
    echange = bourse.echange_proposer(
        annonce=annonce(offreur),
        membre=receveur,
        heures=Decimal("3"),
        salarie="",
        message="",
        auteur=None,
    )
    bourse.echange_accepter(echange=echange, membre=offreur, auteur=None)
    barrier = threading.Barrier(2)

    def confirm(side):
        try:
            barrier.wait()
            bourse.echange_confirmer_heures(echange=echange, membre=side, auteur=None)
        finally:
            connection.close()

    threads = [threading.Thread(target=confirm, args=(side,)) for side in (offreur, receveur)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    echange.refresh_from_db()
    assert echange.etat == EtatEchange.TERMINE
    assert Mouvement.objects.filter(echange=echange).count() == 1
    assert (bourse.solde(offreur), bourse.solde(receveur)) == (Decimal("8"), Decimal("2"))


def test_each_step_of_an_exchange_emails_the_other_side(django_capture_on_commit_callbacks):
    donneur, receveur = UserFactory(email="donne@a.test"), UserFactory(email="recoit@b.test")
    offreur, demandeur = membre(donneur, Decimal("5")), membre(receveur)
    with django_capture_on_commit_callbacks(execute=True):
        echange = bourse.echange_proposer(
            annonce=annonce(offreur),
            membre=demandeur,
            heures=Decimal("3"),
            salarie="",
            message="Merci !",
            auteur=receveur,
        )
        bourse.echange_accepter(echange=echange, membre=offreur, auteur=donneur)
    sujets = [(m.to, m.subject) for m in mail.outbox]
    assert (
        ["donne@a.test"],
        "Bourse de temps : échange proposé (Paramétrage d'une boutique en ligne)",
    ) in sujets
    assert (
        ["recoit@b.test"],
        "Bourse de temps : échange accepté (Paramétrage d'une boutique en ligne)",
    ) in sujets
