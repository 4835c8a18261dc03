from decimal import Decimal

from croissance import demo
from croissance.entreprises.models import Entreprise
from croissance.referentiels.models import Region, Theme

from .demo_contenu import RESSOURCES, SOURCES
from .enums import EtatModeration
from .models import Prestataire, Ressource, Temoignage

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


def contenu(fiche: dict) -> str:
    """The body of a resource: what it is, what one learns, what to do next, its sources."""
    points = "".join(f"<li>{point}</li>" for point in fiche["points"])
    sources = "".join(
        f'<li><a href="{SOURCES[cle][1]}">{SOURCES[cle][0]}</a></li>' for cle in fiche["sources"]
    )
    return (
        f"<p>{fiche['intro']}</p>"
        f"<h2>{fiche.get('points_titre', 'Ce que vous y apprenez')}</h2><ul>{points}</ul>"
        f"<h2>Pour passer à l'action</h2><p>{fiche['action']}</p>"
        f"<h2>Sources</h2><ul>{sources}</ul>"
    )


@demo.register
def charger(comptes, stdout):
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    for fiche in RESSOURCES:
        prix_min, prix_max = fiche.get("prix", (None, None))
        ressource, _ = Ressource.objects.update_or_create(
            titre=fiche["titre"],
            defaults={
                "type": fiche["type"],
                "resume": fiche["resume"],
                "niveau_min": fiche["niveaux"][0],
                "niveau_max": fiche["niveaux"][1],
                "prix_min": Decimal(prix_min) if prix_min is not None else None,
                "prix_max": Decimal(prix_max) if prix_max is not None else None,
                "facteurs_prix": fiche.get("facteurs", ""),
                "lien": fiche.get("lien", ""),
                "contenu": contenu(fiche),
            },
        )
        ressource.themes.set([themes[s] for s in fiche["themes"]])
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
