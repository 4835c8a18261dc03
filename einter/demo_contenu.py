"""Demo content of the e-export app: plausible market fiches (figures are orders of magnitude
given with their usual public sources, to be checked by the mission before publication)."""

EURO = "Ecommerce Europe – European E-commerce Report"
EUROSTAT = "Eurostat – usage des TIC par les ménages"
DMI = "Statista – Digital Market Insights"
DATAREPORTAL = "DataReportal – Digital Report"

MARCHES = {
    "DE": {
        "nom": "Allemagne",
        "accroche": "Premier marché e-commerce de l'Union européenne, exigeant sur la qualité, la "
        "protection des données et les retours.",
        "caracteristiques": "Un marché mature dominé par Amazon et Otto, où les marketplaces "
        "concentrent plus de la moitié des ventes en ligne.",
        "habitudes": "Les acheteurs comparent beaucoup, lisent les avis et attendent une livraison "
        "en 1 à 3 jours. Le paiement sur facture reste très apprécié.",
        "places_de_marche": "Amazon.de, Otto, Zalando, Kaufland.de, eBay.de.",
        "reseaux": "Google domine la recherche ; Instagram, Facebook et YouTube pour la "
        "découverte de marques ; Pinterest pour la maison et la décoration.",
        "localisation": "Site entièrement traduit par un locuteur natif, mentions légales "
        "(Impressum) et conditions générales conformes au droit allemand.",
        "paiement": "PayPal, paiement sur facture (Klarna), prélèvement SEPA, cartes.",
        "marketing": "Labels de confiance (Trusted Shops), avis clients, référencement "
        "sur les comparateurs (Idealo).",
        "logistique": "DHL et Hermes ; délais courts attendus ; entrepôt local via un "
        "programme logistique de marketplace pour les volumes importants.",
        "retours": "Taux de retour élevé dans la mode (jusqu'à un colis sur deux) : "
        "prévoir une étiquette retour prépayée.",
        "douane": "Marché intérieur de l'UE : pas de droits de douane.",
        "fiscalite": "TVA allemande (19 %) au-delà du seuil européen de 10 000 € de ventes à "
        "distance ; déclaration via le guichet unique OSS. Enregistrement au registre des "
        "emballages (LUCID) obligatoire.",
        "chiffres": [
            ("Chiffre d'affaires du e-commerce B2C", "≈ 90 Md€", EURO, 2024),
            ("Part des internautes achetant en ligne", "≈ 80 %", EUROSTAT, 2024),
            ("Part de marché des places de marché", "≈ 55 %", DMI, 2024),
        ],
    },
    "BE": {
        "nom": "Belgique",
        "accroche": "Un marché de proximité, bilingue, où les acheteurs commandent volontiers "
        "sur des sites français.",
        "caracteristiques": "Forte part des achats transfrontaliers, notamment vers la France "
        "et les Pays-Bas.",
        "habitudes": "Les francophones achètent sur les sites français, les néerlandophones "
        "sur les sites néerlandais : deux marchés en un.",
        "places_de_marche": "Bol.com, Amazon (via .fr et .nl), Zalando, Cdiscount.",
        "reseaux": "Google, Facebook, Instagram ; LinkedIn en B2B.",
        "localisation": "Version néerlandaise indispensable pour la Flandre.",
        "paiement": "Bancontact (incontournable), cartes, PayPal.",
        "marketing": "Campagnes distinctes par communauté linguistique.",
        "logistique": "Livraison depuis la France en 48 h ; réseau de points relais dense.",
        "retours": "Retours gratuits attendus dans la mode.",
        "douane": "Marché intérieur de l'UE : pas de droits de douane.",
        "fiscalite": "TVA belge (21 %) au-delà du seuil européen, déclarée via l'OSS.",
        "chiffres": [
            ("Chiffre d'affaires du e-commerce B2C", "≈ 17 Md€", EURO, 2024),
            ("Achats en ligne auprès de vendeurs étrangers", "≈ 50 %", EUROSTAT, 2024),
        ],
    },
    "ES": {
        "nom": "Espagne",
        "accroche": "Un marché en forte croissance, très mobile, où l'image des produits "
        "français est excellente.",
        "caracteristiques": "Croissance continue du e-commerce portée par le mobile ; "
        "Amazon et AliExpress en tête.",
        "habitudes": "Achats majoritairement sur smartphone, sensibilité aux promotions et "
        "aux frais de port.",
        "places_de_marche": "Amazon.es, El Corte Inglés, AliExpress, Miravia, PcComponentes.",
        "reseaux": "WhatsApp, Instagram, TikTok et YouTube ; Google pour la recherche.",
        "localisation": "Traduction en castillan ; catalan apprécié en Catalogne.",
        "paiement": "Cartes, PayPal, Bizum (paiement mobile instantané).",
        "marketing": "Influenceurs et réseaux sociaux, offres pendant les soldes.",
        "logistique": "Correos, SEUR ; attention aux Canaries (hors territoire TVA de l'UE).",
        "retours": "Retours gratuits fréquents chez les grands acteurs.",
        "douane": "Pas de droits dans l'UE ; formalités pour les Canaries, Ceuta et Melilla.",
        "fiscalite": "TVA espagnole (21 %) au-delà du seuil européen, via l'OSS.",
        "chiffres": [
            ("Chiffre d'affaires du e-commerce B2C", "≈ 85 Md€", EURO, 2024),
            ("Part des internautes achetant en ligne", "≈ 70 %", EUROSTAT, 2024),
        ],
    },
    "IT": {
        "nom": "Italie",
        "accroche": "Un marché qui rattrape son retard, friand de mode, d'alimentation "
        "et de produits de qualité.",
        "caracteristiques": "Pénétration du e-commerce encore inférieure à la moyenne "
        "européenne, mais en croissance rapide.",
        "habitudes": "Paiement à la livraison encore présent ; attachement aux marques et "
        "à l'origine des produits.",
        "places_de_marche": "Amazon.it, eBay.it, Zalando, ePRICE, ManoMano.",
        "reseaux": "Facebook, Instagram, TikTok ; Google pour la recherche.",
        "localisation": "Traduction en italien et service client italophone.",
        "paiement": "Cartes, PayPal, cartes prépayées (PostePay), paiement à la livraison.",
        "marketing": "Mise en avant du « made in France » et des avis clients.",
        "logistique": "Poste Italiane, BRT ; délais plus longs dans le Sud.",
        "retours": "Procédure simple en italien attendue.",
        "douane": "Marché intérieur de l'UE : pas de droits de douane.",
        "fiscalite": "TVA italienne (22 %) au-delà du seuil européen, via l'OSS.",
        "chiffres": [
            ("Chiffre d'affaires du e-commerce B2C", "≈ 55 Md€", EURO, 2024),
            ("Part des internautes achetant en ligne", "≈ 55 %", EUROSTAT, 2024),
        ],
    },
    "GB": {
        "nom": "Royaume-Uni",
        "accroche": "Le marché le plus numérisé d'Europe, désormais hors de l'Union douanière.",
        "caracteristiques": "Part du e-commerce dans le commerce de détail parmi les plus "
        "élevées au monde.",
        "habitudes": "Acheteurs habitués à la livraison le lendemain et aux retours simples.",
        "places_de_marche": "Amazon.co.uk, eBay.co.uk, Etsy, ASOS Marketplace, OnBuy.",
        "reseaux": "Google, Instagram, TikTok, Facebook, Pinterest.",
        "localisation": "Anglais britannique, prix en livres sterling TTC.",
        "paiement": "Cartes, Apple Pay, PayPal, Klarna.",
        "marketing": "Recherche payante et réseaux sociaux ; comparateurs de prix.",
        "logistique": "Royal Mail, DPD, Evri ; dédouanement à anticiper.",
        "retours": "Les retours depuis le Royaume-Uni passent la douane : prévoir un "
        "entrepôt de retour local.",
        "douane": "Accord de commerce UE–Royaume-Uni : pas de droits pour les produits "
        "d'origine préférentielle, mais déclaration en douane systématique.",
        "fiscalite": "TVA britannique (20 %) collectée par le vendeur pour les colis "
        "jusqu'à 135 £, ou par la marketplace.",
        "chiffres": [
            ("Chiffre d'affaires du e-commerce B2C", "≈ 130 Md£", DMI, 2024),
            (
                "Part du e-commerce dans le commerce de détail",
                "≈ 27 %",
                "Office for National Statistics",
                2024,
            ),
        ],
    },
    "US": {
        "nom": "États-Unis",
        "accroche": "Le premier marché occidental, immense et concurrentiel, à aborder État "
        "par État.",
        "caracteristiques": "Amazon réalise près de 40 % du e-commerce ; forte croissance du "
        "commerce sur les réseaux sociaux.",
        "habitudes": "Livraison gratuite attendue, forte sensibilité aux avis et aux "
        "événements commerciaux (Black Friday).",
        "places_de_marche": "Amazon.com, Walmart Marketplace, eBay, Etsy, Target Plus.",
        "reseaux": "Google, YouTube, Instagram, TikTok, Pinterest.",
        "localisation": "Anglais américain, unités impériales, prix hors taxes.",
        "paiement": "Cartes de crédit, PayPal, Apple Pay, paiement fractionné (Affirm).",
        "marketing": "Publicité sur Amazon, influenceurs, avis vérifiés.",
        "logistique": "Stock local via un programme logistique de marketplace ou un "
        "prestataire 3PL recommandé.",
        "retours": "Retours gratuits très répandus.",
        "douane": "Droits selon la nomenclature ; enregistrement FDA pour l'alimentaire et "
        "les cosmétiques.",
        "fiscalite": "Sales tax propre à chaque État, collectée par les marketplaces dans "
        "la plupart des États.",
        "chiffres": [
            (
                "Chiffre d'affaires du e-commerce de détail",
                "≈ 1 100 Md$",
                "U.S. Census Bureau",
                2024,
            ),
            ("Part d'Amazon dans le e-commerce", "≈ 38 %", DMI, 2024),
        ],
    },
    "CA": {
        "nom": "Canada",
        "accroche": "Un marché bilingue proche culturellement, porte d'entrée de "
        "l'Amérique du Nord.",
        "caracteristiques": "E-commerce en croissance, beaucoup d'achats sur des sites américains.",
        "habitudes": "Au Québec, préférence pour les sites en français.",
        "places_de_marche": "Amazon.ca, Walmart.ca, Etsy, Best Buy Marketplace.",
        "reseaux": "Google, Facebook, Instagram, YouTube.",
        "localisation": "Français du Québec et anglais ; la loi 96 impose le français au Québec.",
        "paiement": "Cartes, Interac, PayPal.",
        "marketing": "Mise en avant de l'origine française au Québec.",
        "logistique": "Postes Canada, Purolator ; grandes distances.",
        "retours": "Prévoir un partenaire local de retours.",
        "douane": "Accord CETA : droits supprimés sur la plupart des produits d'origine UE.",
        "fiscalite": "TPS fédérale et taxes provinciales (TVQ, TVH).",
        "chiffres": [
            (
                "Chiffre d'affaires du e-commerce de détail",
                "≈ 60 Md$ CA",
                "Statistique Canada",
                2024,
            ),
            ("Part des Canadiens achetant en ligne", "≈ 80 %", DATAREPORTAL, 2024),
        ],
    },
    "JP": {
        "nom": "Japon",
        "accroche": "Un marché exigeant, amateur de produits français haut de gamme.",
        "caracteristiques": "Rakuten et Amazon dominent ; forte attente de qualité et de "
        "présentation.",
        "habitudes": "Paiement en supérette (konbini), emballage soigné, service client réactif.",
        "places_de_marche": "Rakuten Ichiba, Amazon.co.jp, Yahoo! Shopping, Zozotown.",
        "reseaux": "LINE, X (Twitter), Instagram ; Google et Yahoo! Japan.",
        "localisation": "Traduction japonaise professionnelle indispensable.",
        "paiement": "Cartes, konbini, PayPay, paiement à la livraison.",
        "marketing": "LINE et les campagnes saisonnières (Noël, Saint-Valentin).",
        "logistique": "Yamato, Sagawa ; stock local recommandé.",
        "retours": "Peu de retours mais exigence élevée sur l'état des produits.",
        "douane": "Accord UE–Japon : droits réduits ; normes strictes pour l'alimentaire "
        "et les cosmétiques.",
        "fiscalite": "Taxe sur la consommation (10 %, 8 % pour l'alimentaire).",
        "chiffres": [
            (
                "Chiffre d'affaires du e-commerce B2C",
                "≈ 24 000 Md¥",
                "METI – enquête e-commerce",
                2023,
            ),
            ("Taux d'achat en ligne des ménages", "≈ 55 %", DATAREPORTAL, 2024),
        ],
    },
    "CN": {
        "nom": "Chine",
        "accroche": "Le premier marché e-commerce du monde, accessible par le commerce "
        "transfrontalier.",
        "caracteristiques": "Écosystèmes fermés (Alibaba, JD, Pinduoduo) et commerce social "
        "très développé.",
        "habitudes": "Achat sur mobile, livestreaming, grands festivals (11.11, 618).",
        "places_de_marche": "Tmall Global, JD Worldwide, Douyin, Xiaohongshu.",
        "reseaux": "WeChat, Douyin, Weibo, Xiaohongshu ; Baidu pour la recherche.",
        "localisation": "Chinois simplifié, contenus adaptés aux plateformes chinoises.",
        "paiement": "Alipay, WeChat Pay.",
        "marketing": "Influenceurs (KOL), livestreaming, campagnes sur les festivals.",
        "logistique": "Entrepôts sous douane des zones pilotes de commerce transfrontalier.",
        "retours": "Rares et coûteux : privilégier un partenaire local.",
        "douane": "Régime du commerce transfrontalier avec droits réduits par commande et "
        "quota annuel par acheteur.",
        "fiscalite": "TVA et taxe de consommation réduites à 70 % en transfrontalier.",
        "chiffres": [
            ("Chiffre d'affaires du e-commerce", "≈ 2 000 Md$", DMI, 2024),
            ("Internautes", "≈ 1,1 milliard", DATAREPORTAL, 2024),
        ],
    },
}

