"""Demo data: 9 market fiches, marketplaces with negotiated offers, success stories, support
schemes, FAQ answers, 300 leads imported through the CSV service, and a saved search."""

import csv
import io
import random
from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

from croissance import demo
from croissance.sanitize import sanitize_html
from diagnostic.questionnaires import charger_questionnaires

from . import demo_contenu as data
from .models import (
    ChiffreCle,
    Dispositif,
    Marche,
    OffrePreferentielle,
    PlaceDeMarche,
    QuestionFaq,
    RechercheSauvegardee,
    Secteur,
    Temoignage,
)
from .pays import PAYS
from .services import diagnostic_publier_pays, importer_leads

NB_LEADS = 300


@demo.register
def charger(comptes, stdout):
    marches = _marches()
    places = _places(marches)
    _temoignages(marches, places)
    _dispositifs()
    _faq()
    rapport = importer_leads(contenu=_csv_leads())
    charger_questionnaires()
    diagnostic_publier_pays()
    RechercheSauvegardee.objects.get_or_create(
        user=comptes["pme_bruno"],
        nom="Fromages – Japon",
        defaults={"criteres": {"q": "fromages", "pays": "JP", "statut": "ouvert"}},
    )
    stdout.write(
        f"E-export : {len(marches)} fiches marchés, {len(places)} places de marché, "
        f"{rapport.valides} leads."
    )


def _html(texte: str) -> str:
    return sanitize_html(f"<p>{texte}</p>")


def _marches():
    marches = {}
    for code, fiche in data.MARCHES.items():
        valeurs = {k: v for k, v in fiche.items() if k != "chiffres"}
        for champ in Marche.RICH_TEXT_FIELDS:
            valeurs[champ] = _html(valeurs[champ])
        marche, _ = Marche.objects.update_or_create(code_pays=code, defaults=valeurs)
        for ordre, (libelle, valeur, source, annee) in enumerate(fiche["chiffres"]):
            ChiffreCle.objects.update_or_create(
                marche=marche,
                libelle=libelle,
                defaults={"valeur": valeur, "source": source, "annee": annee, "ordre": ordre},
            )
        marches[code] = marche
    return marches


def _places(marches):
    today = timezone.localdate()
    places = {}
    for fiche in data.PLACES:
        place, _ = PlaceDeMarche.objects.update_or_create(
            slug=fiche["slug"],
            defaults={
                "nom": fiche["nom"],
                "description": _html(fiche["description"]),
                "modele_commission": fiche["modele_commission"],
                "url": fiche["url"],
            },
        )
        place.marches.set([marches[code] for code in fiche["pays"]])
        place.secteurs.set(Secteur.objects.filter(slug__in=fiche["secteurs"]))
        if fiche["offre"]:
            titre, conditions = fiche["offre"]
            if fiche.get("expiree"):
                debut, fin = today - timedelta(days=400), today - timedelta(days=30)
            else:
                debut, fin = today - timedelta(days=30), today + timedelta(days=335)
            OffrePreferentielle.objects.update_or_create(
                place=place,
                titre=titre,
                defaults={"conditions": conditions, "debut": debut, "fin": fin},
            )
        places[fiche["slug"]] = place
    return places


def _temoignages(marches, places):
    secteurs = {s.slug: s for s in Secteur.objects.all()}
    for (
        slug,
        titre,
        entreprise,
        region,
        pays,
        secteur,
        produits,
        canaux,
        plateformes,
        budget,
        resultats,
    ) in data.TEMOIGNAGES:
        temoignage, _ = Temoignage.objects.update_or_create(
            slug=slug,
            defaults={
                "titre": titre,
                "entreprise": entreprise,
                "region_id": region,
                "marche": marches[pays],
                "secteur": secteurs[secteur],
                "produits": produits,
                "canaux": canaux,
                "budget": Decimal(budget),
                "resultats": resultats,
                "recit": _html(
                    f"{entreprise} a commencé par tester le marché avec quelques références, "
                    f"avant d'élargir son catalogue. Canaux : {canaux.lower()}."
                ),
            },
        )
        temoignage.places.set([places[p] for p in plateformes])


def _dispositifs():
    for ordre, (nom, type_, organisme, description, url, recherche) in enumerate(data.DISPOSITIFS):
        Dispositif.objects.update_or_create(
            nom=nom,
            defaults={
                "type": type_,
                "organisme": organisme,
                "description": description,
                "url": url,
                "recherche_aides": recherche,
                "ordre": ordre,
            },
        )


def _faq():
    for ordre, (categorie, question, reponse, mots_cles, url, libelle) in enumerate(data.FAQ):
        QuestionFaq.objects.update_or_create(
            question=question,
            defaults={
                "categorie": categorie,
                "reponse": sanitize_html(reponse),
                "mots_cles": mots_cles,
                "lien_url": url,
                "lien_libelle": libelle,
                "ordre": ordre,
            },
        )


def _csv_leads() -> bytes:
    """Deterministic leads, so that loading the demo twice updates the same rows."""
    hasard = random.Random(2026)
    today = timezone.localdate()
    pays = list(data.MARCHES) + ["NL", "CH", "MA", "SG", "AE", "SE"]
    sortie = io.StringIO()
    writer = csv.writer(sortie, delimiter=";")
    writer.writerow(
        ["reference", "titre", "description", "pays", "secteur", "naf", "categorie_produit"]
        + ["quantite", "date_limite", "source", "publie_le", "statut", "contact_nom"]
        + ["contact_email", "contact_url"]
    )
    for numero in range(1, NB_LEADS + 1):
        anglais = numero % 4 == 0
        catalogue = data.PRODUITS_EN if anglais else data.PRODUITS
        _, categorie, secteur, naf, titre = hasard.choice(catalogue)
        code = hasard.choice(pays)
        if numero <= 3:  # bruno's saved search « Fromages – Japon » has something to show
            anglais, code = False, "JP"
            _, categorie, secteur, naf, titre = data.PRODUITS[0]
        publie = today - timedelta(days=hasard.randint(0, 120))
        if numero <= 3:
            publie = today - timedelta(days=numero)
        ouvert = publie > today - timedelta(days=90)
        writer.writerow(
            [
                f"DEMO-{numero:04d}",
                titre,
                (
                    f"Buyer based in {PAYS[code]} – first order then yearly contract."
                    if anglais
                    else f"Pays de l'acheteur : {PAYS[code]}. Première commande test puis "
                    "contrat annuel ; produits d'origine France exigés."
                ),
                code,
                secteur,
                naf,
                categorie,
                f"{hasard.choice([500, 1000, 5000, 20000])} unités par an",
                (publie + timedelta(days=60)).isoformat(),
                hasard.choice(["Business France – demande d'acheteur", "CCI International"]),
                publie.isoformat(),
                "ouvert" if ouvert else "clos",
                "Service achats",
                f"achats{numero}@acheteur.example",
                "",
            ]
        )
    return sortie.getvalue().encode()
