"""The simulator, criterion by criterion, and the exact grant."""

from datetime import date
from decimal import Decimal

import pytest

from aides.eligibility import (
    ProfilEntreprise,
    Projet,
    Regles,
    calculer_montant,
    compatibles,
    evaluer,
    simuler,
    total_meilleure_combinaison,
)
from aides.enums import Cumul

JOUR = date(2026, 6, 1)
D = Decimal


def regles(**kwargs):
    base = {
        "pk": 1,
        "titre": "Référence",
        "taux": D("50"),
        "types_depense": frozenset({"conseil", "site", "referencement"}),
        "nationale": False,
        "regions": frozenset({"53"}),
        "investissement_min": D("2000"),
        "investissement_max": D("30000"),
        "effectif_max": 50,
        "exclut_pure_players": True,
    }
    return Regles(**{**base, **kwargs})


PROFIL = ProfilEntreprise(
    region="53",
    departement="29",
    naf="47.61Z",
    naf_section="G",
    effectif=8,
    surface_vente_m2=120,
    activite="commerce",
)


def projet(montant="12000", types=("site",), **kwargs):
    return Projet(montant_ht=D(montant), types_depense=frozenset(types), **kwargs)


def raisons(resultat):
    return " ".join(resultat.raisons_refus)


def test_eligible_project_gets_half_with_the_rule_written():
    r = evaluer(regles(), PROFIL, projet(), JOUR)
    assert r.eligible
    assert r.montant == D("6000.00")
    assert r.regle == "50 % de 12\u202f000 € = 6\u202f000 €"


def test_under_the_minimum_is_not_eligible_and_says_so():
    r = evaluer(regles(), PROFIL, projet("1999.99"), JOUR)
    assert not r.eligible
    assert r.montant is None
    assert "inférieur au minimum de 2\u202f000 €" in raisons(r)


def test_exactly_the_minimum_is_eligible():
    r = evaluer(regles(), PROFIL, projet("2000"), JOUR)
    assert r.montant == D("1000.00")


def test_above_the_maximum_is_eligible_on_the_maximum():
    r = evaluer(regles(), PROFIL, projet("45000"), JOUR)
    assert r.montant == D("15000.00")
    assert r.regle.startswith("50 % de 30\u202f000 € = 15\u202f000 €")
    assert "limitée au maximum" in r.regle


def test_cap_applies_after_the_rate():
    r = evaluer(regles(plafond=D("10000")), PROFIL, projet("25000"), JOUR)
    assert r.montant == D("10000")
    assert "plafonné à 10\u202f000 €" in r.regle


def test_rounding_to_the_cent_half_up():
    montant, regle = calculer_montant(regles(taux=D("33.33")), D("1000.05"))
    # 1000.05 × 33.33 % = 333.316665 → 333.32
    assert montant == D("333.32")
    montant, _ = calculer_montant(regles(taux=D("50")), D("2000.01"))
    assert montant == D("1000.01")  # 1000.005 rounds half up
    assert "33,33 %" in regle


@pytest.mark.parametrize(
    ("changes", "raison"),
    [
        ({"region": "76"}, "Votre région n'est pas couverte"),
        ({"effectif": 50}, "moins de 50 personnes (la vôtre en compte 50)"),
        ({"effectif": None}, "Indiquez l'effectif"),
        ({"pure_player": True}, "pure players du numérique sont exclus"),
    ],
)
def test_profile_criteria(changes, raison):
    profil = ProfilEntreprise(**{**PROFIL.__dict__, **changes})
    r = evaluer(regles(), profil, projet(), JOUR)
    assert not r.eligible
    assert raison in raisons(r)


def test_departement_scope():
    r = evaluer(regles(departements=frozenset({"35"})), PROFIL, projet(), JOUR)
    assert "Votre département n'est pas couvert" in raisons(r)
    assert evaluer(regles(departements=frozenset({"29"})), PROFIL, projet(), JOUR).eligible


def test_national_aid_ignores_region():
    profil = ProfilEntreprise(**{**PROFIL.__dict__, "region": "76"})
    assert evaluer(regles(nationale=True), profil, projet(), JOUR).eligible


def test_naf_sections_and_divisions():
    assert evaluer(regles(naf_eligibles=frozenset({"G"})), PROFIL, projet(), JOUR).eligible
    assert evaluer(regles(naf_eligibles=frozenset({"47"})), PROFIL, projet(), JOUR).eligible
    r = evaluer(regles(naf_eligibles=frozenset({"C", "10"})), PROFIL, projet(), JOUR)
    assert "ne relève pas des secteurs éligibles (10, C)" in raisons(r)
    r = evaluer(regles(naf_exclues=frozenset({"47"})), PROFIL, projet(), JOUR)
    assert "relève du secteur exclu 47" in raisons(r)


