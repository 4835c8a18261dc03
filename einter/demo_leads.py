"""Demo business leads: foreign buyers looking for French products, as the mission imports them.

Every lead is drawn from a catalogue of products, each with its own buyers, quantities and
requirements, and from the cities of the countries that buy it; a seeded generator makes the
same leads on every run, and no two of them share a title or an opening sentence.
"""

import random
from dataclasses import dataclass
from datetime import date, timedelta

NB_LEADS = 300
ESPACE_MILLIERS = "\u202f"  # narrow no-break space, as in « 20 000 unités »

VILLES = {
    "DE": ["Berlin", "Hambourg", "Munich", "Cologne", "Francfort", "Düsseldorf", "Stuttgart"],
    "BE": ["Bruxelles", "Anvers", "Gand", "Liège", "Namur", "Bruges"],
    "ES": ["Madrid", "Barcelone", "Valence", "Séville", "Bilbao", "Malaga"],
    "IT": ["Milan", "Rome", "Turin", "Bologne", "Naples", "Florence"],
    "GB": ["Londres", "Manchester", "Édimbourg", "Bristol", "Leeds", "Birmingham"],
    "US": ["New York", "Chicago", "San Francisco", "Miami", "Seattle", "Austin", "Boston"],
    "CA": ["Montréal", "Québec", "Toronto", "Vancouver", "Ottawa", "Calgary"],
    "JP": ["Tokyo", "Osaka", "Kyoto", "Nagoya", "Fukuoka", "Sapporo"],
    "CN": ["Shanghai", "Pékin", "Shenzhen", "Canton", "Chengdu", "Hangzhou"],
    "NL": ["Amsterdam", "Rotterdam", "Utrecht", "La Haye", "Eindhoven"],
    "CH": ["Genève", "Lausanne", "Zurich", "Bâle", "Berne"],
    "MA": ["Casablanca", "Rabat", "Marrakech", "Tanger"],
    "SG": ["Singapour"],
    "AE": ["Dubaï", "Abou Dabi"],
    "SE": ["Stockholm", "Göteborg", "Malmö"],
}
# Buyers who publish in English, and the English names of their cities.
ANGLAIS = {"US", "GB", "CA", "SG", "AE", "SE", "NL"}
CITIES = {
    "Londres": "London",
    "Édimbourg": "Edinburgh",
    "Montréal": "Montreal",
    "Québec": "Quebec City",
    "Singapour": "Singapore",
    "Dubaï": "Dubai",
    "Abou Dabi": "Abu Dhabi",
    "Göteborg": "Gothenburg",
    "La Haye": "The Hague",
}

TOUS = list(VILLES)
EUROPE = ["DE", "BE", "ES", "IT", "GB", "NL", "CH", "SE"]
SANS_ALCOOL = [code for code in TOUS if code not in ("MA", "AE")]


@dataclass(frozen=True)
class Produit:
    categorie: str
    secteur: str
    naf: str
    variantes: tuple[str, ...]  # what is sought, as a buyer writes it
    acheteurs: tuple[str, ...]  # who seeks it (singular, with its article)
    unite: str
    quantites: tuple[int, ...]
    periode: str
    exigences: tuple[str, ...]
    pays: tuple[str, ...]
    anglais: tuple[str, str] = ("", "")  # (product, buyer) when the buyer writes in English