PLACES = [
    {
        "slug": "amazon",
        "nom": "Amazon",
        "description": "Place de marché généraliste présente dans la plupart des pays.",
        "modele_commission": "Abonnement mensuel et commission de 7 à 15 % selon la catégorie",
        "url": "https://sell.amazon.fr",
        "pays": ["DE", "ES", "IT", "GB", "US", "CA", "JP"],
        "secteurs": ["mode", "maison", "cosmetique", "culture", "agroalimentaire", "sante"],
        "offre": (
            "Trois mois d'abonnement offerts",
            "Pour les PME du programme, sur "
            "justificatif d'inscription au portail ; un accompagnement au lancement.",
        ),
    },
    {
        "slug": "otto",
        "nom": "Otto",
        "description": "Deuxième place de marché allemande, forte en maison et mode.",
        "modele_commission": "Commission de 7 à 18 % selon la catégorie",
        "url": "https://www.otto.market",
        "pays": ["DE"],
        "secteurs": ["maison", "mode"],
        "offre": (
            "Commission réduite à 5 % pendant six mois",
            "Réservé aux PME de moins de 50 salariés vendant pour la première fois en Allemagne.",
        ),
    },
    {
        "slug": "bol",
        "nom": "Bol.com",
        "description": "Première place de marché des Pays-Bas et de Flandre.",
        "modele_commission": "Commission de 5 à 17 % et frais fixes par commande",
        "url": "https://partnerplatform.bol.com",
        "pays": ["BE"],
        "secteurs": ["maison", "culture", "mode"],
        "offre": None,
    },
    {
        "slug": "etsy",
        "nom": "Etsy",
        "description": "Place de marché de l'artisanat, du fait-main et du vintage.",
        "modele_commission": "Frais de mise en vente et commission de 6,5 % par transaction",
        "url": "https://www.etsy.com/fr/sell",
        "pays": ["US", "GB", "CA", "DE"],
        "secteurs": ["artisanat", "maison", "mode"],
        "offre": (
            "Frais de mise en vente offerts sur 40 annonces",
            "Une fois par PME, avec un atelier en ligne de prise en main.",
        ),
        "expiree": True,
    },
    {
        "slug": "rakuten-ichiba",
        "nom": "Rakuten Ichiba",
        "description": "Premier centre commercial en ligne du Japon.",
        "modele_commission": "Abonnement mensuel et commission de 2 à 7 %",
        "url": "https://www.rakuten.co.jp",
        "pays": ["JP"],
        "secteurs": ["agroalimentaire", "cosmetique", "mode"],
        "offre": (
            "Boutique traduite en japonais à moitié prix",
            "Pour les PME du programme, sur les trois premiers mois d'abonnement.",
        ),
    },
    {
        "slug": "tmall-global",
        "nom": "Tmall Global",
        "description": "Plateforme de commerce transfrontalier d'Alibaba pour les marques "
        "étrangères.",
        "modele_commission": "Dépôt de garantie, redevance annuelle et commission de 3 à 6 %",
        "url": "https://www.tmall.hk",
        "pays": ["CN"],
        "secteurs": ["agroalimentaire", "cosmetique", "sante"],
        "offre": None,
    },
    {
        "slug": "el-corte-ingles",
        "nom": "El Corte Inglés",
        "description": "Grand magasin espagnol ouvert aux vendeurs tiers.",
        "modele_commission": "Commission de 12 à 20 % selon la catégorie",
        "url": "https://www.elcorteingles.es",
        "pays": ["ES"],
        "secteurs": ["mode", "maison", "agroalimentaire"],
        "offre": None,
    },
]

