import pytest
from django.urls import reverse

from croissance.orientation import engine
from croissance.orientation.profil import Profil
from croissance.ressources import services
from croissance.ressources.enums import EtatModeration
from croissance.ressources.models import AvisPrestataire, Temoignage
from tests.ressources.factories import PrestataireFactory, RessourceFactory, TemoignageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("count", [3, 40])
def test_library_filters_and_query_budget(client, count, django_assert_max_num_queries):
    RessourceFactory.create_batch(count, titre="Vendre en ligne pas à pas")
    RessourceFactory(titre="Sécuriser ses comptes", themes=["cybersecurite"])
    with django_assert_max_num_queries(6):
        response = client.get(reverse("ressources:bibliotheque"), {"theme": "cybersecurite"})
    assert [r.titre for r in response.context["page_obj"]] == ["Sécuriser ses comptes"]
    with django_assert_max_num_queries(6):
        response = client.get(reverse("ressources:bibliotheque"), {"q": "vendre"})
    assert response.context["page_obj"].paginator.count == count


def test_unpublished_resource_is_not_found(client):
    ressource = RessourceFactory(publie=False)
    assert client.get(reverse("ressources:detail", args=[ressource.pk])).status_code == 404


def test_rich_text_of_a_resource_is_cleaned_before_it_is_stored_and_shown(client):
    ressource = RessourceFactory.build(
        titre="Choisir son CRM",
        contenu=(
            '<p onclick="voler()">Comparez <strong>trois offres</strong>.</p>'
            '<script>voler()</script><a href="javascript:voler()">lien</a>'
        ),
    )
    ressource = services.ressource_enregistrer(ressource=ressource)
    ressource.refresh_from_db()
    assert "script" not in ressource.contenu and "onclick" not in ressource.contenu
    assert "javascript:" not in ressource.contenu
    page = client.get(reverse("ressources:detail", args=[ressource.pk])).content.decode()
    assert "<p>Comparez <strong>trois offres</strong>.</p>" in page
    assert "voler()" not in page


def test_sme_testimonial_is_published_only_after_moderation(
    client, pme_alice, entreprise_alice, mission_marc
):
    client.force_login(pme_alice)
    response = client.post(
        reverse("ressources:temoigner"),
        {
            "entreprise": entreprise_alice.pk,
            "titre": "Notre click & collect",
            "realisation": "Un site avec retrait en boutique.",
            "resultat": "Vingt commandes par semaine.",
            "themes": ["vente-en-ligne"],
        },
    )
    assert response.status_code == 302
    temoignage = Temoignage.objects.get()
    assert temoignage.etat == EtatModeration.SOUMIS
    assert client.get(reverse("ressources:temoignage", args=[temoignage.pk])).status_code == 404

    client.force_login(mission_marc)
    client.post(
        reverse("admin:ressources_temoignage_changelist"),
        {"action": "publier", "_selected_action": [temoignage.pk]},
    )
    temoignage.refresh_from_db()
    assert temoignage.etat == EtatModeration.PUBLIE
    assert [h.auteur for h in temoignage.historique.all()] == [pme_alice, mission_marc]
    assert client.get(reverse("ressources:temoignage", args=[temoignage.pk])).status_code == 200