def test_sales_area():
    assert evaluer(regles(surface_vente_max=200), PROFIL, projet(), JOUR).eligible
    profil = ProfilEntreprise(**{**PROFIL.__dict__, "surface_vente_m2": 200})
    r = evaluer(regles(surface_vente_max=200), profil, projet(), JOUR)
    assert "moins de 200 m² (la vôtre : 200 m²)" in raisons(r)
    profil = ProfilEntreprise(**{**PROFIL.__dict__, "surface_vente_m2": None})
    assert "surface de vente" in raisons(
        evaluer(regles(surface_vente_max=200), profil, projet(), JOUR)
    )


def test_activity_type():
    r = evaluer(regles(activites=frozenset({"artisanat", "industrie"})), PROFIL, projet(), JOUR)
    assert "production artisanale ou production industrielle" in raisons(r)
    profil = ProfilEntreprise(**{**PROFIL.__dict__, "activite": "artisanat"})
    assert evaluer(regles(activites=frozenset({"artisanat"})), profil, projet(), JOUR).eligible


def test_expense_types_and_eligible_base_from_lines():
    r = evaluer(regles(), PROFIL, projet(types=("logiciel",)), JOUR)
    assert "Aucune des dépenses du projet n'est financée" in raisons(r)
    lignes = projet(
        "15000",
        types=("site", "logiciel"),
        montants_par_type={"site": D("8000"), "logiciel": D("7000")},
    )
    r = evaluer(regles(), PROFIL, lignes, JOUR)
    assert r.montant == D("4000.00")  # only the website counts


def test_dates_and_envelope():
    r = evaluer(regles(date_cloture=date(2026, 5, 31)), PROFIL, projet(), JOUR)
    assert "n'est pas ouverte" in raisons(r)
    assert evaluer(regles(date_cloture=JOUR, date_ouverture=JOUR), PROFIL, projet(), JOUR).eligible
    r = evaluer(regles(enveloppe_epuisee=True), PROFIL, projet(), JOUR)
    assert "enveloppe de l'aide est épuisée" in raisons(r)


def test_labelled_connecteur_required():
    exige = regles(connecteur_labellise_requis=True)
    r = evaluer(exige, PROFIL, projet(), JOUR)
    assert r.eligible
    assert any("À condition d'être accompagné" in c.raison for c in r.criteres)
    r = evaluer(exige, PROFIL, projet(accompagne_par_labellise=False), JOUR)
    assert "doit être accompagné par un connecteur labellisé" in raisons(r)


def test_results_sorted_by_amount_with_best_package():
    a = regles(pk=1, titre="A", plafond=D("3000"))
    b = regles(pk=2, titre="B", taux=D("40"))
    c = regles(pk=3, titre="C", taux=D("20"), cumul=Cumul.SAUF, non_cumulable_avec=frozenset({2}))
    d = regles(pk=4, titre="D", regions=frozenset({"76"}))
    resultats = simuler([a, b, c, d], PROFIL, projet(), JOUR)
    assert [r.aide.titre for r in resultats] == ["B", "A", "C", "D"]
    assert [r.montant for r in resultats[:3]] == [D("4800.00"), D("3000"), D("2400.00")]
    assert not resultats[3].eligible
    assert resultats[0].incompatibles == [3]
    assert resultats[2].incompatibles == [2]
    assert [r.dans_meilleure_combinaison for r in resultats] == [True, True, False, False]
    assert total_meilleure_combinaison(resultats) == D("7800.00")


def test_combination_rules():
    toutes = regles(pk=1)
    aucune = regles(pk=2, cumul=Cumul.AUCUNE)
    sauf = regles(pk=3, cumul=Cumul.SAUF, non_cumulable_avec=frozenset({1}))
    assert not compatibles(toutes, aucune)
    assert not compatibles(toutes, sauf)
    assert not compatibles(sauf, toutes)
    assert compatibles(toutes, regles(pk=4))


def test_an_aid_combinable_with_none_stands_alone_in_the_package():
    seule = regles(pk=1, titre="Seule", taux=D("60"), cumul=Cumul.AUCUNE)
    autre = regles(pk=2, titre="Autre", taux=D("40"))
    troisieme = regles(pk=3, titre="Troisième", taux=D("30"))
    resultats = simuler([seule, autre, troisieme], PROFIL, projet(), JOUR)
    assert [r.aide.titre for r in resultats] == ["Seule", "Autre", "Troisième"]
    assert resultats[0].seule  # "non cumulable avec une autre aide"
    assert resultats[1].incompatibles == [1]
    assert [r.dans_meilleure_combinaison for r in resultats] == [True, False, False]