TEMOIGNAGES = [
    (
        "fromages-au-japon",
        "Nos fromages affinés séduisent les épiceries fines de Tokyo",
        "Fromagerie des Causses",
        "76",
        "JP",
        "agroalimentaire",
        "Fromages affinés au lait cru",
        "Boutique sur Rakuten, importateur partenaire",
        ["rakuten-ichiba"],
        "12000",
        "+18 % de chiffre d'affaires en un an",
    ),
    (
        "librairie-en-belgique",
        "Une librairie rennaise trouve ses lecteurs en Belgique",
        "Librairie Les Mots Voyageurs",
        "53",
        "BE",
        "culture",
        "Livres rares et éditions régionales",
        "Site bilingue, Bol.com",
        ["bol"],
        "4500",
        "300 commandes par an",
    ),
    (
        "biscuits-en-allemagne",
        "Des biscuits bretons sur Amazon.de",
        "Biscuiterie de l'Aber",
        "53",
        "DE",
        "agroalimentaire",
        "Biscuits au beurre",
        "Amazon.de avec stock en Allemagne",
        ["amazon"],
        "8000",
        "25 % des ventes à l'export",
    ),
    (
        "ceramique-aux-etats-unis",
        "Une céramiste vend aux États-Unis grâce à Etsy",
        "Atelier Terre de Lune",
        "76",
        "US",
        "artisanat",
        "Vaisselle en céramique",
        "Etsy, Instagram",
        ["etsy"],
        "2500",
        "Un tiers du chiffre d'affaires aux États-Unis",
    ),
    (
        "cosmetiques-en-chine",
        "Des cosmétiques bio en Chine par le commerce transfrontalier",
        "Laboratoire Algues d'Armor",
        "53",
        "CN",
        "cosmetique",
        "Soins à base d'algues",
        "Tmall Global, influenceurs",
        ["tmall-global"],
        "45000",
        "Présence sur 11.11 dès la première année",
    ),
    (
        "mode-en-espagne",
        "Une marque de prêt-à-porter conquiert l'Espagne",
        "Maison Kerlann",
        "53",
        "ES",
        "mode",
        "Marinières et cirés",
        "El Corte Inglés, Instagram",
        ["el-corte-ingles"],
        "15000",
        "2 000 pièces vendues la première saison",
    ),
]

