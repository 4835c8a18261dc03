"""Load the official referentials from fixtures/referentiels/ (used by the data migration)."""

import csv
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "referentiels"

THEMES = [
    ("strategie-numerique", "Stratégie numérique", "Définir ses priorités et son plan d'action."),
    ("presence-en-ligne", "Présence en ligne", "Site internet, référencement, réseaux sociaux."),
    ("vente-en-ligne", "Vente en ligne", "Boutique en ligne, places de marché, commerce connecté."),
    ("relation-client", "Relation client", "Gestion de la relation client, avis, fidélisation."),
    ("gestion-donnees", "Gestion interne et données", "Logiciels de gestion, ERP, données."),
    ("cybersecurite", "Cybersécurité", "Protéger ses données, ses comptes et ses clients."),
    ("competences", "Compétences numériques", "Former le dirigeant et les équipes."),
    ("e-export", "E-export", "Vendre à l'étranger grâce au numérique."),
    ("financement", "Financement", "Aides et financements des projets numériques."),
]


def _rows(name):
    with open(FIXTURES / name, encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def _int_or_none(value):
    return int(value) if value not in ("", None) else None


def load_referentiels(apps):
    Region = apps.get_model("referentiels", "Region")
    Departement = apps.get_model("referentiels", "Departement")
    Commune = apps.get_model("referentiels", "Commune")
    CodePostal = apps.get_model("referentiels", "CodePostal")
    Naf = apps.get_model("referentiels", "Naf")
    TrancheEffectifs = apps.get_model("referentiels", "TrancheEffectifs")
    Theme = apps.get_model("referentiels", "Theme")

    Region.objects.bulk_create(
        Region(code=r["code"], nom=r["nom"], zone=r["zone"]) for r in _rows("regions.csv")
    )
    Departement.objects.bulk_create(
        Departement(code=r["code"], nom=r["nom"], region_id=r["region"], zone=r["zone"])
        for r in _rows("departements.csv")
    )
    communes, codes = [], []
    for r in _rows("communes.csv"):
        communes.append(Commune(code=r["code"], nom=r["nom"], departement_id=r["departement"]))
        codes.extend(
            CodePostal(code=code, commune_id=r["code"]) for code in r["codes_postaux"].split()
        )
    Commune.objects.bulk_create(communes, batch_size=5000)
    CodePostal.objects.bulk_create(codes, batch_size=5000)
    Naf.objects.bulk_create(
        (
            Naf(
                code=r["code"],
                niveau=r["niveau"],
                libelle=r["libelle"],
                section=r["section"],
                division=r["division"] or "",
            )
            for r in _rows("naf.csv")
        ),
        batch_size=2000,
    )
    TrancheEffectifs.objects.bulk_create(
        TrancheEffectifs(
            code=r["code"],
            libelle=r["libelle"],
            minimum=_int_or_none(r["min"]),
            maximum=_int_or_none(r["max"]),
            ordre=position,
        )
        for position, r in enumerate(_rows("tranches_effectifs.csv"))
    )
    # The data migration runs before themes had a bit (migration 0003 gives them theirs, in
    # the same order); the test fixtures reload them with the current model.
    a_un_bit = any(champ.name == "bit" for champ in Theme._meta.fields)
    Theme.objects.bulk_create(
        Theme(
            slug=slug,
            nom=nom,
            description=description,
            ordre=position,
            **({"bit": 1 << position} if a_un_bit else {}),
        )
        for position, (slug, nom, description) in enumerate(THEMES)
    )