CATALOGUE = [
    Produit(
        "Fromages affinés",
        "agroalimentaire",
        "10",
        (
            "des fromages au lait cru AOP",
            "des fromages de chèvre affinés",
            "des meules de comté et de beaufort",
        ),
        (
            "une chaîne d'épiceries fines",
            "un importateur de produits laitiers",
            "un traiteur haut de gamme",
            "un grossiste de la restauration",
        ),
        "kg",
        (600, 1500, 4000, 12000),
        "par an",
        (
            "Transport sous température dirigée jusqu'à l'entrepôt de l'acheteur.",
            "Durée de conservation restante d'au moins 45 jours à la livraison.",
            "Certificat sanitaire d'exportation fourni par le vendeur.",
        ),
        ("JP", "US", "GB", "DE", "BE", "SG", "AE", "CH", "CA", "NL", "SE"),
        ("French raw-milk cheeses", "a fine food importer"),
    ),
    Produit(
        "Vins et spiritueux",
        "agroalimentaire",
        "11",
        (
            "des vins biologiques de Loire",
            "des crémants d'Alsace et de Bourgogne",
            "des vins rouges du Languedoc",
            "des bordeaux de petits châteaux",
        ),
        (
            "un caviste en ligne",
            "un importateur de vins",
            "un club de dégustation",
            "un groupe hôtelier",
        ),
        "bouteilles",
        (3000, 6000, 12000, 30000),
        "par an",
        (
            "Étiquettes conformes à la réglementation du pays d'arrivée, prises en charge par "
            "l'importateur.",
            "Échantillons de trois cuvées avant toute commande.",
            "Prix départ chai (EXW) et rendu entrepôt (DAP) demandés.",
        ),
        tuple(c for c in SANS_ALCOOL if c not in ("CN",)) + ("CN",),
        ("organic French wines", "a wine importer"),
    ),
    Produit(
        "Spiritueux",
        "agroalimentaire",
        "11",
        ("des cognacs et armagnacs de producteurs", "des calvados et cidres fermiers"),
        ("un bar à cocktails", "un distributeur de spiritueux", "une boutique hors taxes"),
        "bouteilles",
        (1200, 2400, 6000),
        "par an",
        ("Coffrets cadeaux souhaités pour la fin d'année.", "Fiches de dégustation en anglais."),
        ("JP", "CN", "US", "GB", "SG", "DE", "CH"),
        ("craft French brandies", "a spirits distributor"),
    ),
    Produit(
        "Biscuiterie",
        "agroalimentaire",
        "10",
        (
            "des biscuits au beurre et galettes bretonnes",
            "des madeleines emballées individuellement",
            "des pains d'épices",
        ),
        (
            "une chaîne de cafés",
            "un distributeur d'épicerie fine",
            "une compagnie de restauration ferroviaire",
        ),
        "paquets",
        (5000, 20000, 60000, 150000),
        "par an",
        (
            "Emballage individuel pour la vente au comptoir.",
            "Liste des allergènes traduite sur chaque paquet.",
            "Durée de conservation d'au moins neuf mois.",
        ),
        TOUS,
        ("French butter biscuits", "a café chain"),
    ),
    Produit(
        "Confitures et miels",
        "agroalimentaire",
        "10",
        ("des confitures artisanales", "des miels de lavande et de châtaignier"),
        ("un hôtel de luxe", "un réseau de magasins biologiques", "une épicerie en ligne"),
        "pots",
        (2000, 8000, 25000),
        "par an",
        ("Certification biologique exigée.", "Petits formats de 30 à 50 g appréciés."),
        TOUS,
        ("artisan jams and honey", "a luxury hotel group"),
    ),
    Produit(
        "Chocolaterie",
        "agroalimentaire",
        "10",
        ("des tablettes de chocolat bean-to-bar", "des chocolats pralinés en coffrets"),
        ("un grand magasin", "une chaîne de boutiques cadeaux", "un importateur de confiserie"),
        "coffrets",
        (1500, 5000, 20000),
        "pour la saison de Noël",
        ("Livraison avant fin octobre impérative.", "Transport protégé de la chaleur exigé."),
        ("JP", "CN", "US", "GB", "DE", "BE", "SG", "AE", "CH", "CA", "SE"),
        ("French chocolate gift boxes", "a department store"),
    ),
    Produit(
        "Conserves de la mer",
        "agroalimentaire",
        "10",
        ("des sardines millésimées en conserve", "des rillettes et soupes de poissons"),
        (
            "une épicerie fine",
            "un distributeur de produits de la mer",
            "une chaîne de supermarchés haut de gamme",
        ),
        "boîtes",
        (10000, 40000, 100000),
        "par an",
        (
            "Boîtes illustrées : le design compte pour la vente en cadeau.",
            "Origine et zone de pêche indiquées sur l'étiquette.",
        ),
        TOUS,
        ("premium French canned fish", "a gourmet retailer"),
    ),
    Produit(
        "Condiments",
        "agroalimentaire",
        "10",
        ("des moutardes et vinaigres aromatisés", "des huiles d'olive de Provence"),
        (
            "un restaurant gastronomique",
            "une centrale d'achat de restauration",
            "un magasin de produits du terroir",
        ),
        "bouteilles",
        (1000, 4000, 15000),
        "par an",
        (
            "Formats professionnels de 1 litre et plus pour la restauration.",
            "Fiches techniques complètes exigées.",
        ),
        TOUS,
        ("French mustards and vinegars", "a restaurant group"),
    ),
    Produit(
        "Vêtements",
        "mode",
        "14",
        ("des marinières en coton biologique", "des chemises en lin", "des pulls en laine mérinos"),
        ("un concept store", "une chaîne de boutiques de mode", "un site de mode durable"),
        "pièces",
        (300, 800, 2500, 6000),
        "par saison",
        (
            "Tailles européennes et tableau de correspondance demandés.",
            "Certification des matières (GOTS ou équivalent) souhaitée.",
            "Première commande d'essai sur deux coloris.",
        ),
        TOUS,
        ("French linen shirts", "a sustainable fashion retailer"),
    ),
    Produit(
        "Chaussures et maroquinerie",
        "mode",
        "15",
        (
            "des chaussures en cuir fabriquées en France",
            "des sacs et de la petite maroquinerie en cuir",
        ),
        ("un grossiste en chaussures", "une boutique de créateurs", "un grand magasin"),
        "paires",
        (200, 600, 1500, 4000),
        "par saison",
        ("Tannage végétal apprécié.", "Réassort possible en quatre semaines."),
        TOUS,
        ("French leather shoes", "a footwear wholesaler"),
    ),
    Produit(
        "Accessoires de mode",
        "mode",
        "14",
        ("des foulards en soie imprimés", "des bérets en laine"),
        (
            "une boutique de musée",
            "une chaîne de boutiques de souvenirs",
            "un site de mode en ligne",
        ),
        "pièces",
        (500, 2000, 8000),
        "par an",
        ("Étiquetage « fabriqué en France » exigé.", "Motifs exclusifs possibles."),
        TOUS,
        ("French silk scarves", "a museum shop"),
    ),
    Produit(
        "Cosmétiques",
        "cosmetique",
        "20",
        (
            "des soins à base d'algues marines",
            "des savons à froid au lait d'ânesse",
            "des huiles essentielles biologiques",
            "des crèmes solaires minérales",
        ),
        (
            "un réseau de pharmacies",
            "une chaîne de parfumeries",
            "un institut de thalasso",
            "un site de beauté en ligne",
        ),
        "unités",
        (2000, 6000, 20000, 50000),
        "par an",
        (
            "Dossier réglementaire complet et liste des ingrédients traduite.",
            "Produits non testés sur les animaux.",
            "Formats voyage de moins de 100 ml souhaités.",
        ),
        TOUS,
        ("natural French skincare", "a pharmacy chain"),
    ),
    Produit(
        "Parfums",
        "cosmetique",
        "20",
        ("des eaux de parfum de Grasse en petites séries",),
        ("une parfumerie de niche", "un grand magasin", "un distributeur de parfums"),
        "flacons",
        (500, 1500, 4000),
        "par an",
        ("Exclusivité territoriale demandée.", "Testeurs et échantillons fournis."),
        ("JP", "CN", "US", "GB", "AE", "SG", "DE", "IT", "ES", "CH"),
        ("niche perfumes from Grasse", "a niche perfumery"),
    ),
    Produit(
        "Meubles",
        "maison",
        "31",
        ("des meubles en chêne massif", "des chaises de bistrot", "des tables en noyer sur mesure"),
        ("un décorateur d'hôtels", "une chaîne de restaurants", "un distributeur de mobilier"),
        "pièces",
        (40, 120, 350, 800),
        "par projet",
        (
            "Bois issu de forêts gérées durablement (PEFC ou FSC).",
            "Livraison et montage sur site à chiffrer séparément.",
        ),
        TOUS,
        ("solid oak furniture", "a hotel design studio"),
    ),
    Produit(
        "Arts de la table",
        "maison",
        "23",
        (
            "de la vaisselle en céramique artisanale",
            "des verres soufflés à la main",
            "des couteaux de table forgés",
        ),
        ("un restaurant gastronomique", "un grand magasin", "une boutique de design"),
        "pièces",
        (300, 1200, 5000),
        "par an",
        (
            "Résistance au lave-vaisselle professionnel exigée.",
            "Réassort garanti pendant trois ans.",
        ),
        TOUS,
        ("handmade French tableware", "a fine-dining restaurant group"),
    ),
    Produit(
        "Linge de maison",
        "maison",
        "13",
        ("du linge de lit en lin lavé", "des nappes en coton enduit"),
        (
            "un hôtel-boutique",
            "une chaîne de magasins de décoration",
            "un site de décoration en ligne",
        ),
        "parures",
        (200, 900, 3000),
        "par an",
        ("Certification OEKO-TEX demandée.", "Tailles de lits du pays à respecter."),
        TOUS,
        ("washed linen bedding", "a boutique hotel group"),
    ),
    Produit(
        "Sous-traitance mécanique",
        "industrie",
        "25",
        ("des pièces usinées de précision en aluminium", "des pièces de tôlerie en inox"),
        (
            "un fabricant de machines agricoles",
            "un équipementier ferroviaire",
            "un constructeur d'équipements médicaux",
        ),
        "pièces",
        (500, 2000, 10000, 40000),
        "par an",
        (
            "Certification ISO 9001 exigée.",
            "Plans fournis sous accord de confidentialité.",
            "Premier lot de présérie de 50 pièces.",
        ),
        EUROPE + ["US", "CA", "MA"],
        ("precision machined aluminium parts", "an agricultural machinery maker"),
    ),
    Produit(
        "Équipements industriels",
        "industrie",
        "28",
        (
            "des pompes doseuses",
            "des capteurs de température industriels",
            "des armoires électriques sur mesure",
        ),
        (
            "un intégrateur industriel",
            "un exploitant de stations d'épuration",
            "un distributeur de matériel électrique",
        ),
        "unités",
        (50, 200, 800, 2500),
        "par an",
        (
            "Marquage CE et documentation technique en anglais.",
            "Service après-vente assuré par un partenaire local.",
        ),
        EUROPE + ["MA", "AE", "CA", "SG"],
        ("industrial dosing pumps", "an industrial integrator"),
    ),
    Produit(
        "Dispositifs médicaux",
        "sante",
        "32",
        ("des orthèses et dispositifs de contention", "des tensiomètres connectés"),
        (
            "un réseau de cliniques",
            "un distributeur de matériel médical",
            "une chaîne de pharmacies",
        ),
        "unités",
        (1000, 5000, 20000),
        "par an",
        (
            "Marquage CE au titre du règlement européen sur les dispositifs médicaux.",
            "Formation des équipes de vente à prévoir.",
        ),
        EUROPE + ["MA", "AE", "CA"],
        ("CE-marked orthopaedic supports", "a medical equipment distributor"),
    ),
    Produit(
        "Livres",
        "culture",
        "58",
        (
            "des livres jeunesse en français",
            "des bandes dessinées en version originale",
            "des romans policiers en français",
        ),
        (
            "une librairie francophone",
            "un réseau d'écoles françaises",
            "la médiathèque d'une Alliance française",
        ),
        "exemplaires",
        (300, 1200, 5000),
        "par an",
        (
            "Commandes mensuelles avec droit de retour sur les invendus.",
            "Remise libraire de 35 % attendue.",
        ),
        TOUS,
        ("French-language children's books", "a French bookshop"),
    ),
    Produit(
        "Jouets et jeux",
        "artisanat",
        "32",
        (
            "des jouets en bois éco-conçus",
            "des jeux de société éducatifs",
            "des peluches en coton biologique",
        ),
        ("un magasin de jouets", "une chaîne de boutiques pour enfants", "un distributeur de jeux"),
        "pièces",
        (500, 2000, 8000),
        "par an",
        (
            "Conformité à la norme européenne EN 71 exigée.",
            "Règles du jeu traduites dans la langue du pays.",
        ),
        TOUS,
        ("eco-designed wooden toys", "a toy store chain"),
    ),
    Produit(
        "Bijoux",
        "artisanat",
        "32",
        ("des bijoux en argent recyclé", "des bijoux fantaisie en laiton doré"),
        (
            "une boutique de créateurs",
            "un site de bijoux en ligne",
            "une chaîne de boutiques d'accessoires",
        ),
        "pièces",
        (300, 1000, 3000),
        "par an",
        (
            "Présentoirs fournis pour la vente en boutique.",
            "Dépôt-vente accepté pour la première saison.",
        ),
        TOUS,
        ("recycled silver jewellery", "a designer boutique"),
    ),
    Produit(
        "Logiciels",
        "numerique",
        "62",
        (
            "un logiciel de caisse et de gestion commerciale",
            "une solution de prise de rendez-vous en ligne",
            "une application de gestion des stocks",
        ),
        (
            "un distributeur de logiciels",
            "un réseau de franchises",
            "une fédération de commerçants",
        ),
        "licences",
        (50, 250, 1000, 5000),
        "la première année",
        (
            "Interface traduite et hébergement dans l'Union européenne.",
            "Support en anglais aux heures ouvrées du pays.",
        ),
        EUROPE + ["CA", "MA", "SG"],
        ("retail management software", "a software reseller"),
    ),
    Produit(
        "Épicerie fine en assortiment",
        "distribution",
        "46",
        ("des assortiments d'épicerie fine française", "des coffrets cadeaux gourmands"),
        (
            "un supermarché français à l'étranger",
            "une centrale d'achat",
            "un service de colis gourmands",
        ),
        "coffrets",
        (500, 2000, 6000),
        "par an",
        (
            "Consolidation de plusieurs producteurs dans un même envoi appréciée.",
            "Livraison avant les fêtes de fin d'année.",
        ),
        TOUS,
        ("French gourmet gift boxes", "a gourmet subscription service"),
    ),
]