DISPOSITIFS = [
    (
        "Assurance prospection",
        "assurance",
        "Bpifrance Assurance Export",
        "Couvre une partie des dépenses de prospection à l'international et en verse une "
        "avance ; en cas d'échec, l'avance reste acquise en partie.",
        "https://www.bpifrance.fr",
        "assurance prospection",
    ),
    (
        "Assurance prospection accompagnement",
        "assurance",
        "Bpifrance Assurance Export",
        "Version simplifiée pour les PME qui débutent à l'export, avec un accompagnement "
        "par un conseiller.",
        "https://www.bpifrance.fr",
        "",
    ),
    (
        "Chèque export régional",
        "regional",
        "Régions et Team France Export",
        "Prise en charge d'une partie des prestations d'accompagnement export (prospection, "
        "salons, missions).",
        "https://www.teamfrance-export.fr",
        "chèque export",
    ),
    (
        "Aide régionale à la transformation numérique",
        "regional",
        "Régions",
        "Subvention de 50 % d'un projet de vente en ligne, y compris un site en langues "
        "étrangères, pour les entreprises de moins de 50 salariés.",
        "",
        "transformation numérique",
    ),
    (
        "Conseillers internationaux en région",
        "conseil",
        "Team France Export",
        "Des conseillers spécialisés par secteur accompagnent les PME dans leur projet export.",
        "https://www.teamfrance-export.fr",
        "",
    ),
    (
        "Prêt croissance international",
        "financement",
        "Bpifrance",
        "Prêt sans garantie pour financer l'implantation ou le développement à l'international.",
        "https://www.bpifrance.fr",
        "prêt international",
    ),
]

