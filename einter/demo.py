"""Demo data: 9 market fiches, marketplaces with negotiated offers, success stories, support
schemes, FAQ answers, 300 leads imported through the CSV service, and a saved search."""

import csv
import io
from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

from croissance import demo
from diagnostic.questionnaires import charger_questionnaires

from . import demo_contenu as data
from .demo_leads import generer
from .demo_marches import MARCHES
from .imports import COLONNES
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
from .services import diagnostic_publier_pays, importer_leads


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
    """Paragraphs separated by a blank line; lines starting with "- " become a list."""
    html, phrase, items = [], [], []

    def fermer():
        if phrase:
            html.append(f"<p>{' '.join(phrase)}</p>")
        if items:
            html.append(f"<ul>{''.join(items)}</ul>")
        phrase.clear()
        items.clear()

    for ligne in texte.split("\n"):
        if ligne.startswith("- "):
            if phrase:
                fermer()
            items.append(f"<li>{ligne.removeprefix('- ')}</li>")
        elif ligne.strip():
            if items:
                fermer()
            phrase.append(ligne)
        else:
            fermer()
    fermer()
    return "".join(html)


def _marches():
    marches = {}
    for code, fiche in MARCHES.items():
        valeurs = {k: v for k, v in fiche.items() if k != "chiffres"}
        for champ in Marche.RICH_TEXT_FIELDS:
            valeurs[champ] = _html(valeurs[champ])
        marche, _ = Marche.objects.update_or_create(code_pays=code, defaults=valeurs)
        # The fiche's key figures are those of the content file: figures an earlier version
        # of the demo loaded under another label go.
        marche.chiffres.exclude(libelle__in=[chiffre[0] for chiffre in fiche["chiffres"]]).delete()
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
        recit,
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
                "recit": _html(recit),
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
                "reponse": reponse,
                "mots_cles": mots_cles,
                "lien_url": url,
                "lien_libelle": libelle,
                "ordre": ordre,
            },
        )


def _csv_leads() -> bytes:
    """Deterministic leads, so that loading the demo twice updates the same rows."""
    sortie = io.StringIO()
    writer = csv.DictWriter(sortie, fieldnames=COLONNES, delimiter=";")
    writer.writeheader()
    writer.writerows(generer(today=timezone.localdate()))
    return sortie.getvalue().encode()
