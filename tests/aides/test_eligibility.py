"""The simulator, criterion by criterion, and the exact grant."""

from datetime import date
from decimal import Decimal

import pytest

from aides.combinaison import combinaison, compatibles, simuler
from aides.eligibility import (
    ProfilEntreprise,
    Projet,
    Regles,
    calculer_montant,
    evaluer,
)
from aides.enums import Cumul, NatureAide

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
    assert (
        raisons(r) == "L'aide est clôturée depuis le 31 mai 2026 : elle n'accepte plus de demande."
    )
    assert r.cloturee
    r = evaluer(regles(date_ouverture=date(2026, 9, 1)), PROFIL, projet(), JOUR)
    assert raisons(r) == "L'aide n'est pas encore ouverte : dépôt à partir du 1er septembre 2026."
    assert not r.cloturee
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
    assert combinaison(resultats, projet()).total == D("7800.00")


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
    # 4 800 € + 3 600 € together beat the 7 200 € of the largest aid, which stands alone
    assert [r.dans_meilleure_combinaison for r in resultats] == [False, True, True]
    assert combinaison(resultats, projet()).total == D("8400.00")
    seule_et_plus = regles(pk=1, titre="Seule", taux=D("80"), cumul=Cumul.AUCUNE)
    resultats = simuler([seule_et_plus, autre, troisieme], PROFIL, projet(), JOUR)
    assert [r.dans_meilleure_combinaison for r in resultats] == [True, False, False]


def test_a_loan_is_listed_beside_the_grants_never_added_to_them():
    subvention = regles(pk=1, titre="Subvention", taux=D("50"))
    pret = regles(pk=2, titre="Prêt", taux=D("100"), nature=NatureAide.PRET, plafond=D("10000"))
    garantie = regles(pk=3, titre="Garantie", taux=D("70"), nature=NatureAide.GARANTIE)
    resultats = simuler([pret, garantie, subvention], PROFIL, projet(), JOUR)
    # grants first, then what is paid back, then guarantees, though the loan is larger
    assert [r.aide.titre for r in resultats] == ["Subvention", "Prêt", "Garantie"]
    assert [r.montant_et_nature for r in resultats] == [
        "6\u202f000 € de subvention",
        "10\u202f000 € de prêt",
        "8\u202f400 € de garantie",
    ]
    assert all(r.dans_meilleure_combinaison for r in resultats)
    c = combinaison(resultats, projet())
    assert (c.total, c.total_remboursable, c.total_garanti) == (D("6000"), D("10000"), D("8400"))
    assert c.explication[-2] == (
        "Prêts et avances, à rembourser, non additionnés aux subventions : Prêt 10\u202f000 €."
    )


def test_grants_never_pay_more_than_the_eligible_expense():
    a = regles(pk=1, titre="A", taux=D("70"))
    b = regles(pk=2, titre="B", taux=D("60"))
    resultats = simuler([a, b], PROFIL, projet("10000"), JOUR)
    c = combinaison(resultats, projet("10000"))
    assert c.somme == D("13000.00") and c.total == D("10000.00")
    assert "le total est ramené à 10\u202f000 €" in c.explication[1]


def test_the_lowest_intensity_of_the_aids_combined_caps_the_grants():
    a = regles(pk=1, titre="Pass commerce", taux=D("50"))
    b = regles(pk=2, titre="Chèque conseil", taux=D("30"), intensite_max=D("70"))
    lignes = projet(
        "20000",
        types=("conseil", "site"),
        montants_par_type={"conseil": D("8000"), "site": D("12000")},
    )
    resultats = simuler([a, b], PROFIL, lignes, JOUR)
    c = combinaison(resultats, lignes)
    assert (c.somme, c.total) == (D("16000.00"), D("14000.00"))
    assert c.explication == [
        "Subventions et prises en charge retenues : Pass commerce 10\u202f000 € + Chèque conseil "
        "6\u202f000 € = 16\u202f000 €.",
        "Dépense éligible à ces aides : 20\u202f000 € HT (conseil 8\u202f000 €, création de site "
        "12\u202f000 €). Intensité maximale des aides publiques : 70 % (celle de l'aide "
        "« Chèque conseil »), soit 14\u202f000 € au plus : le total est ramené à 14\u202f000 €.",
    ]


def test_the_national_maximum_intensity_applies_and_an_aid_adding_nothing_is_left_out():
    a = regles(pk=1, titre="A", taux=D("50"))
    b = regles(pk=2, titre="B", taux=D("40"))
    resultats = simuler([a, b], PROFIL, projet("10000"), JOUR, intensite_max=D("80"))
    assert combinaison(resultats, projet("10000"), D("80")).total == D("8000.00")
    # B with an intensity of 50 % would bring the total back to 5 000 €: A alone is better
    b = regles(pk=2, titre="B", taux=D("40"), intensite_max=D("50"))
    resultats = simuler([a, b], PROFIL, projet("10000"), JOUR)
    assert [r.dans_meilleure_combinaison for r in resultats] == [True, False]
    assert combinaison(resultats, projet("10000")).total == D("5000.00")


def test_many_grants_are_combined_by_decreasing_amount():
    aides = [regles(pk=n, titre=f"Aide {n}", taux=D("5")) for n in range(1, 31)]
    aides.append(regles(pk=99, titre="Seule", taux=D("60"), cumul=Cumul.AUCUNE))
    resultats = simuler(aides, PROFIL, projet("10000"), JOUR)
    c = combinaison(resultats, projet("10000"))
    # thirty grants of 500 € reach the expense (10 000 €): better than 6 000 € alone
    assert c.total == D("10000.00")
    assert not resultats[0].dans_meilleure_combinaison and resultats[0].aide.titre == "Seule"
