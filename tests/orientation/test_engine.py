from datetime import date

import pytest
from django.urls import reverse

from croissance.orientation import engine
from croissance.orientation.engine import Recommandation
from croissance.orientation.models import ReglageOrientation
from croissance.orientation.profil import Profil, build_profil
from croissance.orientation.scoring import score_themes
from tests.factories import EntrepriseFactory

NOMS = {"vente-en-ligne": "Vente en ligne", "cybersecurite": "Cybersécurité"}


def _offres(profil, reglage):
    """A fake provider: two offers per structure, one of them scored by themes."""
    for structure in ("A", "B", "C"):
        for n, themes in enumerate(({"vente-en-ligne"}, {"cybersecurite"})):
            points, raisons = score_themes(profil, themes, reglage, NOMS)
            yield Recommandation(
                type="offres",
                cle=f"offres:{structure}{n}",
                titre=f"Offre {structure}{n}",
                url=f"/offres/{structure}{n}/",
                score=points,
                raisons=tuple(raisons),
                groupe=structure,
            )


@pytest.fixture
def provider():
    engine.register("offres", "Offres", _offres)
    yield
    engine._PROVIDERS.pop("offres")


def _offres_section(**kwargs):
    return next(s for s in engine.recommander(PROFIL, **kwargs) if s.type == "offres")


PROFIL = Profil(
    scores={"vente-en-ligne": 20, "cybersecurite": 70},
    besoins=frozenset({"vente-en-ligne"}),
)


@pytest.mark.django_db
def test_ranked_explained_and_diverse(provider):
    section = _offres_section()
    assert section.libelle == "Offres"
    # one offer per structure (diversity), the matching one first, ties broken by title
    assert [r.titre for r in section.recommandations] == ["Offre A0", "Offre B0", "Offre C0"]
    assert section.recommandations[0].raisons == (
        "Répond à votre souhait : vente en ligne",
        "Votre score Vente en ligne est de 20/100",
    )
    assert section.recommandations[0].score == 70


@pytest.mark.django_db
def test_same_input_same_output(provider):
    assert engine.recommander(PROFIL) == engine.recommander(PROFIL)


@pytest.mark.django_db
def test_weights_are_data(provider):
    ReglageOrientation.objects.create(
        type="offres", libelle="Nos offres", nombre=2, max_par_groupe=2, poids_besoin=0
    )
    section = _offres_section()
    assert section.libelle == "Nos offres"
    assert len(section.recommandations) == 2
    assert section.recommandations[0].score == 30  # the weak axis only


@pytest.mark.django_db
def test_inactive_kind_is_not_shown(provider):
    ReglageOrientation.objects.create(type="offres", libelle="Offres", actif=False)
    assert "offres" not in [s.type for s in engine.recommander(PROFIL)]


@pytest.mark.django_db
def test_overrides_preview_unsaved_weights(provider):
    override = ReglageOrientation(type="offres", libelle="Offres", nombre=1)
    section = _offres_section(overrides={"offres": override})
    assert len(section.recommandations) == 1
    assert not ReglageOrientation.objects.filter(type="offres").exists()


def test_weak_axes_weakest_first():
    profil = Profil(scores={"b": 10, "a": 10, "c": 80, "d": 49})
    assert profil.axes_faibles(50) == ["a", "b", "d"]


def test_age_in_whole_years():
    profil = Profil(date_creation=date(2020, 6, 15))
    assert profil.age_annees(date(2026, 6, 14)) == 5
    assert profil.age_annees(date(2026, 6, 15)) == 6


@pytest.mark.django_db
def test_profil_from_entreprise():
    entreprise = EntrepriseFactory(naf_id="47.11C", code_postal="29000", effectif=8)
    profil = build_profil(entreprise)
    assert (profil.region, profil.departement, profil.section, profil.division) == (
        "53",
        "29",
        "G",
        "47",
    )
    assert profil.categorie == "micro"


@pytest.mark.django_db
def test_admin_preview_then_save(client, provider, mission_marc):
    entreprise = EntrepriseFactory()
    client.force_login(mission_marc)
    url = reverse("admin:orientation_apercu")
    assert client.get(url).status_code == 200
    formset = client.get(url).context["formset"]
    data = {"entreprise": str(entreprise.pk)}
    for form in [formset.management_form, *formset.forms]:
        for name, field in form.fields.items():
            value = form.initial.get(name, field.initial)
            if isinstance(value, bool):
                value = "on" if value else ""
            data[form.add_prefix(name)] = "" if value is None else str(getattr(value, "pk", value))
    reglage = ReglageOrientation.objects.get(type="offres")
    prefix = next(f.prefix for f in formset.forms if f.instance.type == "offres")
    data[f"{prefix}-nombre"] = "1"
    response = client.post(url, {**data, "apercu": "1"})
    (section,) = [s for s in response.context["sections"] if s.type == "offres"]
    assert [r.titre for r in section.recommandations] == ["Offre A0"]
    reglage.refresh_from_db()
    assert reglage.nombre == 3  # preview saved nothing

    client.post(url, {**data, "enregistrer": "1"})
    reglage.refresh_from_db()
    assert reglage.nombre == 1


@pytest.mark.django_db
def test_mon_espace_shows_recommendations_for_the_chosen_entreprise(
    client, provider, pme_alice, django_assert_max_num_queries
):
    premiere = EntrepriseFactory(nom="A Boulangerie", gestionnaires=[pme_alice])
    seconde = EntrepriseFactory(nom="B Librairie", gestionnaires=[pme_alice])
    client.force_login(pme_alice)
    with django_assert_max_num_queries(40):
        response = client.get(reverse("espace"))
    assert response.context["entreprise"] == premiere
    assert any(s.type == "offres" for s in response.context["recommandations"])
    response = client.get(reverse("espace"), {"entreprise": seconde.pk})
    assert response.context["entreprise"] == seconde
    assert "Nos recommandations pour B Librairie" in response.content.decode()
