"""Demo market fiches: what a French SME needs before selling online in each country.

Figures are orders of magnitude taken from the usual public sources, each with its year; a
figure marked « ordre de grandeur » is to be confirmed by the mission before publication.
Texts: paragraphs separated by a blank line, lines starting with "- " become a list.
"""

EUROSTAT = "Eurostat – usage des TIC par les particuliers"
TVA_UE = "Commission européenne – taux de TVA des États membres"

MARCHES = {
    "DE": {
        "nom": "Allemagne",
        "accroche": "Premier marché du e-commerce de l'Union européenne, exigeant sur la "
        "qualité, la protection des données et la facilité de retour.",
        "caracteristiques": "Environ 80 milliards d'euros de biens vendus en ligne aux "
        "particuliers en 2024 (bevh), pour 84 millions d'habitants. Le marché est mature : la "
        "croissance est lente mais la demande est solide, et environ huit internautes sur dix "
        "achètent en ligne dans l'année (Eurostat, 2024).\n\n"
        "Amazon.de est de loin le premier site marchand ; les places de marché réalisent une "
        "grande part des ventes (ordre de grandeur : la moitié).",
        "habitudes": "Les acheteurs allemands comparent beaucoup (comparateurs de prix, avis), "
        "lisent les conditions de livraison et de retour, et accordent une grande importance "
        "aux labels de confiance et à la protection des données.\n\n"
        "- Livraison attendue en un à trois jours ouvrés.\n"
        "- Paiement après réception apprécié : le client ne paie qu'une fois le colis reçu.\n"
        "- Forte sensibilité aux produits durables et à l'origine des produits.",
        "places_de_marche": "- Amazon.de : généraliste, premier site marchand du pays.\n"
        "- Otto (otto.market) : maison, mode, électroménager ; service client en allemand "
        "exigé.\n"
        "- Kaufland.de et eBay.de : généralistes, ouverts aux vendeurs de l'UE.\n"
        "- Zalando : mode et chaussures, via son programme partenaires.\n"
        "- Etsy : artisanat, cadeaux, créateurs.",
        "reseaux": "Google concentre l'essentiel des recherches (ordre de grandeur : 90 %). "
        "WhatsApp, YouTube, Instagram et Facebook sont les plus utilisés ; TikTok progresse "
        "chez les moins de 30 ans, Pinterest compte pour la maison et la décoration, LinkedIn "
        "et Xing pour le B2B.",
        "localisation": "Traduction par un locuteur natif, vouvoiement (« Sie ») sauf marque "
        "jeune. Impressum obligatoire (identité complète de l'entreprise, registre, numéro de "
        "TVA), conditions générales et information sur la rétractation conformes au droit "
        "allemand ; prix TTC et frais de port affichés avant le panier.",
        "paiement": "PayPal est le premier moyen de paiement en ligne. Le paiement sur "
        "facture (via des prestataires comme Klarna) et le prélèvement SEPA sont très "
        "demandés ; la carte bancaire est moins utilisée qu'en France ; Apple Pay et Google "
        "Pay progressent.",
        "marketing": "Comparateurs de prix (Idealo), avis clients et labels (Trusted Shops), "
        "lettres d'information avec double confirmation d'inscription. Une erreur dans les "
        "mentions légales peut valoir une mise en demeure payante d'un concurrent "
        "(« Abmahnung ») : faites relire le site.",
        "logistique": "DHL (réseau de consignes Packstation), Hermes, DPD, GLS. Depuis la "
        "France, comptez deux à quatre jours. Stocker chez un logisticien ou une place de "
        "marché en Allemagne raccourcit les délais mais impose une immatriculation à la TVA "
        "allemande.",
        "retours": "Taux de retour parmi les plus élevés d'Europe, surtout dans l'habillement "
        "(ordre de grandeur : un colis sur deux). Retours gratuits largement attendus ; délai "
        "légal de rétractation de 14 jours comme dans toute l'UE. Prévoyez une étiquette "
        "prépayée ou un point de collecte en Allemagne.",
        "douane": "Marché intérieur : ni droits de douane ni formalités pour les produits "
        "circulant dans l'UE. Vins et spiritueux : régime des ventes à distance de produits "
        "soumis à accises, avec un représentant fiscal en Allemagne.",
        "fiscalite": "TVA allemande de 19 % (7 % pour l'alimentation et les livres) dès que "
        "vos ventes à distance vers l'ensemble des pays de l'UE dépassent 10 000 € par an, "
        "déclarée via le guichet unique OSS depuis votre espace professionnel "
        "impots.gouv.fr.\n\n"
        "- Emballages : enregistrement au registre LUCID (loi VerpackG) et adhésion à un "
        "système de collecte avant toute vente.\n"
        "- Équipements électriques : enregistrement auprès de la fondation EAR.",
        "chiffres": [
            ("Ventes en ligne de biens aux particuliers", "≈ 80 Md€", "bevh", 2024),
            ("Internautes ayant acheté en ligne dans l'année", "≈ 80 %", EUROSTAT, 2024),
            ("Taux normal de TVA", "19 %", TVA_UE, 2025),
        ],
    },
    "BE": {
        "nom": "Belgique",
        "accroche": "Un marché de proximité à deux langues, où les acheteurs commandent "
        "volontiers sur des sites français et néerlandais.",
        "caracteristiques": "11,8 millions d'habitants (Statbel, 2024) et un e-commerce très "
        "ouvert sur l'étranger : une grande part des achats en ligne des Belges se fait "
        "auprès de vendeurs d'autres pays de l'UE, français et néerlandais en tête. Environ "
        "huit internautes sur dix achètent en ligne dans l'année (Eurostat, 2024, ordre de "
        "grandeur).\n\n"
        "Bol, Amazon (amazon.com.be depuis 2022) et Zalando dominent ; Vinted et 2ememain "
        "comptent pour l'occasion.",
        "habitudes": "Deux marchés en un : Bruxelles et la Wallonie achètent volontiers sur "
        "les sites français, la Flandre sur les sites néerlandais.\n\n"
        "- Livraison en point relais très utilisée.\n"
        "- Attentes proches de la France sur les délais et les retours.\n"
        "- Sensibilité aux frais de port : franco à partir d'un montant apprécié.",
        "places_de_marche": "- Bol : première place de marché des Pays-Bas et de Flandre "
        "(service client en néerlandais attendu).\n"
        "- Amazon.com.be, ouvert en 2022, et Amazon.fr ou Amazon.nl selon la langue.\n"
        "- Zalando : mode.\n"
        "- Cdiscount et Fnac : clientèle francophone.",
        "reseaux": "Google domine la recherche. Facebook, Instagram, WhatsApp et YouTube sont "
        "les plus utilisés, TikTok chez les plus jeunes ; LinkedIn en B2B.",
        "localisation": "Version néerlandaise indispensable pour la Flandre, relue par un "
        "locuteur flamand ; mêmes mentions légales qu'en France, prix TTC en euros.",
        "paiement": "Bancontact (carte de débit nationale et application de paiement mobile) "
        "est incontournable ; viennent ensuite les cartes Visa et Mastercard, PayPal et le "
        "virement.",
        "marketing": "Campagnes distinctes par communauté linguistique ; les avis clients et "
        "la livraison rapide depuis la France sont de bons arguments.",
        "logistique": "bpost, PostNL, DPD, GLS et Mondial Relay. Livraison en 24 à 48 heures "
        "depuis le nord de la France ; dense réseau de points relais et de consignes.",
        "retours": "Délai légal de rétractation de 14 jours ; retours gratuits attendus dans "
        "la mode. Les retours en point relais vers la France sont simples à organiser.",
        "douane": "Marché intérieur : ni droits de douane ni formalités. Vins et spiritueux : "
        "régime des ventes à distance soumises à accises.",
        "fiscalite": "TVA belge de 21 % (6 % pour l'alimentation et les livres) au-delà du "
        "seuil européen de 10 000 € de ventes à distance, déclarée via le guichet unique OSS. "
        "Renseignez-vous sur la responsabilité élargie du producteur pour vos emballages.",
        "chiffres": [
            ("Population", "11,8 millions d'habitants", "Statbel", 2024),
            (
                "Chiffre d'affaires du e-commerce B2C",
                "≈ 15 à 20 Md€ (ordre de grandeur)",
                "Ecommerce Europe – European E-commerce Report",
                2023,
            ),
            ("Internautes ayant acheté en ligne dans l'année", "≈ 80 %", EUROSTAT, 2024),
            ("Taux normal de TVA", "21 %", TVA_UE, 2025),
        ],
    },
    "ES": {
        "nom": "Espagne",
        "accroche": "Un marché en forte croissance, très mobile, où l'image des produits "
        "français est excellente.",
        "caracteristiques": "48,6 millions d'habitants (INE, 2024). Le commerce en ligne a dépassé "
        "80 milliards d'euros par an, tous biens et services confondus (CNMC, 2023, ordre de "
        "grandeur), porté par le smartphone. Environ sept internautes sur dix achètent en "
        "ligne dans l'année (Eurostat, 2024).",
        "habitudes": "- Achats majoritairement sur smartphone, souvent le soir.\n"
        "- Forte sensibilité aux promotions (soldes de janvier et de juillet, Black Friday) "
        "et aux frais de port.\n"
        "- Les produits français (alimentation, cosmétique, mode) bénéficient d'une image de "
        "qualité.",
        "places_de_marche": "- Amazon.es : premier site marchand.\n"
        "- El Corte Inglés : grand magasin ouvert aux vendeurs tiers.\n"
        "- AliExpress et Miravia (groupe Alibaba), PcComponentes pour le high-tech.\n"
        "- Carrefour.es : place de marché alimentaire et maison.\n"
        "- Wallapop : occasion entre particuliers.",
        "reseaux": "Google concentre l'essentiel des recherches. WhatsApp est quasi "
        "universel ; Instagram, Facebook, YouTube et TikTok sont les principaux réseaux ; "
        "LinkedIn en B2B.",
        "localisation": "Traduction en castillan par un locuteur natif ; le catalan est "
        "apprécié en Catalogne et aux Baléares. Service client en espagnol, prix TTC.",
        "paiement": "Cartes bancaires majoritaires, PayPal, et Bizum, le paiement mobile "
        "instantané des banques espagnoles, de plus en plus accepté en ligne. Le paiement à "
        "la livraison recule.",
        "marketing": "Réseaux sociaux et influenceurs, opérations pendant les soldes ; les "
        "avis et la livraison gratuite à partir d'un montant font la différence.",
        "logistique": "Correos, SEUR, MRW, GLS, Nacex ; trois à cinq jours depuis la France. "
        "Les Canaries, Ceuta et Melilla sont hors du territoire TVA de l'UE : formalités "
        "douanières et fiscalité propre (IGIC aux Canaries).",
        "retours": "Délai légal de rétractation de 14 jours ; retours gratuits fréquents chez "
        "les grands acteurs, que les clients attendent désormais.",
        "douane": "Marché intérieur pour la péninsule et les Baléares : ni droits ni "
        "formalités. Formalités d'export pour les Canaries, Ceuta et Melilla.",
        "fiscalite": "TVA espagnole (IVA) de 21 % (10 % et 4 % pour certains produits) "
        "au-delà du seuil européen de 10 000 €, déclarée via le guichet unique OSS.",
        "chiffres": [
            ("Population", "48,6 millions d'habitants", "INE", 2024),
            (
                "Chiffre d'affaires du e-commerce (biens et services)",
                "≈ 80 à 90 Md€ (ordre de grandeur)",
                "CNMC",
                2023,
            ),
            ("Internautes ayant acheté en ligne dans l'année", "≈ 70 %", EUROSTAT, 2024),
            ("Taux normal de TVA", "21 %", TVA_UE, 2025),
        ],
    },
    "IT": {
        "nom": "Italie",
        "accroche": "Un marché qui rattrape son retard, amateur de mode, d'alimentation et "
        "de produits de qualité.",
        "caracteristiques": "Environ 59 milliards d'euros d'achats en ligne des particuliers "
        "en 2024, biens et services (Osservatorio eCommerce B2c Netcomm – Politecnico di "
        "Milano). La part des internautes qui achètent en ligne reste inférieure à la moyenne "
        "européenne (ordre de grandeur : six sur dix, Eurostat, 2024), ce qui laisse de la "
        "place aux nouveaux vendeurs.",
        "habitudes": "- Attachement aux marques, à l'origine et à la qualité des produits.\n"
        "- Paiement à la livraison encore présent, surtout dans le Sud.\n"
        "- Retrait en point relais ou en consigne en progression.",
        "places_de_marche": "- Amazon.it : premier site marchand.\n"
        "- eBay.it : généraliste.\n"
        "- Zalando : mode.\n"
        "- ManoMano : bricolage et jardin.\n"
        "- Vinted et Subito : occasion et petites annonces.",
        "reseaux": "Google domine la recherche. WhatsApp, Facebook, Instagram et YouTube "
        "sont les plus utilisés, TikTok chez les plus jeunes ; LinkedIn en B2B.",
        "localisation": "Traduction en italien et service client italophone, indispensables "
        "pour inspirer confiance ; les descriptions détaillées (origine, savoir-faire, "
        "composition) rassurent un acheteur attaché à la qualité.",
        "paiement": "Cartes bancaires, PayPal, cartes prépayées (PostePay), Satispay, et "
        "paiement à la livraison, encore demandé par une partie des clients du Sud malgré son "
        "coût pour le vendeur.",
        "marketing": "Le « made in France » est un argument dans l'alimentation, la mode et "
        "la cosmétique ; comparateurs (Trovaprezzi, Idealo) et influenceurs.",
        "logistique": "Poste Italiane, BRT, GLS, SDA. Délais plus longs vers le Sud, la "
        "Sicile et la Sardaigne ; annoncez-les clairement.",
        "retours": "Délai légal de rétractation de 14 jours ; une procédure de retour simple, "
        "expliquée en italien, est attendue.",
        "douane": "Marché intérieur : ni droits ni formalités, sauf pour Livigno et Campione "
        "d'Italia, hors du territoire TVA de l'UE.",
        "fiscalite": "TVA italienne (IVA) de 22 % (10 %, 5 % et 4 % pour certains produits) "
        "au-delà du seuil européen, via le guichet unique OSS. L'étiquetage environnemental "
        "des emballages est obligatoire depuis 2023.",
        "chiffres": [
            (
                "Achats en ligne des particuliers (biens et services)",
                "≈ 59 Md€",
                "Osservatorio eCommerce B2c Netcomm – Politecnico di Milano",
                2024,
            ),
            (
                "Internautes ayant acheté en ligne dans l'année",
                "≈ 60 % (ordre de grandeur)",
                EUROSTAT,
                2024,
            ),
            ("Taux normal de TVA", "22 %", TVA_UE, 2025),
        ],
    },
    "GB": {
        "nom": "Royaume-Uni",
        "accroche": "Le marché le plus numérisé d'Europe, désormais hors de l'Union "
        "douanière : chaque colis passe la douane.",
        "caracteristiques": "Environ 27 % des ventes du commerce de détail se font en ligne "
        "(Office for National Statistics, moyenne 2024), l'une des parts les plus élevées au "
        "monde, pour 68 millions d'habitants. La concurrence est vive mais les acheteurs "
        "sont habitués à commander à l'étranger.",
        "habitudes": "- Livraison le lendemain et retrait en magasin (« click & collect ») "
        "très répandus.\n"
        "- Paiement fractionné courant.\n"
        "- Grands temps forts : Black Friday, Boxing Day, rentrée.",
        "places_de_marche": "- Amazon.co.uk : premier site marchand.\n"
        "- eBay.co.uk : généraliste.\n"
        "- Etsy : artisanat, créateurs.\n"
        "- OnBuy : généraliste britannique.\n"
        "- ASOS Marketplace : boutiques de mode indépendantes.",
        "reseaux": "Google concentre l'essentiel des recherches, Bing une petite part. "
        "Facebook, Instagram, YouTube, TikTok et WhatsApp sont les plus utilisés ; Pinterest "
        "pour la maison ; LinkedIn en B2B.",
        "localisation": "Anglais britannique (orthographe et vocabulaire), prix en livres "
        "sterling TTC, tailles et pointures britanniques, délais de livraison annoncés "
        "droits compris.",
        "paiement": "Cartes de débit et de crédit, PayPal, Apple Pay et Google Pay, paiement "
        "fractionné (Klarna, Clearpay).",
        "marketing": "Annonces sur Google Shopping et sur les places de marché, avis clients "
        "(Trustpilot très consulté), réseaux sociaux.",
        "logistique": "Royal Mail, DPD, Evri, Parcelforce. Expédiez droits et taxes payés "
        "par le vendeur (DDP) pour éviter les frais surprises, ou stockez au Royaume-Uni "
        "au-delà de quelques dizaines de colis par semaine.",
        "retours": "Délai légal de rétractation de 14 jours. Les retours vers la France "
        "repassent la douane : prévoyez une adresse de retour au Royaume-Uni.",
        "douane": "Accord de commerce et de coopération UE–Royaume-Uni : pas de droits pour "
        "les produits qui respectent les règles d'origine, prouvée par une déclaration sur "
        "la facture. Déclaration d'export en France, d'import au Royaume-Uni, numéro EORI "
        "obligatoire. Produits d'origine animale : certificats sanitaires exigés depuis "
        "2024.",
        "fiscalite": "TVA britannique de 20 %. Pour les envois d'au plus 135 £, le vendeur "
        "(ou la place de marché) facture et déclare la TVA britannique, ce qui suppose une "
        "immatriculation au Royaume-Uni ; au-delà, TVA à l'importation et droits éventuels.",
        "chiffres": [
            (
                "Part du e-commerce dans le commerce de détail",
                "≈ 27 %",
                "Office for National Statistics",
                2024,
            ),
            ("Population", "≈ 68 millions d'habitants", "Office for National Statistics", 2023),
            ("Taux normal de TVA", "20 %", "HM Revenue & Customs", 2025),
            ("Seuil de collecte de la TVA par le vendeur", "135 £ par envoi", "HMRC", 2025),
        ],
    },
    "US": {
        "nom": "États-Unis",
        "accroche": "Le premier marché occidental, immense et concurrentiel, à aborder État "
        "par État.",
        "caracteristiques": "Environ 1 190 milliards de dollars de ventes en ligne au détail "
        "en 2024, soit 16 % du commerce de détail (U.S. Census Bureau). Amazon en réalise "
        "une grande part (ordre de grandeur : 40 %). Le commerce sur les réseaux sociaux "
        "progresse vite.",
        "habitudes": "- Livraison gratuite et rapide attendue.\n"
        "- Forte sensibilité aux avis et aux notes.\n"
        "- Temps forts : Black Friday, Cyber Monday, Prime Day, fêtes de fin d'année.",
        "places_de_marche": "- Amazon.com : premier site marchand.\n"
        "- Walmart Marketplace : deuxième acteur, conditions d'accès plus strictes pour les "
        "vendeurs étrangers.\n"
        "- eBay et Etsy : généraliste et créateurs.\n"
        "- Target Plus : sur invitation.\n"
        "- TikTok Shop : commerce social.",
        "reseaux": "Google concentre l'essentiel des recherches, Bing une petite part. "
        "YouTube, Facebook, Instagram, TikTok, Pinterest et Reddit ; LinkedIn en B2B.",
        "localisation": "Anglais américain, unités impériales, tailles américaines, prix "
        "affichés hors taxe de vente (ajoutée au paiement).",
        "paiement": "Cartes de crédit, PayPal, Apple Pay, et paiement fractionné (Affirm, "
        "Afterpay, Klarna), proposé par la plupart des grands sites.",
        "marketing": "Publicité sur Amazon et sur les moteurs de recherche, influenceurs, "
        "avis vérifiés. La Federal Trade Commission interdit les faux avis depuis une règle "
        "de 2024.",
        "logistique": "USPS, UPS, FedEx. Stock local via un programme logistique de place de "
        "marché ou un logisticien américain ; droits et taxes payés par le vendeur pour "
        "éviter les refus de colis.",
        "retours": "Il n'existe pas de droit de rétractation fédéral, mais les retours "
        "gratuits sont une norme commerciale : prévoyez un partenaire de retours local.",
        "douane": "Droits selon la nomenclature américaine, auxquels s'ajoutent depuis 2025 "
        "des droits supplémentaires sur les produits de l'UE : vérifiez le taux en vigueur "
        "au moment de l'envoi. L'exemption des petits envois (800 $) ne s'applique plus "
        "depuis le 29 août 2025. Alimentaire : enregistrement de l'établissement auprès de la "
        "FDA et notification préalable de chaque envoi ; cosmétiques : enregistrement prévu "
        "par la loi MoCRA.",
        "fiscalite": "Pas de TVA fédérale : une taxe de vente propre à chaque État (45 États "
        "et Washington D.C.), collectée par les places de marché pour leurs vendeurs. En "
        "vente directe, chaque État fixe un seuil de ventes au-delà duquel il faut "
        "s'enregistrer (souvent 100 000 $ par an).",
        "chiffres": [
            (
                "Ventes en ligne du commerce de détail",
                "≈ 1 190 Md$",
                "U.S. Census Bureau",
                2024,
            ),
            (
                "Part du e-commerce dans le commerce de détail",
                "≈ 16 %",
                "U.S. Census Bureau",
                2024,
            ),
            (
                "Part d'Amazon dans le commerce en ligne",
                "≈ 40 % (ordre de grandeur)",
                "Estimations de cabinets d'études",
                2024,
            ),
        ],
    },
    "CA": {
        "nom": "Canada",
        "accroche": "Un marché bilingue proche culturellement, porte d'entrée de l'Amérique "
        "du Nord, sans droits de douane sur la plupart des produits européens.",
        "caracteristiques": "41 millions d'habitants (Statistique Canada, 2024). Les ventes "
        "en ligne des détaillants canadiens représentent une part modeste du commerce de "
        "détail (ordre de grandeur : 6 %, Statistique Canada, 2024), car les Canadiens "
        "achètent beaucoup sur des sites américains et étrangers.",
        "habitudes": "- Au Québec, nette préférence pour les sites en français.\n"
        "- Frais de livraison élevés à cause des distances : la livraison gratuite est un "
        "argument fort.\n"
        "- Attention aux prix affichés en dollars canadiens.",
        "places_de_marche": "- Amazon.ca : premier site marchand.\n"
        "- Walmart.ca : généraliste.\n"
        "- eBay.ca et Etsy.\n"
        "- Best Buy Marketplace : électronique et maison.",
        "reseaux": "Google concentre l'essentiel des recherches. Facebook, YouTube, Instagram, "
        "TikTok et Pinterest ; LinkedIn en B2B.",
        "localisation": "Français et anglais. Au Québec, la Charte de la langue française "
        "(modifiée par la loi 96 en 2022) impose le français sur les sites commerciaux et "
        "l'étiquetage. Prix en dollars canadiens.",
        "paiement": "Cartes de crédit très majoritaires, Interac pour le paiement par carte de "
        "débit, PayPal, Apple Pay et Google Pay ; les prix s'affichent hors taxes, les taxes "
        "étant ajoutées au paiement.",
        "marketing": "L'origine française est un atout au Québec ; campagnes distinctes en "
        "français et en anglais, et temps forts propres au pays (Boxing Day, Vendredi fou).",
        "logistique": "Postes Canada, Purolator, UPS, FedEx. Cinq jours ou plus depuis la "
        "France ; un stock au Canada s'impose au-delà de quelques commandes par jour.",
        "retours": "Règles fixées par chaque province ; un partenaire local de retours évite "
        "des renvois transatlantiques coûteux.",
        "douane": "Accord économique et commercial global (AECG), appliqué à titre provisoire "
        "depuis le 21 septembre 2017 : droits supprimés sur la quasi-totalité des produits "
        "d'origine européenne, sur déclaration d'origine (numéro REX au-delà de 6 000 €). "
        "Le seuil d'exonération des petits envois est très bas (ordre de grandeur : 20 $ "
        "CA). Alimentaire : l'importateur doit détenir une licence de l'Agence canadienne "
        "d'inspection des aliments.",
        "fiscalite": "TPS fédérale de 5 %, TVH de 13 à 15 % dans certaines provinces, TVQ de "
        "9,975 % au Québec. Un vendeur étranger qui stocke au Canada ou vend via une "
        "plateforme peut devoir s'inscrire à la TPS/TVH.",
        "chiffres": [
            ("Population", "41 millions d'habitants", "Statistique Canada", 2024),
            (
                "Part du e-commerce dans le commerce de détail",
                "≈ 6 % (ordre de grandeur)",
                "Statistique Canada",
                2024,
            ),
            (
                "Taxe fédérale sur les produits et services (TPS)",
                "5 %",
                "Agence du revenu du Canada",
                2025,
            ),
        ],
    },
    "JP": {
        "nom": "Japon",
        "accroche": "Un marché exigeant, amateur de produits français haut de gamme et "
        "attentif au moindre détail.",
        "caracteristiques": "Environ 24 800 milliards de yens de commerce en ligne aux "
        "particuliers en 2023, et 9,4 % des ventes de biens faites en ligne (METI, enquête "
        "2023), pour 124 millions d'habitants. Rakuten et Amazon dominent ; la qualité de la "
        "présentation compte autant que le prix.",
        "habitudes": "- Emballage soigné, livraison ponctuelle sur créneau horaire.\n"
        "- Service client très réactif, en japonais.\n"
        "- Paiement en supérette (konbini) ou à la livraison encore courant.",
        "places_de_marche": "- Rakuten Ichiba : premier centre commercial en ligne.\n"
        "- Amazon.co.jp.\n"
        "- Yahoo! Shopping.\n"
        "- Zozotown : mode.\n"
        "- Mercari : occasion entre particuliers.",
        "reseaux": "Google domine la recherche, et Yahoo! Japan s'appuie sur ses résultats. "
        "LINE est la messagerie de référence ; X, Instagram, YouTube et TikTok sont très "
        "utilisés.",
        "localisation": "Traduction japonaise professionnelle indispensable, pages produits "
        "très détaillées (dimensions, composition, mode d'emploi).",
        "paiement": "Carte de crédit majoritaire, paiement en konbini, paiement à la "
        "livraison, portefeuilles mobiles (PayPay, Rakuten Pay).",
        "marketing": "Comptes officiels LINE, campagnes saisonnières (Noël, Saint-Valentin et "
        "White Day, sacs surprises du Nouvel An).",
        "logistique": "Yamato, Sagawa, Japan Post. Envoi direct par transporteur express pour "
        "tester ; stock local recommandé ensuite.",
        "retours": "Peu de retours, mais une exigence très élevée sur l'état des produits et "
        "de l'emballage à la réception.",
        "douane": "Accord de partenariat économique UE–Japon en vigueur depuis le 1er février "
        "2019 : droits supprimés sur les vins dès son entrée en vigueur, baisse progressive "
        "ou contingents pour les fromages. Alimentaire : notification d'importation au titre "
        "de la loi sur l'hygiène alimentaire ; cosmétiques : un importateur agréé au Japon "
        "est nécessaire.",
        "fiscalite": "Taxe sur la consommation de 10 % (8 % pour l'alimentation, hors alcool "
        "et restauration), perçue à l'importation.",
        "chiffres": [
            (
                "E-commerce aux particuliers (biens et services)",
                "≈ 24 800 Md de yens",
                "METI – enquête sur le commerce électronique",
                2023,
            ),
            (
                "Part du e-commerce dans les ventes de biens",
                "≈ 9,4 %",
                "METI – enquête sur le commerce électronique",
                2023,
            ),
            (
                "Taxe sur la consommation",
                "10 % (8 % alimentation)",
                "Ministère des Finances du Japon",
                2025,
            ),
        ],
    },
    "CN": {
        "nom": "Chine",
        "accroche": "Le premier marché e-commerce du monde, accessible aux PME par le "
        "commerce transfrontalier.",
        "caracteristiques": "Plus de 13 000 milliards de yuans de biens vendus en ligne en "
        "2024, soit environ 27 % du commerce de détail (Bureau national des statistiques de "
        "Chine), et environ 1,1 milliard d'internautes (CNNIC, 2024). Les écosystèmes sont "
        "fermés (Alibaba, JD.com, Pinduoduo, Douyin) et le commerce social très développé.",
        "habitudes": "- Achat sur mobile, souvent pendant des diffusions en direct.\n"
        "- Grands festivals : 11.11 (fête des célibataires) et 618.\n"
        "- Avis et recommandations d'influenceurs décisifs.",
        "places_de_marche": "- Tmall Global (Alibaba) et JD Worldwide : marques étrangères "
        "en transfrontalier.\n"
        "- Douyin et Kuaishou : commerce en vidéo et en direct.\n"
        "- Xiaohongshu (RED) : recommandations, beauté, mode, voyage.\n"
        "- Pinduoduo : achats groupés, prix bas.",
        "reseaux": "WeChat, Douyin, Weibo, Xiaohongshu, Bilibili ; Baidu pour la recherche. "
        "Google, Facebook et Instagram ne sont pas accessibles en Chine.",
        "localisation": "Chinois simplifié, contenus pensés pour chaque plateforme. Un site "
        "hébergé en Chine exige une licence ICP : la plupart des PME passent par les "
        "plateformes.",
        "paiement": "Alipay et WeChat Pay règlent l'essentiel des achats en ligne ; les cartes "
        "UnionPay viennent loin derrière. Les plateformes transfrontalières encaissent en "
        "yuans et reversent en euros.",
        "marketing": "Influenceurs (KOL) et clients ambassadeurs (KOC), diffusions en "
        "direct, campagnes calées sur les festivals.",
        "logistique": "Entrepôts sous douane des zones pilotes de commerce transfrontalier, "
        "ou envoi direct depuis la France ; un partenaire agréé par la plateforme gère "
        "souvent boutique, stock et service client.",
        "retours": "Retour sans motif sous 7 jours prévu par la loi chinoise pour les achats "
        "en ligne ; coûteux depuis l'étranger, d'où l'intérêt d'un partenaire local.",
        "douane": "Commerce transfrontalier : produits de la liste positive, plafonds de "
        "5 000 yuans par commande et 26 000 yuans par an et par acheteur, droits de douane "
        "nuls dans ces limites. Alimentaire : enregistrement des fabricants étrangers auprès "
        "des douanes chinoises (GACC) depuis 2022.",
        "fiscalite": "En transfrontalier, TVA à l'importation et taxe de consommation "
        "perçues à 70 % de leur taux normal (soit 9,1 % de TVA au lieu de 13 %).",
        "chiffres": [
            (
                "Ventes en ligne de biens",
                "≈ 13 000 Md de yuans",
                "Bureau national des statistiques de Chine",
                2024,
            ),
            (
                "Part du e-commerce dans le commerce de détail",
                "≈ 27 %",
                "Bureau national des statistiques de Chine",
                2024,
            ),
            ("Internautes", "≈ 1,1 milliard", "CNNIC", 2024),
        ],
    },
}