FAQ = [
    (
        "demarrer",
        "Par où commencer pour vendre en ligne à l'étranger ?",
        "<p>Faites d'abord l'autodiagnostic e-export : il évalue votre offre, votre site, vos "
        "moyens de paiement et votre logistique, puis propose des pays cibles.</p>",
        "débuter commencer premier pas export",
        "/diagnostic/",
        "Faire l'autodiagnostic",
    ),
    (
        "demarrer",
        "Faut-il un site traduit avant de vendre à l'étranger ?",
        "<p>Pas forcément : une place de marché permet de tester un pays avec une fiche produit "
        "traduite, avant d'investir dans un site localisé.</p>",
        "traduction site langue",
        "/e-export/places-de-marche/",
        "Voir les places de marché",
    ),
    (
        "pays",
        "Quel pays choisir pour commencer ?",
        "<p>Les pays voisins de l'Union européenne (Belgique, Allemagne, Espagne) n'imposent ni "
        "douane ni changement de monnaie : c'est souvent le meilleur premier marché.</p>",
        "pays choisir marché cible",
        "/e-export/marches/",
        "Consulter les fiches marchés",
    ),
    (
        "pays",
        "Comment vendre au Royaume-Uni depuis le Brexit ?",
        "<p>Les colis passent la douane et la TVA britannique s'applique. La fiche marché "
        "détaille les formalités.</p>",
        "brexit royaume-uni angleterre",
        "/e-export/marches/gb/",
        "Fiche marché Royaume-Uni",
    ),
    (
        "places",
        "Quelles conditions négociées pour les PME du programme ?",
        "<p>Plusieurs places de marché offrent des conditions préférentielles (abonnement offert, "
        "commission réduite) aux PME inscrites sur le portail, pendant une durée limitée.</p>",
        "offre négociée réduction commission marketplace",
        "/e-export/places-de-marche/",
        "Voir les offres négociées",
    ),
    (
        "logistique",
        "Comment gérer les retours depuis l'étranger ?",
        "<p>Prévoyez une étiquette retour prépayée ou un entrepôt de retour dans le pays. Les "
        "programmes logistiques des places de marché s'en chargent aussi.</p>",
        "retour remboursement colis",
        "/e-export/marches/de/",
        "Exemple : l'Allemagne",
    ),
    (
        "logistique",
        "Quels moyens de paiement proposer ?",
        "<p>Chaque pays a ses habitudes : Bancontact en Belgique, paiement sur facture en "
        "Allemagne, Alipay en Chine. Les fiches marchés les détaillent.</p>",
        "paiement carte paypal",
        "/e-export/marches/",
        "Consulter les fiches marchés",
    ),
    (
        "douane",
        "Dois-je payer la TVA du pays de mon client ?",
        "<p>Au-delà de 10 000 € de ventes à distance dans l'Union européenne, la TVA du pays de "
        "l'acheteur s'applique ; le guichet unique OSS permet de la déclarer depuis la "
        "France.</p>",
        "tva oss fiscalité taxe",
        "/e-export/marches/",
        "Fiches marchés",
    ),
    (
        "financement",
        "Quelles aides pour financer mon projet e-export ?",
        "<p>L'assurance prospection, les chèques export régionaux et les aides régionales à la "
        "transformation numérique peuvent financer votre projet.</p>",
        "aide subvention financement assurance",
        "/e-export/dispositifs/",
        "Voir les dispositifs",
    ),
]

