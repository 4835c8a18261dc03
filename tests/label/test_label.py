import pytest
from django.core import mail
from django.urls import reverse

from croissance.label.enums import EtatCandidature
from croissance.label.models import CandidatureLabel, ReglageLabel
from croissance.orientation import profil as profil_module

pytestmark = pytest.mark.django_db


@pytest.fixture
def diagnostic_mature():
    """What the diagnostic would say of a mature SME that sells online."""

    def source(entreprise):
        return {"niveau": 3, "commerce_connecte": True}

    profil_module.register_source(source)
    yield
    profil_module._SOURCES.remove(source)


def test_yearly_target_doubles():
    reglage = ReglageLabel(annee_lancement=2026, objectif_premiere_annee=500)
    assert [reglage.objectif(year) for year in (2026, 2027, 2028)] == [500, 1000, 2000]


def test_unmet_criteria_block_the_application(client, pme_alice, entreprise_alice):
    client.force_login(pme_alice)
    url = reverse("label:candidater", args=[entreprise_alice.pk])
    response = client.post(url, {"presentation": "Nous vendons en ligne."})
    content = response.content.decode()
    assert "ne remplit pas encore ces critères" in content
    assert "Aucun autodiagnostic pour cette entreprise" in content
    assert not CandidatureLabel.objects.exists()


def test_full_label_journey(
    client,
    pme_alice,
    entreprise_alice,
    mission_marc,
    diagnostic_mature,
    django_capture_on_commit_callbacks,
):
    client.force_login(pme_alice)
    client.post(reverse("label:signer_charte", args=[entreprise_alice.pk]))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("label:candidater", args=[entreprise_alice.pk]),
            {"presentation": "Boutique en ligne et retrait en magasin."},
        )
    candidature = CandidatureLabel.objects.get()
    assert candidature.etat == EtatCandidature.DEPOSEE
    assert mail.outbox[-1].to == ["marc@mission.test"]

    client.force_login(mission_marc)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("admin:label_candidaturelabel_changelist"),
            {"action": "accorder", "_selected_action": [candidature.pk]},
        )
    candidature.refresh_from_db()
    assert candidature.etat == EtatCandidature.ACCORDE
    assert "Label accordé" in mail.outbox[-1].subject or "label accordé" in mail.outbox[-1].subject

    client.logout()
    page = client.get(reverse("label:accueil"))
    assert page.context["compteur"]["accordes"] == 1
    assert "Boulangerie du Port" in page.content.decode()
    vitrine = client.get(reverse("label:vitrine", args=[entreprise_alice.pk]))
    assert "Boutique en ligne et retrait en magasin." in vitrine.content.decode()


def test_refusal_needs_a_reason_given_on_an_intermediate_page(
    client, pme_alice, entreprise_alice, mission_marc, diagnostic_mature
):
    client.force_login(pme_alice)
    client.post(reverse("label:signer_charte", args=[entreprise_alice.pk]))
    client.post(
        reverse("label:candidater", args=[entreprise_alice.pk]), {"presentation": "Site web."}
    )
    candidature = CandidatureLabel.objects.get()
    client.force_login(mission_marc)
    url = reverse("admin:label_candidaturelabel_changelist")
    form = client.post(url, {"action": "refuser", "_selected_action": [candidature.pk]})
    assert form.status_code == 200 and "Motif" in form.content.decode()
    client.post(
        url,
        {"action": "refuser", "_selected_action": [candidature.pk], "motif": "Site en travaux."},
    )
    candidature.refresh_from_db()
    assert candidature.etat == EtatCandidature.REFUSEE
    assert candidature.historique.last().motif == "Site en travaux."
    # a refused SME may apply again
    client.force_login(pme_alice)
    page = client.get(reverse("label:candidater", args=[entreprise_alice.pk]))
    assert page.context["peut_candidater"]


def test_unlabelled_showcase_is_not_public(client, entreprise_alice):
    assert client.get(reverse("label:vitrine", args=[entreprise_alice.pk])).status_code == 404


def test_others_cannot_act_for_my_entreprise(
    client, pme_bruno, connecteur_claire, entreprise_alice
):
    url = reverse("label:candidater", args=[entreprise_alice.pk])
    client.force_login(pme_bruno)
    assert client.get(url).status_code == 404
    assert (
        client.post(reverse("label:signer_charte", args=[entreprise_alice.pk])).status_code == 404
    )
    client.force_login(connecteur_claire)
    assert client.get(url).status_code == 403


def test_public_page_query_budget(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(5):
        assert client.get(reverse("label:accueil")).status_code == 200


def test_testimonials_of_labelled_smes_show_the_label(client, entreprise_alice, mission_marc):
    from croissance.label.services import candidature_accorder
    from tests.ressources.factories import TemoignageFactory

    TemoignageFactory(entreprise=entreprise_alice, titre="Notre boutique")
    candidature = CandidatureLabel.objects.create(entreprise=entreprise_alice, presentation="x")
    candidature_accorder(candidature=candidature, par=mission_marc)
    content = client.get(reverse("ressources:temoignages")).content.decode()
    assert "PME #CroissanceConnectée" in content
