"""A generated StockEtablissement file in the Insee format, to measure the SIRENE import."""

import csv
import random
from pathlib import Path

ECHANTILLON = (
    Path(__file__).resolve().parent.parent / "fixtures/sirene/StockEtablissement_echantillon.csv"
)


def colonnes() -> list[str]:
    with ECHANTILLON.open(encoding="utf-8") as fichier:
        return next(csv.reader(fichier))


def generer(chemin, lignes: int, *, graine: int = 1, nafs=("10.71C", "47.61Z", "62.01Z")) -> Path:
    rng = random.Random(graine)
    entetes = colonnes()
    chemin = Path(chemin)
    with chemin.open("w", encoding="utf-8", newline="") as fichier:
        ecrivain = csv.writer(fichier)
        ecrivain.writerow(entetes)
        # Columns absent below stay empty; rows are written as lists (millions of lines).
        ligne = [""] * len(entetes)
        positions = [entetes.index(nom) for nom in _valeurs(1, random.Random(0), nafs)]
        for numero in range(1, lignes + 1):
            for position, valeur in zip(
                positions, _valeurs(numero, rng, nafs).values(), strict=True
            ):
                ligne[position] = valeur
            ecrivain.writerow(ligne)
    return chemin


def _valeurs(numero, rng, nafs) -> dict[str, str]:
    from .seeders import _siren

    siren = _siren(numero)
    siret = _siret14(siren, rng.randrange(1, 99_999))
    naf = rng.choice(nafs)
    return {
        "siren": siren,
        "nic": siret[9:],
        "siret": siret,
        "statutDiffusionEtablissement": "O",
        "dateCreationEtablissement": f"{rng.randrange(1970, 2025)}-06-15",
        "trancheEffectifsEtablissement": rng.choice(["NN", "00", "01", "02", "03", "11"]),
        "etablissementSiege": "true",
        "numeroVoieEtablissement": str(rng.randrange(1, 200)),
        "typeVoieEtablissement": "RUE",
        "libelleVoieEtablissement": "DE LA REPUBLIQUE",
        "codePostalEtablissement": "35000",
        "libelleCommuneEtablissement": "RENNES",
        "codeCommuneEtablissement": "35238",
        "dateDebut": "2020-01-01",
        "etatAdministratifEtablissement": "A",
        "denominationUsuelleEtablissement": f"ETABLISSEMENT {numero}",
        "activitePrincipaleEtablissement": naf,
        "nomenclatureActivitePrincipaleEtablissement": "NAFRev2",
        "caractereEmployeurEtablissement": "O",
        "activitePrincipaleNAF25Etablissement": naf,
    }


def _siret14(siren: str, nic: int) -> str:
    """SIREN + 5-digit NIC whose last digit makes the Luhn key valid."""
    base = f"{siren}{nic:05d}"[:13]
    for cle in range(10):
        candidat = base + str(cle)
        total = 0
        for i, c in enumerate(reversed(candidat)):
            n = int(c) * (2 if i % 2 else 1)
            total += n - 9 if n > 9 else n
        if total % 10 == 0:
            return candidat
    raise AssertionError