ACCROCHES = (
    "{Acheteur} ({ville}) recherche {produit}.",
    "À {ville}, {acheteur} souhaite référencer {produit}.",
    "{Acheteur} {de_ville} veut élargir son offre avec {produit}.",
    "Pour sa clientèle {de_ville}, {acheteur} recherche {produit}.",
)
OPENINGS = (
    "{Buyer} based in {city} is sourcing {product}.",
    "{City}: {buyer} is looking for {product} to add to its range.",
    "For its customers in {city}, {buyer} wants to list {product}.",
)
CONDITIONS = (
    "Première commande d'essai, puis contrat annuel si les ventes suivent.",
    "Paiement à 60 jours fin de mois après la première commande.",
    "Tarifs en euros, conditions de livraison à préciser dans l'offre.",
    "Rencontre possible sur un salon professionnel du secteur.",
    "Réponse attendue avec catalogue, tarifs professionnels et délais.",
    "Préférence pour une entreprise qui exporte déjà ou vend en ligne.",
)
SOURCES = (
    "Business France – demande d'acheteur",
    "CCI International",
    "Team France Export – réseau à l'international",
    "Enterprise Europe Network",
)
CONTACTS = (
    "Service achats",
    "Responsable des achats",
    "Direction commerciale",
    "Acheteuse produits",
    "Category manager",
)
DELAIS_REPONSE = (21, 30, 45, 60, 75)