PRODUITS = [
    (
        "fromage",
        "Fromages affinés",
        "agroalimentaire",
        "10",
        "Importateur recherche fromages au lait cru pour épiceries fines",
    ),
    (
        "vin",
        "Vins et spiritueux",
        "agroalimentaire",
        "11",
        "Distributeur cherche vins biologiques de Loire et de Bordeaux",
    ),
    (
        "biscuits",
        "Biscuiterie",
        "agroalimentaire",
        "10",
        "Chaîne de cafés cherche biscuits au beurre et galettes bretonnes",
    ),
    (
        "cosmetiques",
        "Cosmétiques",
        "cosmetique",
        "20",
        "Réseau de pharmacies cherche cosmétiques naturels et soins à base d'algues",
    ),
    (
        "vetements",
        "Vêtements",
        "mode",
        "14",
        "Boutique concept store cherche vêtements en lin et marinières",
    ),
    (
        "chaussures",
        "Chaussures",
        "mode",
        "15",
        "Grossiste cherche chaussures en cuir fabriquées en France",
    ),
    (
        "meubles",
        "Meubles",
        "maison",
        "31",
        "Décorateur cherche meubles en chêne massif pour hôtels",
    ),
    (
        "ceramique",
        "Arts de la table",
        "maison",
        "23",
        "Restaurant gastronomique cherche vaisselle en céramique artisanale",
    ),
    (
        "logiciel",
        "Logiciels",
        "numerique",
        "62",
        "Distributeur recherche logiciel de gestion pour commerces de détail",
    ),
    (
        "pieces",
        "Pièces mécaniques",
        "industrie",
        "25",
        "Industriel recherche sous-traitant en usinage de précision",
    ),
    (
        "livres",
        "Livres",
        "culture",
        "58",
        "Librairie francophone cherche éditions jeunesse en français",
    ),
    ("jouets", "Jouets", "artisanat", "32", "Magasin de jouets cherche jouets en bois éco-conçus"),
]
PRODUITS_EN = [
    ("cheese", "Cheese", "agroalimentaire", "10", "Importer seeks French artisan cheeses"),
    ("wine", "Wine", "agroalimentaire", "11", "Wine club looking for organic French wines"),
    (
        "cosmetics",
        "Cosmetics",
        "cosmetique",
        "20",
        "Retailer seeks natural cosmetics and skincare products",
    ),
    ("furniture", "Furniture", "maison", "31", "Hotel group sourcing French oak furniture"),
]
