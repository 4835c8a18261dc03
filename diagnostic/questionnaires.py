"""Load the questionnaires shipped in diagnostic/fixtures/ (demo loader, tests, command).

Idempotent: a questionnaire that already has a version is left as it is, since mission
staff may have edited it in the admin since.
"""

import json
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from croissance.maturite import NiveauMaturite

from .enums import StatutVersion
from .models import (
    Axe,
    Besoin,
    Choix,
    IndicateurDII,
    Niveau,
    Points,
    Question,
    Questionnaire,
    Version,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FICHIERS = ("maturite-numerique.json", "e-export.json")


def _cle(reference: str) -> tuple[str, str]:
    question, choix = reference.split(":", 1)
    return question, choix


@transaction.atomic
def charger_questionnaire(data: dict) -> Version | None:
    questionnaire, _ = Questionnaire.objects.get_or_create(
        slug=data["slug"],
        defaults={
            "titre": data["titre"],
            "description": data["description"],
            "duree_minutes": data.get("duree_minutes", 10),
        },
    )
    if questionnaire.versions.exists():
        return None
    version = Version.objects.create(
        questionnaire=questionnaire,
        numero=1,
        statut=StatutVersion.PUBLIEE,
        publiee_le=timezone.now(),
        notes="Version initiale.",
    )
    for niveau in data["niveaux"]:
        # the maturity levels are named in croissance.maturite, for the whole portal
        nom = niveau.get("nom") or NiveauMaturite(niveau["rang"]).label
        Niveau.objects.create(
            version=version,
            rang=niveau["rang"],
            nom=nom,
            score_min=niveau["score_min"],
            description=niveau["description"],
        )
    axes = {}
    for ordre, axe in enumerate(data["axes"], start=1):
        axes[axe["slug"]] = Axe.objects.create(
            version=version,
            ordre=ordre,
            slug=axe["slug"],
            nom=axe["nom"],
            description=axe.get("description", ""),
            explication=axe.get("explication", ""),
            conseil=axe.get("conseil", ""),
            theme_id=axe.get("theme"),
        )
    for ordre, besoin in enumerate(data.get("besoins", []), start=1):
        Besoin.objects.create(
            version=version,
            ordre=ordre,
            theme_id=besoin.get("theme"),
            slug=besoin["slug"],
            libelle=besoin["libelle"],
        )
    choix_par_cle = {}
    for ordre, item in enumerate(data["questions"], start=1):
        question = Question.objects.create(
            version=version,
            axe=axes[item["axe"]],
            code=item["code"],
            ordre=ordre,
            texte=item["texte"],
            aide=item.get("aide", ""),
            type=item["type"],
            obligatoire=item.get("obligatoire", True),
        )
        if item.get("condition"):
            question.conditions.set([choix_par_cle[_cle(ref)] for ref in item["condition"]])
        for rang, (code, libelle, points) in enumerate(item["choix"], start=1):
            choix = Choix.objects.create(
                question=question,
                code=code,
                ordre=rang,
                libelle=libelle,
                exclusif=code in item.get("exclusifs", ()),
            )
            choix_par_cle[(question.code, code)] = choix
            if isinstance(points, int):
                points = {item["axe"]: points}
            Points.objects.bulk_create(
                Points(choix=choix, axe=axes[axe], valeur=valeur)
                for axe, valeur in points.items()
                if valeur
            )
    for indicateur in data.get("dii", []):
        objet = IndicateurDII.objects.create(
            version=version, numero=indicateur["numero"], libelle=indicateur["libelle"]
        )
        objet.choix.set([choix_par_cle[_cle(ref)] for ref in indicateur["choix"]])
    version.choix_commerce_connecte.set(
        [choix_par_cle[_cle(ref)] for ref in data.get("commerce_connecte", [])]
    )
    return version


def charger_questionnaires() -> list[Version]:
    versions = []
    for nom in FICHIERS:
        with open(FIXTURES / nom, encoding="utf-8") as handle:
            version = charger_questionnaire(json.load(handle))
        if version:
            versions.append(version)
    return versions