def nombre(valeur: int) -> str:
    """20 000 — French thousands separator (narrow no-break space)."""
    return f"{valeur:,}".replace(",", ESPACE_MILLIERS)


def _majuscule(texte: str) -> str:
    return texte[0].upper() + texte[1:]


def _de(ville: str) -> str:
    """« de Lyon », « d'Osaka »."""
    return f"d'{ville}" if ville[0] in "AEIOUYÉÈÂ" else f"de {ville}"


def _sans_article(texte: str) -> str:
    """« des fromages affinés » → « Fromages affinés », for a title."""
    for article in ("des ", "du ", "de la ", "un ", "une "):
        if texte.startswith(article):
            return _majuscule(texte.removeprefix(article))
    return _majuscule(texte)


def _en_francais(rng, produit: Produit, ville: str, variante: str) -> tuple[str, str, str]:
    acheteur = rng.choice(produit.acheteurs)
    quantite = f"{nombre(rng.choice(produit.quantites))} {produit.unite} {produit.periode}"
    titre = f"{_sans_article(variante)} pour {acheteur} ({ville})"
    accroche = rng.choice(ACCROCHES).format(
        Acheteur=_majuscule(acheteur),
        acheteur=acheteur,
        ville=ville,
        de_ville=_de(ville),
        produit=variante,
    )
    exigences = rng.sample(produit.exigences, k=min(2, len(produit.exigences)))
    description = " ".join(
        [accroche, f"Volume envisagé : {quantite}.", *exigences, rng.choice(CONDITIONS)]
    )
    return titre, description, quantite


