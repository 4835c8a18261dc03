from decimal import Decimal

from croissance import demo
from croissance.entreprises.models import Entreprise
from croissance.referentiels.models import Region, Theme

from .enums import EtatModeration, TypeRessource
from .models import Prestataire, Ressource, Temoignage

# (type, title, summary, themes, min level, max level, price low, price high, price drivers)
RESSOURCES = [
    (
        TypeRessource.PRIX,
        "Site vitrine",
        "Un site de quelques pages pour être trouvé et contacté.",
        ["presence-en-ligne"],
        1,
        3,
        "1500",
        "6000",
        "Nombre de pages, rédaction des contenus, photos, multilingue, référencement de départ.",
    ),
    (
        TypeRessource.PRIX,
        "Boutique en ligne",
        "Vendre en ligne avec paiement et livraison.",
        ["vente-en-ligne"],
        1,
        4,
        "4000",
        "25000",
        "Nombre de produits, connexion à la caisse ou à l'ERP, moyens de paiement, logistique.",
    ),
    (
        TypeRessource.PRIX,
        "Référencement naturel",
        "Être visible sur les moteurs de recherche.",
        ["presence-en-ligne"],
        2,
        4,
        "500",
        "3000",
        "Audit initial, nombre de mots-clés, rédaction, suivi mensuel.",
    ),
    (
        TypeRessource.PRIX,
        "Logiciel de gestion de la relation client (CRM)",
        "Suivre ses prospects, ses clients et ses relances.",
        ["relation-client"],
        2,
        4,
        "30",
        "150",
        "Prix mensuel par utilisateur ; paramétrage et reprise des données en plus.",
    ),
    (
        TypeRessource.PRIX,
        "Audit de cybersécurité",
        "Faire le point sur ses failles et les corriger.",
        ["cybersecurite"],
        1,
        4,
        "1500",
        "8000",
        "Taille du parc, tests d'intrusion, accompagnement.",
    ),
    (
        TypeRessource.GUIDE,
        "Bien choisir son prestataire web",
        "Les questions à poser et les pièges à éviter avant de signer un devis.",
        ["presence-en-ligne", "strategie-numerique"],
        1,
        2,
        None,
        None,
        "",
    ),
    (
        TypeRessource.GUIDE,
        "Vendre sur les places de marché",
        "Amazon, Cdiscount, ManoMano, Etsy : avantages, commissions et obligations.",
        ["vente-en-ligne", "e-export"],
        2,
        4,
        None,
        None,
        "",
    ),
    (
        TypeRessource.MOOC,
        "Les bases de la cybersécurité pour les TPE",
        "Un parcours en ligne de 4 heures : mots de passe, sauvegardes, hameçonnage.",
        ["cybersecurite", "competences"],
        1,
        3,
        None,
        None,
        "",
    ),
    (
        TypeRessource.VIDEO,
        "Cinq minutes pour comprendre le référencement local",
        "Fiche d'établissement, avis clients, cohérence des informations.",
        ["presence-en-ligne"],
        1,
        2,
        None,
        None,
        "",
    ),
    (
        TypeRessource.OUTIL,
        "Calculateur de rentabilité d'une boutique en ligne",
        "Estimer le chiffre d'affaires nécessaire pour rentabiliser son site marchand.",
        ["vente-en-ligne", "financement"],
        2,
        4,
        None,
        None,
        "",
    ),
]

PRESTATAIRES = [
    (
        "Atelier Web Armor",
        False,
        False,
        ["53"],
        ["presence-en-ligne", "vente-en-ligne"],
        "Agence web bretonne spécialisée dans les sites de commerçants et d'artisans.",
        "Site vitrine clé en main — à partir de 2 400 € HT\n"
        "Boutique en ligne — à partir de 6 000 € HT",
    ),
    (
        "Cyberveille PME",
        True,
        True,
        [],
        ["cybersecurite"],
        "Startup qui surveille les failles des TPE et PME et les aide à les corriger.",
        "Diagnostic de sécurité — 1 500 € HT\nSurveillance continue — 49 € HT par mois",
    ),
    (
        "Occitanie Commerce Connecté",
        False,
        False,
        ["76"],
        ["vente-en-ligne", "relation-client"],
        "Intégrateur de solutions de vente en ligne et de caisse connectée.",
        "Click & collect — 3 500 € HT\nCRM pour commerçants — 35 € HT par mois",
    ),
]


@demo.register
def charger(comptes, stdout):
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    for type_, titre, resume, slugs, nmin, nmax, pmin, pmax, facteurs in RESSOURCES:
        ressource, _ = Ressource.objects.update_or_create(
            titre=titre,
            defaults={
                "type": type_,
                "resume": resume,
                "niveau_min": nmin,
                "niveau_max": nmax,
                "prix_min": Decimal(pmin) if pmin else None,
                "prix_max": Decimal(pmax) if pmax else None,
                "facteurs_prix": facteurs,
                "contenu": f"<p>{resume}</p>",
            },
        )
        ressource.themes.set([themes[s] for s in slugs])
    for nom, french_tech, national, regions, slugs, presentation, offres in PRESTATAIRES:
        prestataire, _ = Prestataire.objects.update_or_create(
            nom=nom,
            defaults={
                "french_tech": french_tech,
                "national": national,
                "presentation": presentation,
                "offres": offres,
            },
        )
        prestataire.regions.set(Region.objects.filter(code__in=regions))
        prestataire.themes.set([themes[s] for s in slugs])
    fromagerie = Entreprise.objects.filter(nom="Fromagerie Des Causses").first()
    if fromagerie:
        temoignage, _ = Temoignage.objects.update_or_create(
            titre="Nos fromages livrés dans toute la France",
            defaults={
                "entreprise": fromagerie,
                "auteur": comptes["pme_bruno"],
                "realisation": "Une boutique en ligne avec livraison réfrigérée, montée en "
                "trois mois avec un connecteur labellisé.",
                "accompagnement": "Un connecteur labellisé et l'aide régionale au numérique.",
                "cout": Decimal("9800"),
                "resultat": "18 % du chiffre d'affaires réalisé en ligne la première année.",
                "etat": EtatModeration.PUBLIE,
            },
        )
        temoignage.themes.set([themes["vente-en-ligne"]])
    stdout.write(f"Ressources : {len(RESSOURCES)} ressources, {len(PRESTATAIRES)} prestataires.")
