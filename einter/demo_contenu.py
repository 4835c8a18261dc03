"""Demo content of the e-export app: marketplaces, success stories, support schemes and FAQ
(market fiches are in demo_marches.py, leads in demo_leads.py)."""

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
        "Un importateur rencontré sur un salon à Tokyo nous a conseillé d'ouvrir d'abord "
        "une boutique sur Rakuten avec six fromages qui supportent le transport réfrigéré. "
        "Les fiches ont été traduites par une traductrice japonaise et les colis partent "
        "chaque semaine vers l'entrepôt de l'importateur, qui gère la livraison.",
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
        "Nous avions des clients belges qui commandaient par téléphone. Un site bilingue "
        "et une boutique sur Bol pour la Flandre ont suffi : les livres partent en point "
        "relais et arrivent en deux jours.",
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
        "Nous avons testé douze références sur Amazon.de pendant trois mois, expédiées "
        "depuis Brest, avant de confier un stock au programme logistique de la place de "
        "marché. Il a fallu s'immatriculer à la TVA allemande et s'inscrire au registre "
        "des emballages : notre expert-comptable nous a accompagnés.",
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
        "Mes premières ventes aux États-Unis sont venues d'Etsy sans que je les cherche. "
        "J'ai ensuite soigné les photos, annoncé des délais réalistes et prévu des "
        "emballages renforcés : la casse est passée sous 1 %.",
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
        "Un partenaire agréé par Tmall Global gère notre boutique, le stock en entrepôt "
        "sous douane et le service client en chinois. Nous avons investi dans des "
        "vidéos avec des influenceuses spécialisées dans la beauté naturelle.",
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
        "El Corte Inglés nous a ouvert sa place de marché après une première saison de "
        "ventes sur notre site traduit en castillan. Les marinières ont séduit ; les "
        "cirés, moins adaptés au climat, ont été retirés du catalogue espagnol.",
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