def _in_english(rng, produit: Produit, ville: str) -> tuple[str, str, str]:
    nom, acheteur = produit.anglais
    city = CITIES.get(ville, ville)
    quantite = f"{nombre(rng.choice(produit.quantites))} {produit.unite} {produit.periode}"
    titre = f"{_majuscule(nom)} wanted by {acheteur} in {city}"
    ouverture = rng.choice(OPENINGS).format(
        Buyer=_majuscule(acheteur), buyer=acheteur, City=city, city=city, product=nom
    )
    description = (
        f"{ouverture} Trial order first, then a yearly contract if sales follow. Please send "
        "your catalogue, export prices and lead times."
    )
    return titre, description, quantite


def generer(*, today: date, nombre_leads: int = NB_LEADS) -> list[dict]:
    """The demo leads, the same on every run for a given day: no two share a title or the
    first 60 characters of their description."""
    rng = random.Random(2026)
    titres, debuts, leads = set(), set(), []
    # Bruno's saved search « Fromages – Japon » finds the first three.
    fromages = CATALOGUE[0]
    imposes = [(fromages, "JP", ville) for ville in ("Tokyo", "Osaka", "Kyoto")]
    while len(leads) < nombre_leads:
        numero = len(leads) + 1
        if imposes:
            produit, code, ville = imposes.pop(0)
        else:
            produit = rng.choice(CATALOGUE)
            code = rng.choice(produit.pays)
            ville = rng.choice(VILLES[code])
        if numero > 3 and code in ANGLAIS and rng.random() < 0.35:
            titre, description, quantite = _in_english(rng, produit, ville)
        else:
            variante = produit.variantes[0] if numero <= 3 else rng.choice(produit.variantes)
            titre, description, quantite = _en_francais(rng, produit, ville, variante)
        if titre in titres or description[:60] in debuts:
            continue
        titres.add(titre)
        debuts.add(description[:60])
        publie = today - timedelta(days=numero if numero <= 3 else rng.randint(0, 120))
        date_limite = publie + timedelta(days=rng.choice(DELAIS_REPONSE))
        leads.append(
            {
                "reference": f"DEMO-{numero:04d}",
                "titre": titre,
                "description": description,
                "pays": code,
                "secteur": produit.secteur,
                "naf": produit.naf,
                "categorie_produit": produit.categorie,
                "quantite": quantite,
                "date_limite": date_limite.isoformat(),
                "source": rng.choice(SOURCES),
                "publie_le": publie.isoformat(),
                "statut": "ouvert" if date_limite >= today else "clos",
                "contact_nom": rng.choice(CONTACTS),
                "contact_email": f"achats{numero}@acheteur.example",
                "contact_url": "",
            }
        )
    return leads
