"""Parsing of the leads CSV file: every row is checked, a bad row never stops the others.

Expected columns (header row, `;` or `,` separated, UTF-8 or Windows-1252):
reference, titre, description, pays, secteur, naf, categorie_produit, quantite,
date_limite, source, publie_le, statut, contact_nom, contact_email, contact_url
"""

import csv
import io
from dataclasses import dataclass, field
from datetime import date

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator

from .enums import StatutLead
from .pays import PAYS

COLONNES = [
    "reference",
    "titre",
    "description",
    "pays",
    "secteur",
    "naf",
    "categorie_produit",
    "quantite",
    "date_limite",
    "source",
    "publie_le",
    "statut",
    "contact_nom",
    "contact_email",
    "contact_url",
]
OBLIGATOIRES = ["reference", "titre", "pays", "source"]
LONGUEURS = {
    "reference": 50,
    "titre": 255,
    "categorie_produit": 150,
    "quantite": 150,
    "source": 150,
    "contact_nom": 150,
}
STATUTS = {"ouvert": StatutLead.OUVERT, "open": StatutLead.OUVERT, "clos": StatutLead.CLOS}
STATUTS["closed"] = StatutLead.CLOS


@dataclass
class LigneLue:
    numero: int
    valeurs: dict


@dataclass
class Lecture:
    lignes: list[LigneLue] = field(default_factory=list)
    rejets: list[tuple[int, str]] = field(default_factory=list)
    erreur: str = ""
    encodage: str = ""


def decoder(contenu: bytes) -> tuple[str, str]:
    """The text of the file and the encoding used; ValueError when it is not text."""
    if b"\x00" in contenu[:4096]:
        raise ValueError("Le fichier n'est pas un fichier texte CSV (octets nuls).")
    for encodage, nom in (("utf-8-sig", "UTF-8"), ("cp1252", "Windows-1252")):
        try:
            return contenu.decode(encodage), nom
        except UnicodeDecodeError:
            continue
    raise ValueError("Encodage non reconnu : enregistrez le fichier en UTF-8.")


def lire_csv(contenu: bytes, *, secteurs: dict, divisions: dict) -> Lecture:
    """`secteurs` maps a slug to a Secteur; `divisions` a NAF division code to its Secteur or
    None. Returns the valid rows (cleaned) and the rejected ones with their line number."""
    lecture = Lecture()
    try:
        texte, lecture.encodage = decoder(contenu)
    except ValueError as error:
        lecture.erreur = str(error)
        return lecture
    if not texte.strip():
        lecture.erreur = "Le fichier est vide."
        return lecture
    premiere_ligne = texte.split("\n", 1)[0]
    delimiteur = max(";,\t", key=premiere_ligne.count)
    reader = csv.reader(io.StringIO(texte, newline=""), delimiter=delimiteur)
    try:
        entete = [colonne.strip().lower() for colonne in next(reader)]
    except (csv.Error, StopIteration):
        lecture.erreur = "La ligne d'en-tête est illisible."
        return lecture
    manquantes = [nom for nom in OBLIGATOIRES if nom not in entete]
    if manquantes:
        lecture.erreur = "Colonnes obligatoires absentes : " + ", ".join(manquantes) + "."
        return lecture
    references = set()
    while True:
        try:
            ligne = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            lecture.rejets.append((reader.line_num, f"ligne illisible ({error})"))
            continue
        numero = reader.line_num
        if not any(cellule.strip() for cellule in ligne):
            continue
        if len(ligne) != len(entete):
            lecture.rejets.append(
                (numero, f"{len(ligne)} colonnes au lieu de {len(entete)} (ligne tronquée ?)")
            )
            continue
        brut = {nom: valeur.strip() for nom, valeur in zip(entete, ligne, strict=True)}
        try:
            valeurs = _nettoyer(brut, secteurs=secteurs, divisions=divisions)
        except ValidationError as error:
            lecture.rejets.append((numero, " ; ".join(error.messages)))
            continue
        if valeurs["reference"] in references:
            lecture.rejets.append((numero, f"référence {valeurs['reference']} en double"))
            continue
        references.add(valeurs["reference"])
        lecture.lignes.append(LigneLue(numero, valeurs))
    return lecture


def _date(valeur: str, colonne: str, erreurs: list) -> date | None:
    if not valeur:
        return None
    for separateur, ordre in (("-", "ymd"), ("/", "dmy")):
        parties = valeur.split(separateur)
        if len(parties) == 3:
            try:
                if ordre == "ymd":
                    return date(int(parties[0]), int(parties[1]), int(parties[2]))
                return date(int(parties[2]), int(parties[1]), int(parties[0]))
            except ValueError:
                break
    erreurs.append(f"{colonne} : date invalide « {valeur} » (attendu AAAA-MM-JJ ou JJ/MM/AAAA)")
    return None


def _nettoyer(brut: dict, *, secteurs: dict, divisions: dict) -> dict:
    erreurs = []
    for nom in OBLIGATOIRES:
        if not brut.get(nom):
            erreurs.append(f"{nom} : valeur obligatoire")
    for nom, longueur in LONGUEURS.items():
        if len(brut.get(nom, "")) > longueur:
            erreurs.append(f"{nom} : {longueur} caractères au plus")
    pays = brut.get("pays", "").upper()
    if pays and pays not in PAYS:
        erreurs.append(f"pays : code ISO inconnu « {brut['pays']} »")
    secteur = None
    if brut.get("secteur"):
        secteur = secteurs.get(brut["secteur"].lower())
        if secteur is None:
            erreurs.append(f"secteur : inconnu « {brut['secteur']} »")
    naf = brut.get("naf", "").strip()
    if naf:
        naf = naf.split(".")[0].zfill(2)
        if naf not in divisions:
            erreurs.append(f"naf : division NAF inconnue « {brut['naf']} »")
        elif secteur is None:
            secteur = divisions[naf]
    statut = STATUTS.get(brut.get("statut", "").lower() or "ouvert")
    if statut is None:
        erreurs.append(f"statut : « {brut['statut']} » (attendu ouvert ou clos)")
    email = brut.get("contact_email", "")
    if email:
        try:
            EmailValidator()(email)
        except ValidationError:
            erreurs.append(f"contact_email : adresse invalide « {email} »")
    url = brut.get("contact_url", "")
    if url:
        try:
            URLValidator(schemes=["http", "https"])(url)
        except ValidationError:
            erreurs.append(f"contact_url : lien invalide « {url} »")
    date_limite = _date(brut.get("date_limite", ""), "date_limite", erreurs)
    publie_le = _date(brut.get("publie_le", ""), "publie_le", erreurs)
    if erreurs:
        raise ValidationError(erreurs)
    valeurs = {
        "reference": brut["reference"],
        "titre": brut["titre"],
        "description": brut.get("description", ""),
        "pays": pays,
        "secteur": secteur,
        "naf_division_id": naf or None,
        "categorie_produit": brut.get("categorie_produit", ""),
        "quantite": brut.get("quantite", ""),
        "date_limite": date_limite,
        "source": brut["source"],
        "statut": statut,
        "contact_nom": brut.get("contact_nom", ""),
        "contact_email": email,
        "contact_url": url,
    }
    if publie_le:
        valeurs["publie_le"] = publie_le
    return valeurs