def test_a_refusal_asks_for_its_reason_and_tells_the_author(
    client,
    pme_alice,
    entreprise_alice,
    mission_marc,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    from croissance.ressources import services

    temoignage = services.temoignage_proposer(
        auteur=pme_alice,
        temoignage=Temoignage(
            entreprise=entreprise_alice,
            titre="Notre click & collect",
            realisation="Un site.",
            resultat="Des ventes.",
        ),
        themes=[],
    )
    client.force_login(mission_marc)
    liste = reverse("admin:ressources_temoignage_changelist")
    choix = {"action": "refuser", "_selected_action": [temoignage.pk]}
    page = client.post(liste, choix)  # the reason is asked first
    assert (
        page.status_code == 200 and "Motif (transmis à l&#x27;intéressé)" in page.content.decode()
    )
    temoignage.refresh_from_db()
    assert temoignage.etat == EtatModeration.SOUMIS
    with django_capture_on_commit_callbacks(execute=True):
        client.post(liste, {**choix, "motif": "Il cite le nom d'un client & son adresse."})
    temoignage.refresh_from_db()
    assert temoignage.etat == EtatModeration.REFUSE
    assert temoignage.historique.last().motif == "Il cite le nom d'un client & son adresse."
    (courriel,) = [m for m in mailoutbox if pme_alice.email in m.to]
    assert "« Notre click & collect »" in courriel.body
    assert "Il cite le nom d'un client & son adresse." in courriel.body


def test_only_sme_managers_testify(client, connecteur_claire):
    client.force_login(connecteur_claire)
    assert client.get(reverse("ressources:temoigner")).status_code == 403


def test_cannot_testify_for_someone_elses_entreprise(client, pme_bruno, entreprise_alice):
    from tests.factories import EntrepriseFactory

    EntrepriseFactory(gestionnaires=[pme_bruno])
    client.force_login(pme_bruno)
    response = client.post(
        reverse("ressources:temoigner"),
        {
            "entreprise": entreprise_alice.pk,
            "titre": "x",
            "realisation": "x",
            "resultat": "x",
            "themes": ["vente-en-ligne"],
        },
    )
    assert response.status_code == 200
    assert not Temoignage.objects.exists()


AVIS = {
    "prestation": "Création de notre boutique en ligne",
    "realisee_le": "2026-03-15",
    "note": "4",
    "commentaire": "Réactif.",
}


def test_provider_rating_counts_after_moderation(client, pme_alice, entreprise_alice, mission_marc):
    prestataire = PrestataireFactory()
    url = reverse("ressources:prestataire", args=[prestataire.pk])
    client.force_login(pme_alice)
    client.post(url, {**AVIS, "entreprise": entreprise_alice.pk})
    assert AvisPrestataire.objects.get().etat == EtatModeration.SOUMIS
    prestataire.refresh_from_db()
    assert prestataire.nombre_avis == 0

    client.force_login(mission_marc)
    client.post(
        reverse("admin:ressources_avisprestataire_changelist"),
        {"action": "publier", "_selected_action": [AvisPrestataire.objects.get().pk]},
    )
    prestataire.refresh_from_db()
    assert (prestataire.nombre_avis, prestataire.note_moyenne) == (1, 4)
    page = client.get(url).content.decode()
    assert "Réactif." in page
    assert "Création de notre boutique en ligne (mars 2026)" in page


@pytest.mark.parametrize(
    ("champs", "erreur"),
    [
        ({"prestation": ""}, "Ce champ est obligatoire."),
        ({"realisee_le": ""}, "Ce champ est obligatoire."),
        ({"realisee_le": "2099-01-01"}, "la date est dans le futur"),
    ],
    ids=["sans prestation", "sans date", "date future"],
)
def test_only_a_firm_that_says_what_the_provider_did_rates_it(
    client, pme_alice, entreprise_alice, champs, erreur
):
    prestataire = PrestataireFactory()
    client.force_login(pme_alice)
    response = client.post(
        reverse("ressources:prestataire", args=[prestataire.pk]),
        {**AVIS, "entreprise": entreprise_alice.pk, **champs},
    )
    assert response.status_code == 200
    assert erreur in response.content.decode()
    assert not AvisPrestataire.objects.exists()


def test_engine_recommends_what_suits_the_profile():
    RessourceFactory(titre="Pour débutants", niveau_min=1, niveau_max=2)
    RessourceFactory(titre="Pour experts", niveau_min=4, niveau_max=4)
    RessourceFactory(titre="Pour le commerce", sections_naf="G")
    TemoignageFactory(titre="Non publié", etat=EtatModeration.SOUMIS)
    TemoignageFactory(titre="Publié")
    PrestataireFactory(nom="Agence bretonne", national=False, regions=["53"])
    PrestataireFactory(nom="Agence occitane", national=False, regions=["76"])
    profil = Profil(
        region="53",
        section="C",
        niveau=1,
        scores={"vente-en-ligne": 10},
        besoins=frozenset({"vente-en-ligne"}),
    )
    sections = {s.type: s for s in engine.recommander(profil)}
    assert [r.titre for r in sections["ressources"].recommandations] == ["Pour débutants"]
    assert [r.titre for r in sections["temoignages"].recommandations] == ["Publié"]
    prestataires = [r.titre for r in sections["prestataires"].recommandations]
    assert prestataires == ["Agence bretonne"]
    assert "Intervient dans votre région" in sections["prestataires"].recommandations[0].raisons
