"""Demo content of the resource library: guides, MOOC, videos, tools and price references for
every theme and maturity level.

Each resource says what a manager learns and what to do next, and cites its sources by name
with the organisation's home page (never a deep link that could break). Prices are orders of
magnitude seen in quotes to small businesses, excluding VAT, to be checked by the mission.
"""

from croissance.indicateurs.references import INTENSITE_NUMERIQUE, OBJECTIF_INTENSITE

from .enums import TypeRessource as T

# key -> (name, home page)
SOURCES = {
    "francenum": (
        "France Num (Direction générale des entreprises)",
        "https://www.francenum.gouv.fr",
    ),
    "cnil": ("CNIL", "https://www.cnil.fr"),
    "anssi": ("ANSSI", "https://cyber.gouv.fr"),
    "cybermalveillance": ("Cybermalveillance.gouv.fr", "https://www.cybermalveillance.gouv.fr"),
    "secnumacademie": ("SecNumacadémie (ANSSI)", "https://secnumacademie.gouv.fr"),
    "bpifrance": ("Bpifrance", "https://www.bpifrance.fr"),
    "cci": ("CCI France", "https://www.cci.fr"),
    "cma": ("Chambres de métiers et de l'artisanat", "https://www.artisanat.fr"),
    "urssaf": ("Urssaf", "https://www.urssaf.fr"),
    "impots": ("impots.gouv.fr (DGFiP)", "https://www.impots.gouv.fr"),
    "net_entreprises": ("net-entreprises.fr", "https://www.net-entreprises.fr"),
    "service_public": ("Entreprendre.Service-Public.fr", "https://entreprendre.service-public.fr"),
    "dgccrf": ("DGCCRF", "https://www.economie.gouv.fr/dgccrf"),
    "douane": ("Douane française", "https://www.douane.gouv.fr"),
    "tfe": ("Team France Export", "https://www.teamfrance-export.fr"),
    "inpi": ("INPI", "https://www.inpi.fr"),
    "pix": ("Pix", "https://pix.fr"),
    "cpf": ("Mon Compte Formation", "https://www.moncompteformation.gouv.fr"),
    "ademe": ("ADEME", "https://www.ademe.fr"),
    "rgaa": ("Accessibilité numérique (DINUM)", "https://accessibilite.numerique.gouv.fr"),
    "eurostat": ("Eurostat", "https://ec.europa.eu/eurostat"),
    "aides_entreprises": ("aides-entreprises.fr (CCI)", "https://www.aides-entreprises.fr"),
}

_DII = INTENSITE_NUMERIQUE

RESSOURCES = [
    # --- Stratégie numérique -------------------------------------------------------------
    {
        "type": T.GUIDE,
        "titre": "Faire le point sur sa maturité numérique en une heure",
        "resume": "Huit questions simples pour voir ce que le numérique fait déjà pour votre "
        "entreprise, ce qui vous fait perdre du temps, et choisir deux priorités pour les six "
        "prochains mois.",
        "themes": ["strategie-numerique"],
        "niveaux": (1, 2),
        "intro": "Avant d'acheter un site ou un logiciel, prenez une heure pour regarder votre "
        "entreprise avec les yeux d'un client et d'un salarié. Ce guide passe en revue huit "
        "domaines (visibilité, vente, relation client, gestion, sécurité, compétences, export, "
        "financement) et vous aide à retenir deux chantiers réalistes plutôt que dix à moitié "
        "faits.",
        "points": [
            "Vérifier ce que vos clients trouvent sur vous en ligne : fiche d'établissement, "
            "horaires, avis, site.",
            "Repérer les tâches répétitives qui coûtent des heures chaque mois : devis, "
            "factures, relances, prises de rendez-vous.",
            "Contrôler trois protections de base : sauvegardes, mots de passe, mises à jour.",
            "Classer les chantiers selon leur effet sur le chiffre d'affaires et leur coût.",
        ],
        "action": "Faites l'autodiagnostic du portail (dix minutes) : il calcule votre niveau et "
        "votre indice d'intensité numérique européen, puis vous oriente vers un connecteur "
        "près de chez vous. France Num publie aussi des guides pratiques par thème.",
        "sources": ["francenum", "cci", "cma"],
    },
    {
        "type": T.GUIDE,
        "titre": "Construire sa feuille de route numérique sur douze mois",
        "resume": "Passer d'une liste d'envies à un plan daté : objectifs chiffrés, budget, "
        "aides mobilisables, qui fait quoi, et les points d'étape pour corriger le tir.",
        "themes": ["strategie-numerique", "financement"],
        "niveaux": (2, 3),
        "intro": "Une feuille de route tient sur une page : trois objectifs mesurables, les "
        "projets qui y mènent, leur coût et leur calendrier. Elle sert à arbitrer, à demander "
        "une aide (les financeurs la demandent souvent) et à briefer un prestataire.",
        "points": [
            "Formuler des objectifs mesurables : « 20 % des commandes en ligne d'ici un an » "
            "plutôt que « développer le digital ».",
            "Chiffrer chaque projet : achat, abonnement, temps interne, formation.",
            "Séquencer : d'abord ce qui libère du temps, ensuite ce qui rapporte.",
            "Prévoir un point trimestriel avec deux ou trois indicateurs.",
        ],
        "action": "Remplissez le modèle de feuille de route avec un connecteur labellisé : "
        "l'accompagnement est subventionné à 50 % par l'État dans le cadre du programme.",
        "sources": ["francenum", "bpifrance", "cci"],
    },
    {
        "type": T.VIDEO,
        "titre": "Comprendre l'indice d'intensité numérique européen en quatre minutes",
        "resume": "Les douze technologies que compte Eurostat, ce qu'est le « niveau de base » "
        "et où en sont les PME françaises et européennes.",
        "themes": ["strategie-numerique"],
        "niveaux": (1, 2),
        "intro": "L'indice d'intensité numérique (DII) compte combien de technologies une "
        "entreprise utilise parmi douze suivies par Eurostat : réseaux sociaux, logiciel de "
        "gestion intégré, cloud, vente en ligne, intelligence artificielle… Une entreprise "
        "qui en utilise au moins quatre atteint le niveau de base. En "
        f"{_DII.annee}, {_DII.ue:.0f} % des PME de l'Union européenne l'atteignaient, et "
        f"environ {_DII.france:.0f} % des PME françaises. L'objectif européen est "
        f"{OBJECTIF_INTENSITE['valeur']} % en {OBJECTIF_INTENSITE['annee']}.",
        "points": [
            "Les douze indicateurs et comment chacun se mesure.",
            "Pourquoi l'indice compte plus le nombre d'usages que leur sophistication.",
            "Comment l'autodiagnostic du portail calcule votre propre indice.",
        ],
        "action": "Comparez votre résultat à la moyenne européenne et choisissez l'indicateur "
        "le plus simple à gagner (souvent la vente en ligne ou un logiciel de gestion).",
        "sources": ["eurostat", "francenum"],
    },
    {
        "type": T.GUIDE,
        "titre": "Intelligence artificielle générative : des usages utiles et sans risque",
        "resume": "Rédiger, résumer, traduire, répondre aux clients : ce que l'IA générative "
        "fait bien pour une PME, ce qu'il ne faut jamais lui confier et les règles à fixer à "
        "l'équipe.",
        "themes": ["strategie-numerique", "gestion-donnees"],
        "niveaux": (2, 4),
        "intro": "Les assistants d'IA générative font gagner du temps sur les textes courants "
        "(annonces, fiches produits, courriels, comptes rendus). Ils se trompent aussi avec "
        "aplomb et peuvent réutiliser ce qu'on leur confie : l'usage se cadre avant de se "
        "généraliser.",
        "points": [
            "Cinq usages qui rapportent vite et se vérifient facilement.",
            "Ce qu'on ne saisit jamais dans un outil grand public : données personnelles de "
            "clients ou de salariés, secrets de fabrication, contrats.",
            "Relire et assumer : l'entreprise reste responsable de ce qu'elle publie.",
            "Rédiger une charte d'usage d'une page pour l'équipe.",
        ],
        "action": "Testez un usage pendant un mois (par exemple les fiches produits), mesurez "
        "le temps gagné, puis décidez d'un abonnement professionnel qui n'entraîne pas vos "
        "données.",
        "sources": ["cnil", "anssi", "francenum"],
    },
    {
        "type": T.GUIDE,
        "titre": "Piloter ses projets numériques avec cinq indicateurs",
        "resume": "Taux de conversion, coût d'acquisition, panier moyen, part des ventes en "
        "ligne, temps administratif : les chiffres qui disent si vos investissements "
        "numériques rapportent.",
        "themes": ["strategie-numerique", "gestion-donnees"],
        "niveaux": (3, 4),
        "intro": "Un projet numérique se juge sur ses résultats, pas sur sa mise en ligne. "
        "Cinq indicateurs suffisent à une PME, à condition de les suivre chaque mois et de "
        "les relier à une décision.",
        "points": [
            "Définir chaque indicateur et où trouver le chiffre (outil d'audience, caisse, "
            "comptabilité).",
            "Fixer une valeur de départ et une cible réaliste.",
            "Lire les écarts : trafic en hausse mais ventes stables, panier qui baisse.",
            "Arrêter un outil qui ne sert pas : les abonnements s'accumulent vite.",
        ],
        "action": "Utilisez le modèle de tableau de bord mensuel de la bibliothèque et "
        "présentez-le à votre expert-comptable ou à votre connecteur une fois par trimestre.",
        "sources": ["francenum", "bpifrance"],
    },
    {
        "type": T.GUIDE,
        "titre": "Numérique responsable : faire durer son matériel et réduire ses coûts",
        "resume": "La fabrication des équipements pèse le plus lourd dans l'empreinte du "
        "numérique : garder ses ordinateurs plus longtemps, acheter reconditionné et trier ses "
        "abonnements allège la facture et l'impact.",
        "themes": ["strategie-numerique", "gestion-donnees"],
        "niveaux": (2, 4),
        "intro": "Les études de l'ADEME et de l'Arcep montrent que la fabrication des "
        "terminaux concentre l'essentiel de l'empreinte environnementale du numérique. Pour "
        "une PME, la première économie est donc de faire durer et de mutualiser le matériel.",
        "points": [
            "Allonger la durée de vie : entretien, batteries, mises à jour, réparation.",
            "Acheter reconditionné avec garantie et reprendre les anciens équipements par une "
            "filière agréée.",
            "Faire l'inventaire des abonnements logiciels et des données stockées pour rien.",
            "Intégrer la sobriété dans le cahier des charges d'un site (poids des pages, "
            "hébergement).",
        ],
        "action": "Faites l'inventaire de votre parc (âge, usage, garantie) et fixez une durée "
        "de renouvellement plus longue d'un an.",
        "sources": ["ademe", "francenum"],
    },
    # --- Présence en ligne ----------------------------------------------------------------
    {
        "type": T.PRIX,
        "titre": "Site vitrine",
        "resume": "Un site de cinq à quinze pages pour être trouvé, rassurer et être contacté : "
        "les prix constatés et ce que le devis doit préciser.",
        "themes": ["presence-en-ligne"],
        "niveaux": (1, 3),
        "prix": ("1500", "6000"),
        "facteurs": "Nombre de pages et de gabarits, rédaction des contenus, photos, "
        "multilingue, référencement de départ, formation à la mise à jour.",
        "intro": "Un site vitrine présente l'entreprise, ses prestations, ses horaires et ses "
        "coordonnées. Les prix vont du simple au quadruple selon ce qui est fourni : un devis "
        "bas peut cacher des contenus à écrire soi-même ou un site que l'on ne peut pas "
        "modifier.",
        "points_titre": "Ce que le devis doit détailler",
        "points": [
            "Qui possède le nom de domaine et le site à la fin du contrat.",
            "L'hébergement, la maintenance et les mises à jour de sécurité, et leur prix annuel.",
            "Les mentions légales, la politique de confidentialité et l'accessibilité.",
            "Une demi-journée de formation pour modifier textes et photos soi-même.",
        ],
        "action": "Demandez trois devis sur la même base (le guide « Bien choisir son "
        "prestataire web » propose une trame) et vérifiez les aides de votre région : "
        "plusieurs financent la moitié d'un site pour les entreprises de moins de 50 salariés.",
        "sources": ["francenum", "cci", "cma"],
    },
    {
        "type": T.PRIX,
        "titre": "Référencement naturel",
        "resume": "Apparaître dans les résultats de recherche sans payer chaque clic : audit, "
        "contenus et suivi, avec les fourchettes de prix pratiquées.",
        "themes": ["presence-en-ligne"],
        "niveaux": (2, 4),
        "prix": ("500", "3000"),
        "facteurs": "Audit technique initial, nombre de pages et de mots-clés, rédaction, "
        "netlinking, suivi mensuel (souvent 300 à 1 000 € HT par mois en plus).",
        "intro": "Le référencement naturel travaille trois choses : un site techniquement "
        "propre, des contenus qui répondent aux questions des clients et la notoriété du site. "
        "Les effets se mesurent en mois, pas en jours : méfiez-vous des promesses de première "
        "place garantie.",
        "points_titre": "Ce que le devis doit détailler",
        "points": [
            "Les mots-clés visés et la position de départ, mesurée avant toute action.",
            "Les livrables : corrections techniques, pages réécrites, articles.",
            "Le rapport mensuel et les indicateurs suivis (visites, demandes de contact).",
            "La durée d'engagement et les conditions de résiliation.",
        ],
        "action": "Commencez par la fiche d'établissement et les pages de vos services "
        "principaux ; un audit ponctuel suffit souvent avant tout contrat mensuel.",
        "sources": ["francenum", "cci"],
    },
    {
        "type": T.VIDEO,
        "titre": "Cinq minutes pour comprendre le référencement local",
        "resume": "Fiche d'établissement, avis clients, cohérence des adresses et horaires : "
        "comment apparaître quand un client cherche « près de chez moi ».",
        "themes": ["presence-en-ligne"],
        "niveaux": (1, 2),
        "intro": "Pour un commerce, un artisan ou un restaurant, la fiche d'établissement sur "
        "les moteurs de recherche et les cartes compte souvent plus que le site. Elle est "
        "gratuite et se tient à jour en quelques minutes par mois.",
        "points": [
            "Revendiquer et compléter sa fiche : catégorie, horaires, photos, services.",
            "Garder le même nom, la même adresse et le même téléphone partout.",
            "Demander des avis aux clients satisfaits et répondre à tous.",
            "Publier les horaires exceptionnels (fêtes, congés) avant les clients.",
        ],
        "action": "Cherchez votre entreprise sur votre téléphone comme le ferait un client et "
        "corrigez ce qui est faux dans l'heure.",
        "sources": ["francenum", "cci", "cma"],
    },
    {
        "type": T.GUIDE,
        "titre": "Bien choisir son prestataire web",
        "resume": "Les questions à poser et les pièges à éviter avant de signer un devis : "
        "propriété du site, maintenance, engagement, références.",
        "themes": ["presence-en-ligne", "strategie-numerique"],
        "niveaux": (1, 2),
        "intro": "Un site coûte rarement trop cher à la commande ; il coûte cher quand on ne "
        "peut plus le modifier, le déménager ou le faire évoluer. Ce guide liste ce qu'il faut "
        "faire écrire dans le contrat.",
        "points": [
            "Exiger que le nom de domaine soit enregistré au nom de l'entreprise.",
            "Refuser la location longue durée sans option d'achat ni récupération des contenus.",
            "Demander deux références de clients de votre taille et les appeler.",
            "Comparer les devis ligne à ligne : pages, contenus, formation, maintenance.",
        ],
        "action": "Utilisez l'annuaire des prestataires référencés du portail : les avis y "
        "sont déposés par des entreprises qui ont réellement travaillé avec eux.",
        "sources": ["francenum", "dgccrf", "cci"],
    },
    {
        "type": T.GUIDE,
        "titre": "Les mentions obligatoires d'un site professionnel",
        "resume": "Mentions légales, politique de confidentialité, cookies, conditions de "
        "vente : ce que doit afficher le site d'une entreprise et où le placer.",
        "themes": ["presence-en-ligne", "vente-en-ligne"],
        "niveaux": (1, 3),
        "intro": "La loi pour la confiance dans l'économie numérique impose à tout site "
        "professionnel d'identifier clairement l'entreprise et son hébergeur. Le RGPD ajoute "
        "l'information sur les données collectées, et la CNIL précise les règles des cookies.",
        "points": [
            "Identité : dénomination, forme, capital, adresse, SIREN et immatriculation, "
            "numéro de TVA intracommunautaire, contact, directeur de la publication, hébergeur.",
            "Confidentialité : quelles données, pour quoi faire, combien de temps, quels droits.",
            "Cookies : refuser doit être aussi simple qu'accepter ; pas de dépôt avant le "
            "choix, sauf cookies strictement nécessaires.",
            "Si vous vendez : conditions générales de vente et informations avant commande.",
        ],
        "action": "Vérifiez votre site avec cette liste et faites corriger les manques par "
        "votre prestataire : c'est en général inclus dans la maintenance.",
        "sources": ["service_public", "cnil", "dgccrf"],
    },
    {
        "type": T.GUIDE,
        "titre": "Réseaux sociaux : choisir un ou deux réseaux et s'y tenir",
        "resume": "Où sont vos clients, quoi publier, à quel rythme, et comment mesurer si cela "
        "rapporte, sans y passer ses soirées.",
        "themes": ["presence-en-ligne", "relation-client"],
        "niveaux": (1, 2),
        "intro": "Être partout est la meilleure façon de ne rien tenir. Une boulangerie, un "
        "cabinet de conseil et un fabricant de meubles ne parlent pas aux mêmes personnes au "
        "même endroit : choisissez d'abord le réseau où sont vos clients.",
        "points": [
            "Choisir selon la clientèle : grand public local, professionnels, jeunes adultes.",
            "Un calendrier simple : une à trois publications par semaine, préparées en une heure.",
            "Montrer les coulisses et les personnes : ce qui fonctionne le mieux pour une PME.",
            "Suivre deux chiffres : messages reçus et visites vers le site ou la boutique.",
        ],
        "action": "Préparez un mois de publications d'un coup et bloquez quinze minutes par "
        "jour pour répondre aux messages.",
        "sources": ["francenum", "cci", "cma"],
    },
    {
        "type": T.PRIX,
        "titre": "Animation des réseaux sociaux",
        "resume": "Confier la création et la publication de contenus à un professionnel : "
        "prix mensuels constatés et ce qui les fait varier.",
        "themes": ["presence-en-ligne", "relation-client"],
        "niveaux": (2, 4),
        "prix": ("300", "1500"),
        "facteurs": "Prix mensuel : nombre de réseaux et de publications, photos et vidéos "
        "produites sur place, réponses aux messages, budget publicitaire géré (en plus).",
        "intro": "Un community manager indépendant ou une agence prend en charge la ligne "
        "éditoriale, les visuels et la publication. Vous restez la source : sans vos photos, "
        "vos actualités et vos réponses, les contenus sonnent creux.",
        "points_titre": "Ce que le devis doit détailler",
        "points": [
            "Le nombre de publications par mois et par réseau.",
            "Qui répond aux commentaires et aux messages, et sous quel délai.",
            "La propriété des comptes et des contenus créés.",
            "Le rapport mensuel : portée, messages, visites générées.",
        ],
        "action": "Gardez l'accès administrateur de vos comptes et ajoutez le prestataire "
        "comme simple gestionnaire.",
        "sources": ["francenum", "cci"],
    },
    {
        "type": T.OUTIL,
        "titre": "Check-list : un site accessible à tous",
        "resume": "Quinze points pour rendre un site utilisable par les personnes handicapées "
        "et les seniors : contrastes, textes alternatifs, formulaires, navigation au clavier.",
        "themes": ["presence-en-ligne", "vente-en-ligne"],
        "niveaux": (2, 4),
        "intro": "Depuis le 28 juin 2025, l'acte européen sur l'accessibilité s'applique au "
        "commerce en ligne : les sites marchands doivent être accessibles, les "
        "microentreprises de services (moins de 10 salariés et au plus 2 millions d'euros de "
        "chiffre d'affaires ou de bilan) en étant exemptées. Au-delà de l'obligation, un site "
        "accessible est plus facile pour tout le monde.",
        "points": [
            "Contrastes suffisants et texte agrandissable sans perte.",
            "Un texte alternatif pour chaque image utile.",
            "Des formulaires aux champs étiquetés et aux erreurs expliquées.",
            "Une navigation complète au clavier, sans piège.",
            "Une déclaration d'accessibilité publiée.",
        ],
        "action": "Passez la liste sur vos trois pages les plus visitées et joignez-la au "
        "cahier des charges de votre prochain site.",
        "sources": ["rgaa", "dgccrf"],
    },
    {
        "type": T.GUIDE,
        "titre": "Mesurer l'audience de son site en respectant la vie privée",
        "resume": "Savoir d'où viennent les visiteurs et ce qu'ils font sans bandeau de "
        "consentement inutile : les outils configurables et les règles de la CNIL.",
        "themes": ["presence-en-ligne", "gestion-donnees"],
        "niveaux": (3, 4),
        "intro": "La CNIL admet qu'un outil de mesure d'audience soit dispensé de consentement "
        "s'il est strictement limité à cet usage : statistiques anonymes, pas de croisement "
        "avec d'autres traitements, durée de conservation limitée. Bien configuré, il fournit "
        "tout ce dont une PME a besoin.",
        "points": [
            "Les conditions de l'exemption et les outils qui peuvent s'y conformer.",
            "Les quatre rapports utiles : sources de trafic, pages d'entrée, conversions, "
            "appareils.",
            "Relier l'audience aux ventes et aux demandes de contact.",
        ],
        "action": "Faites vérifier la configuration de votre outil de mesure et retirez les "
        "traceurs que personne ne consulte.",
        "sources": ["cnil", "francenum"],
    },
    # --- Vente en ligne --------------------------------------------------------------------
    {
        "type": T.PRIX,
        "titre": "Boutique en ligne",
        "resume": "Vendre en ligne avec paiement et livraison : prix constatés selon le "
        "catalogue, les connexions à la caisse ou à la gestion, et la logistique.",
        "themes": ["vente-en-ligne"],
        "niveaux": (1, 4),
        "prix": ("4000", "25000"),
        "facteurs": "Nombre de produits et de variantes, solution clé en main ou sur mesure, "
        "connexion à la caisse ou à l'ERP, moyens de paiement, transporteurs, multilingue.",
        "intro": "Une boutique sur une solution clé en main (abonnement mensuel et commission) "
        "se lance vite ; un développement sur mesure se justifie pour un catalogue complexe ou "
        "des tarifs professionnels. Dans les deux cas, le temps interne (photos, fiches, "
        "préparation des commandes) est le premier coût oublié.",
        "points_titre": "Ce que le devis doit détailler",
        "points": [
            "Les frais récurrents : abonnement, commissions, modules payants, hébergement.",
            "La reprise du catalogue et la synchronisation des stocks avec le magasin.",
            "Les pages obligatoires : CGV, rétractation, mentions légales, confidentialité.",
            "La formation et le support après la mise en ligne.",
        ],
        "action": "Estimez d'abord votre seuil de rentabilité avec le calculateur de la "
        "bibliothèque, puis consultez les aides régionales : plusieurs financent 50 % d'un "
        "projet de vente en ligne.",
        "sources": ["francenum", "cci", "bpifrance"],
    },
    {
        "type": T.GUIDE,
        "titre": "Vendre sur les places de marché",
        "resume": "Amazon, Cdiscount, ManoMano, Etsy : commissions, obligations, dépendance et "
        "la bonne façon de tester avant de s'engager.",
        "themes": ["vente-en-ligne", "e-export"],
        "niveaux": (2, 4),
        "intro": "Une place de marché apporte un trafic immédiat et gère souvent le paiement, "
        "parfois la logistique. En contrepartie : commissions de 5 à 20 % selon les "
        "catégories, concurrence frontale sur les prix et peu de lien direct avec le client.",
        "points": [
            "Comparer commissions, abonnements et frais logistiques par catégorie.",
            "Lire les obligations : délais d'expédition, taux d'annulation, service client.",
            "Savoir que les plateformes déclarent à l'administration fiscale les revenus de "
            "leurs vendeurs.",
            "Garder sa marque et ses clients : emballage, carte dans le colis, site propre.",
        ],
        "action": "Testez trois mois avec dix références rentables même après commission, puis "
        "décidez. Les offres négociées par le programme figurent dans l'espace e-export.",
        "sources": ["francenum", "dgccrf", "impots"],
    },
    {
        "type": T.OUTIL,
        "titre": "Calculateur de rentabilité d'une boutique en ligne",
        "resume": "Estimer le chiffre d'affaires nécessaire pour rentabiliser son site marchand "
        "à partir de sa marge, de ses frais fixes et du coût d'acquisition d'un client.",
        "themes": ["vente-en-ligne", "financement"],
        "niveaux": (2, 4),
        "intro": "Ce tableur vous fait saisir votre marge brute, les frais fixes de la "
        "boutique (abonnement, maintenance, publicité) et les frais variables par commande "
        "(paiement, emballage, transport). Il en déduit le nombre de commandes mensuelles "
        "nécessaires pour couvrir l'investissement.",
        "points": [
            "Le seuil de rentabilité mensuel et le délai de retour sur investissement.",
            "L'effet d'une hausse du panier moyen ou de la livraison gratuite.",
            "Le poids réel des commissions d'une place de marché.",
        ],
        "action": "Faites le calcul avant de demander des devis : il fixe le budget "
        "raisonnable et sert de pièce au dossier d'aide.",
        "sources": ["francenum", "bpifrance"],
    },
    {
        "type": T.GUIDE,
        "titre": "Click & collect : vendre en ligne, faire retirer en boutique",
        "resume": "La façon la plus simple de commencer la vente en ligne pour un commerce : "
        "outils, organisation du retrait, paiement en ligne ou sur place.",
        "themes": ["vente-en-ligne", "relation-client"],
        "niveaux": (1, 2),
        "intro": "Le retrait en magasin évite la logistique et ramène le client en boutique, "
        "où il achète souvent autre chose. Des solutions simples permettent de publier un "
        "catalogue réduit en quelques jours.",
        "points": [
            "Choisir entre un module de sa caisse, une solution dédiée ou une place de marché "
            "locale.",
            "Organiser le retrait : créneaux, zone dédiée, confirmation par SMS.",
            "Décider : paiement en ligne (moins d'oublis) ou sur place (plus simple).",
            "Commencer avec vingt produits phares plutôt que tout le magasin.",
        ],
        "action": "Lancez une offre de retrait sur un événement (fêtes, rentrée) et mesurez le "
        "nombre de commandes et le panier moyen.",
        "sources": ["francenum", "cci", "cma"],
    },
    {
        "type": T.GUIDE,
        "titre": "Vendre en ligne : CGV, droit de rétractation et médiateur",
        "resume": "Les obligations du vendeur à distance envers les particuliers : "
        "informations avant commande, 14 jours de rétractation, garanties, médiation de la "
        "consommation.",
        "themes": ["vente-en-ligne"],
        "niveaux": (1, 3),
        "intro": "Vendre à distance à des particuliers, c'est appliquer le code de la "
        "consommation : le client doit tout savoir avant de payer et peut changer d'avis. Ces "
        "règles sont contrôlées par la DGCCRF et leur respect rassure les acheteurs.",
        "points": [
            "Les informations obligatoires avant la commande : prix TTC, frais, délais, "
            "identité du vendeur.",
            "Le droit de rétractation de 14 jours et ses exceptions (produits personnalisés, "
            "denrées périssables).",
            "La garantie légale de conformité de deux ans et la garantie des vices cachés.",
            "L'obligation de proposer gratuitement un médiateur de la consommation.",
        ],
        "action": "Faites relire vos conditions générales de vente par votre CCI ou votre "
        "chambre de métiers et adhérez à un médiateur avant l'ouverture de la boutique.",
        "sources": ["dgccrf", "service_public", "cci"],
    },
    {
        "type": T.GUIDE,
        "titre": "Paiement en ligne : choisir sa solution et limiter la fraude",
        "resume": "Frais, délais de versement, authentification forte, paiement fractionné : "
        "comparer les solutions de paiement et protéger sa boutique des fraudes.",
        "themes": ["vente-en-ligne", "cybersecurite"],
        "niveaux": (2, 3),
        "intro": "La solution de paiement se choisit sur trois critères : le coût par "
        "transaction (commission en pourcentage et frais fixes), le délai avant de toucher "
        "l'argent et les moyens proposés au client. L'authentification forte imposée par la "
        "directive européenne sur les services de paiement réduit la fraude à la carte.",
        "points": [
            "Comparer les offres sur votre panier moyen réel, pas sur le tarif affiché.",
            "Ne jamais stocker soi-même de numéros de carte : c'est le rôle du prestataire.",
            "Repérer les commandes suspectes : adresse de livraison inhabituelle, gros montant "
            "d'un nouveau client.",
            "Proposer les moyens attendus par vos clients (carte, portefeuilles mobiles, "
            "virement pour les professionnels).",
        ],
        "action": "Demandez à votre banque et à deux prestataires une simulation sur vos "
        "volumes de l'an dernier.",
        "sources": ["cybermalveillance", "francenum"],
    },
    {
        "type": T.PRIX,
        "titre": "Photos et fiches produits",
        "resume": "Des photos nettes et des descriptions complètes font vendre : prix constatés "
        "par produit pour la prise de vue et la rédaction.",
        "themes": ["vente-en-ligne", "presence-en-ligne"],
        "niveaux": (1, 3),
        "prix": ("15", "60"),
        "facteurs": "Prix par produit : fond blanc ou mise en scène, nombre de vues, retouche, "
        "rédaction de la fiche, traduction (en plus), séance en studio ou sur place.",
        "intro": "Sur internet, le client ne touche pas : la photo et la fiche remplacent le "
        "vendeur. Une fiche complète (dimensions, matières, entretien, délais) réduit aussi "
        "les questions et les retours.",
        "points_titre": "Ce que le devis doit détailler",
        "points": [
            "Le nombre de photos par produit et les formats livrés.",
            "Les droits d'utilisation (site, places de marché, réseaux, impression).",
            "Le gabarit de fiche : caractéristiques, usages, entretien, mots-clés.",
        ],
        "action": "Faites photographier d'abord vos vingt meilleures ventes et comparez leur "
        "taux de conversion avant et après.",
        "sources": ["francenum", "cma"],
    },
    {
        "type": T.GUIDE,
        "titre": "Logistique e-commerce : expédier soi-même ou externaliser",
        "resume": "Préparer les colis en interne, passer par un logisticien ou par le programme "
        "d'une place de marché : coûts, délais et seuils de bascule.",
        "themes": ["vente-en-ligne", "e-export"],
        "niveaux": (3, 4),
        "intro": "Au-delà de quelques dizaines de colis par jour, la préparation des commandes "
        "occupe une personne à plein temps. Externaliser coûte plus cher au colis mais libère "
        "du temps et de la place, et donne accès à de meilleurs tarifs de transport.",
        "points": [
            "Calculer le coût complet d'un colis préparé en interne.",
            "Lire une grille de logisticien : stockage, préparation, emballage, transport.",
            "Négocier les tarifs transporteurs et proposer des points relais.",
            "Traiter les retours : délai, contrôle, remise en stock.",
        ],
        "action": "Suivez pendant un mois le temps passé par commande : c'est le chiffre qui "
        "décide.",
        "sources": ["francenum", "cci"],
    },
    # --- Relation client -------------------------------------------------------------------
    {
        "type": T.PRIX,
        "titre": "Logiciel de gestion de la relation client (CRM)",
        "resume": "Suivre prospects, clients, devis et relances au même endroit : prix "
        "mensuels constatés par utilisateur et coûts de mise en place.",
        "themes": ["relation-client"],
        "niveaux": (2, 4),
        "prix": ("12", "90"),
        "facteurs": "Prix mensuel par utilisateur ; paramétrage, reprise des fichiers existants "
        "et formation facturés en plus (souvent 1 000 à 5 000 € HT).",
        "intro": "Un CRM remplace le tableur et les post-it : chaque contact, chaque échange et "
        "chaque devis sont tracés, et les relances ne s'oublient plus. Les offres d'entrée de "
        "gamme suffisent à la plupart des TPE.",
        "points_titre": "Ce que le devis doit détailler",
        "points": [
            "Le prix par utilisateur et par mois, et ce qui change au palier supérieur.",
            "L'import de votre fichier existant et sa mise en conformité avec le RGPD.",
            "Les connexions : messagerie, agenda, site, logiciel de facturation.",
            "La récupération de vos données si vous changez d'outil.",
        ],
        "action": "Essayez deux outils gratuitement pendant deux semaines sur vos vingt "
        "prospects en cours avant de choisir.",
        "sources": ["francenum", "cnil"],
    },
    {
        "type": T.GUIDE,
        "titre": "Répondre aux avis clients en ligne",
        "resume": "Remercier, répondre à une critique sans s'emporter, signaler un faux avis : "
        "les bonnes pratiques et ce que dit la loi sur les avis.",
        "themes": ["relation-client", "presence-en-ligne"],
        "niveaux": (1, 2),
        "intro": "Les avis sont souvent la première chose que lit un futur client. Une réponse "
        "calme à un avis négatif rassure davantage qu'une note parfaite. La loi encadre aussi "
        "les avis : acheter ou rédiger de faux avis est une pratique commerciale trompeuse.",
        "points": [
            "Répondre à tous, sous quelques jours, en signant de son prénom.",
            "Face à une critique : reconnaître, expliquer, proposer une solution hors ligne.",
            "Signaler un avis manifestement faux à la plateforme, preuves à l'appui.",
            "Sur son propre site, indiquer si et comment les avis sont vérifiés.",
        ],
        "action": "Bloquez dix minutes chaque lundi pour lire et répondre aux avis de la semaine.",
        "sources": ["dgccrf", "francenum"],
    },
    {
        "type": T.GUIDE,
        "titre": "Fichier clients et RGPD : l'essentiel pour une TPE",
        "resume": "Ce que vous pouvez collecter, combien de temps le garder, comment informer "
        "vos clients et répondre à leurs demandes, sans juriste.",
        "themes": ["relation-client", "gestion-donnees"],
        "niveaux": (1, 3),
        "intro": "Le RGPD s'applique dès le premier fichier de clients. Pour une petite "
        "entreprise, l'essentiel tient en quelques règles de bon sens que la CNIL a "
        "rassemblées dans un guide dédié aux TPE et PME.",
        "points": [
            "Ne collecter que ce qui sert : pas de date de naissance pour envoyer une facture.",
            "Fixer des durées : par exemple, trois ans après le dernier contact pour un prospect.",
            "Informer au moment de la collecte et permettre l'accès, la rectification, "
            "l'effacement.",
            "Tenir un registre simple des traitements et protéger l'accès aux fichiers.",
        ],
        "action": "Faites le tri dans vos fichiers : supprimez les contacts inactifs depuis "
        "plus de trois ans et notez vos traitements dans le modèle de registre de la CNIL.",
        "sources": ["cnil", "francenum"],
    },
    {
        "type": T.MOOC,
        "titre": "L'atelier RGPD de la CNIL",
        "resume": "Le cours en ligne gratuit de la CNIL pour comprendre le RGPD et l'appliquer "
        "dans son entreprise, à son rythme, avec une attestation de suivi.",
        "themes": ["relation-client", "gestion-donnees", "competences"],
        "niveaux": (1, 4),
        "lien": "https://www.cnil.fr",
        "intro": "La CNIL propose un MOOC gratuit, découpé en modules courts, destiné aux "
        "professionnels qui traitent des données personnelles sans être juristes. Il se suit "
        "en ligne, en quelques heures au total, et peut être partagé avec l'équipe.",
        "points": [
            "Les notions clés : donnée personnelle, traitement, responsable, sous-traitant.",
            "Les principes : finalité, minimisation, durée de conservation, sécurité.",
            "Les droits des personnes et la façon d'y répondre.",
            "Le rôle de la CNIL et les outils qu'elle met à disposition.",
        ],
        "action": "Inscrivez la personne qui gère vos fichiers clients ou vos salariés et "
        "faites-lui présenter trois actions à mener à l'issue du parcours.",
        "sources": ["cnil"],
    },
    {
        "type": T.GUIDE,
        "titre": "E-mailing : prospecter sans spammer",
        "resume": "Consentement des particuliers, intérêt légitime entre professionnels, "
        "désinscription, fréquence : les règles de la prospection par courriel et ce qui "
        "fait ouvrir un message.",
        "themes": ["relation-client"],
        "niveaux": (2, 3),
        "intro": "Envoyer une lettre d'information à ses clients est efficace et peu coûteux, "
        "à condition de respecter les règles fixées par le code des postes et des "
        "communications électroniques, que la CNIL rappelle et contrôle.",
        "points": [
            "Particuliers : consentement préalable, sauf pour des produits analogues à ceux "
            "déjà achetés.",
            "Professionnels : information et droit d'opposition, si le message concerne leur "
            "métier.",
            "Un lien de désinscription dans chaque message, traité sans délai.",
            "Un objet clair, un seul message par envoi, un rythme régulier.",
        ],
        "action": "Ajoutez une case de consentement non précochée à votre formulaire de "
        "contact et à votre caisse, et nettoyez votre liste d'envoi.",
        "sources": ["cnil", "francenum"],
    },
    {
        "type": T.GUIDE,
        "titre": "Fidéliser ses clients avec les données que l'on a déjà",
        "resume": "Segmenter ses clients par récence, fréquence et montant, mesurer la "
        "satisfaction et relancer au bon moment, avec les outils existants.",
        "themes": ["relation-client", "gestion-donnees"],
        "niveaux": (3, 4),
        "intro": "Vendre à un client existant coûte beaucoup moins cher que d'en conquérir un "
        "nouveau. Votre caisse, votre logiciel de facturation ou votre boutique contiennent "
        "déjà de quoi repérer vos meilleurs clients et ceux qui s'éloignent.",
        "points": [
            "Classer les clients par récence, fréquence et montant des achats.",
            "Mesurer la satisfaction avec une question simple après l'achat.",
            "Déclencher des relances : anniversaire d'achat, réassort, client inactif.",
            "Mesurer l'effet : taux de réachat et chiffre d'affaires par segment.",
        ],
        "action": "Exportez vos ventes de l'an dernier, repérez vos 20 % de meilleurs clients "
        "et préparez-leur une attention personnalisée.",
        "sources": ["francenum", "cnil"],
    },
    # --- Gestion interne et données ---------------------------------------------------------
    {
        "type": T.GUIDE,
        "titre": "Facturation électronique : le calendrier et comment s'y préparer",
        "resume": "Toutes les entreprises devront recevoir des factures électroniques dès le "
        "1er septembre 2026 et les PME les émettre au 1er septembre 2027 : les étapes pour "
        "choisir sa plateforme et adapter ses outils.",
        "themes": ["gestion-donnees", "financement"],
        "niveaux": (1, 4),
        "intro": "La généralisation de la facturation électronique entre entreprises "
        "assujetties à la TVA en France suit un calendrier fixé par la loi : réception pour "
        "toutes au 1er septembre 2026 ; émission au 1er septembre 2026 pour les grandes "
        "entreprises et les ETI, au 1er septembre 2027 pour les PME et les microentreprises. "
        "Les factures transitent par des plateformes agréées par l'administration fiscale.",
        "points": [
            "Ce qui change : format structuré, plateforme agréée, statuts de la facture.",
            "Le « e-reporting » des ventes aux particuliers et des opérations internationales.",
            "Choisir une plateforme agréée, souvent proposée par son logiciel de facturation.",
            "Nettoyer ses données clients (SIREN, adresses) dès maintenant.",
        ],
        "action": "Demandez à votre éditeur de logiciel ou à votre expert-comptable quelle "
        "plateforme agréée il propose et à quelle date vous pourrez tester.",
        "sources": ["impots", "francenum", "service_public"],
    },
    {
        "type": T.PRIX,
        "titre": "Logiciel de devis et de facturation",
        "resume": "Éditer devis et factures conformes, suivre les paiements et préparer la "
        "facture électronique : prix mensuels constatés.",
        "themes": ["gestion-donnees"],
        "niveaux": (1, 3),
        "prix": ("0", "40"),
        "facteurs": "Prix mensuel : nombre d'utilisateurs et de factures, relances "
        "automatiques, lien bancaire, export comptable, plateforme de facturation "
        "électronique incluse ou non.",
        "intro": "Un logiciel de facturation numérote les factures sans trou, calcule la TVA, "
        "relance les impayés et exporte vers la comptabilité. C'est souvent le premier outil "
        "de gestion d'une TPE, et celui qui portera la facture électronique.",
        "points_titre": "Ce que l'offre doit préciser",
        "points": [
            "La conformité aux mentions obligatoires des factures.",
            "La compatibilité annoncée avec la facturation électronique et la plateforme "
            "agréée associée.",
            "L'export vers votre expert-comptable et la récupération de l'historique.",
        ],
        "action": "Demandez à votre expert-comptable quels logiciels il sait déjà importer : "
        "vous gagnerez du temps à la clôture.",
        "sources": ["impots", "francenum"],
    },
    {
        "type": T.GUIDE,
        "titre": "Passer au cloud sans perdre la maîtrise de ses données",
        "resume": "Messagerie, fichiers, logiciels en ligne : ce qu'il faut vérifier dans le "
        "contrat (localisation, réversibilité, sécurité, sous-traitance RGPD) avant de "
        "migrer.",
        "themes": ["gestion-donnees", "cybersecurite"],
        "niveaux": (2, 3),
        "intro": "Le cloud évite d'entretenir un serveur au bureau et permet de travailler de "
        "partout. Il déplace aussi vos données chez un tiers : le contrat doit dire où elles "
        "sont, qui y accède et comment les récupérer.",
        "points": [
            "Les clauses de réversibilité et le format de restitution des données.",
            "La localisation des données et le droit qui s'applique au prestataire.",
            "Le contrat de sous-traitance exigé par le RGPD.",
            "Les qualifications de sécurité, dont SecNumCloud délivrée par l'ANSSI.",
        ],
        "action": "Listez vos données par sensibilité avant de choisir : toutes n'exigent pas "
        "le même niveau de protection.",
        "sources": ["anssi", "cnil", "francenum"],
    },
    {
        "type": T.OUTIL,
        "titre": "Modèle de tableau de bord mensuel",
        "resume": "Un tableur prêt à l'emploi pour suivre chaque mois chiffre d'affaires, "
        "marge, trésorerie, ventes en ligne et activité commerciale sur une seule page.",
        "themes": ["gestion-donnees", "strategie-numerique"],
        "niveaux": (2, 4),
        "intro": "Ce modèle rassemble une douzaine d'indicateurs sur une page, avec la "
        "comparaison au mois précédent et à l'an dernier. Il se remplit en une demi-heure à "
        "partir de la comptabilité, de la caisse et de l'outil d'audience.",
        "points": [
            "Les indicateurs d'activité, de rentabilité et de trésorerie.",
            "Les indicateurs numériques : visites, demandes, part des ventes en ligne.",
            "Les alertes automatiques quand un chiffre sort de sa fourchette.",
        ],
        "action": "Remplissez-le pour les trois derniers mois et partagez-le avec votre "
        "expert-comptable.",
        "sources": ["francenum", "bpifrance"],
    },
    {
        "type": T.PRIX,
        "titre": "Progiciel de gestion intégré (ERP) pour PME",
        "resume": "Relier achats, stocks, production, ventes et comptabilité dans un seul "
        "logiciel : prix de mise en place constatés et pièges d'un projet ERP.",
        "themes": ["gestion-donnees"],
        "niveaux": (3, 4),
        "prix": ("10000", "80000"),
        "facteurs": "Nombre d'utilisateurs et de modules, paramétrage et développements "
        "spécifiques, reprise des données, formation ; abonnement ou maintenance annuelle en "
        "plus.",
        "intro": "Un ERP se justifie quand les ressaisies entre logiciels coûtent plus cher "
        "que l'outil. Le projet dure souvent six à douze mois et mobilise des personnes clés "
        "de l'entreprise : c'est ce temps interne qui fait réussir ou échouer.",
        "points_titre": "Ce que le devis doit détailler",
        "points": [
            "Le périmètre fonctionnel et ce qui reste hors du logiciel.",
            "Les jours de paramétrage, de reprise de données et de formation.",
            "Le coût annuel après la première année.",
            "Les conditions de sortie et de récupération des données.",
        ],
        "action": "Rédigez un cahier des charges centré sur vos processus, avec un connecteur "
        "labellisé ou votre expert-comptable, avant de rencontrer les éditeurs.",
        "sources": ["francenum", "bpifrance", "cci"],
    },
    {
        "type": T.GUIDE,
        "titre": "Démarches sociales et fiscales en ligne : les espaces à ouvrir",
        "resume": "Espace professionnel des impôts, compte Urssaf, déclaration sociale "
        "nominative : les services en ligne gratuits que toute entreprise doit utiliser.",
        "themes": ["gestion-donnees", "financement"],
        "niveaux": (1, 2),
        "intro": "La plupart des déclarations et paiements d'une entreprise se font en ligne, "
        "gratuitement, sur les sites de l'administration. Les ouvrir dès la création évite "
        "pénalités et courriers perdus.",
        "points": [
            "L'espace professionnel sur impots.gouv.fr : TVA, cotisation foncière, "
            "messagerie sécurisée.",
            "Le compte Urssaf : cotisations, attestations de vigilance, échéanciers.",
            "La déclaration sociale nominative sur net-entreprises.fr dès le premier salarié.",
            "Donner des délégations à son expert-comptable sans partager ses mots de passe.",
        ],
        "action": "Vérifiez que chaque espace est ouvert, que l'adresse de messagerie est à "
        "jour et que deux personnes savent s'y connecter.",
        "sources": ["impots", "urssaf", "net_entreprises", "service_public"],
    },
    # --- Cybersécurité ---------------------------------------------------------------------
    {
        "type": T.PRIX,
        "titre": "Audit de cybersécurité",
        "resume": "Faire évaluer ses failles par un professionnel et obtenir un plan de "
        "correction priorisé : prix constatés selon la taille du parc.",
        "themes": ["cybersecurite"],
        "niveaux": (1, 4),
        "prix": ("1500", "8000"),
        "facteurs": "Nombre de postes et de sites, audit organisationnel seul ou tests "
        "techniques (tests d'intrusion en plus), accompagnement à la correction.",
        "intro": "Un audit fait l'inventaire de ce qui est exposé (postes, messagerie, site, "
        "accès à distance) et de la façon dont l'entreprise travaille (mots de passe, "
        "sauvegardes, droits). Il débouche sur une liste d'actions classées par urgence et "
        "par coût.",
        "points_titre": "Ce que le devis doit détailler",
        "points": [
            "Le périmètre : postes, serveurs, messagerie, site, téléphones.",
            "La méthode et les référentiels utilisés.",
            "Le rapport remis et sa restitution orale au dirigeant.",
            "L'aide à la correction des failles prioritaires.",
        ],
        "action": "Faites d'abord les dix réflexes de base : un audit est plus utile sur un "
        "socle déjà propre. Des prestataires labellisés ExpertCyber sont référencés par "
        "Cybermalveillance.gouv.fr.",
        "sources": ["cybermalveillance", "anssi"],
    },
    {
        "type": T.MOOC,
        "titre": "Les bases de la cybersécurité pour les TPE",
        "resume": "SecNumacadémie, le MOOC gratuit de l'ANSSI : authentification, sécurité sur "
        "internet, poste de travail et déplacements, à suivre à son rythme avec une "
        "attestation de réussite.",
        "themes": ["cybersecurite", "competences"],
        "niveaux": (1, 3),
        "lien": "https://secnumacademie.gouv.fr",
        "intro": "L'ANSSI, l'agence nationale de la sécurité des systèmes d'information, "
        "propose SecNumacadémie, un cours en ligne gratuit ouvert à tous. Ses modules courts "
        "s'enchaînent en quelques heures au total et se terminent par une évaluation.",
        "points": [
            "Un panorama des menaces qui visent les petites structures.",
            "Choisir et gérer ses mots de passe, activer la double authentification.",
            "Naviguer, télécharger et utiliser la messagerie sans se faire piéger.",
            "Protéger son poste de travail et ses équipements en déplacement.",
        ],
        "action": "Inscrivez toute l'équipe et fixez une date pour en parler ensemble : "
        "l'hameçonnage vise d'abord les salariés.",
        "sources": ["secnumacademie", "anssi"],
    },
    {
        "type": T.GUIDE,
        "titre": "Les dix réflexes de cybersécurité d'une TPE",
        "resume": "Sauvegardes, mises à jour, mots de passe, double authentification, "
        "vigilance face aux courriels piégés : les gestes qui évitent la plupart des "
        "incidents.",
        "themes": ["cybersecurite"],
        "niveaux": (1, 2),
        "intro": "La plupart des attaques contre les petites entreprises ne sont pas ciblées : "
        "elles exploitent un mot de passe réutilisé, un logiciel pas à jour ou un clic sur un "
        "faux courriel. Cybermalveillance.gouv.fr publie des fiches pratiques pour chacun de "
        "ces risques.",
        "points": [
            "Sauvegarder régulièrement, dont une copie hors ligne.",
            "Installer les mises à jour dès qu'elles sont proposées.",
            "Un mot de passe différent par service, un gestionnaire de mots de passe.",
            "Activer la double authentification sur la messagerie et la banque.",
            "Vérifier par téléphone toute demande de virement ou de changement de RIB.",
        ],
        "action": "Affichez la liste dans le bureau et cochez chaque réflexe mis en place d'ici "
        "un mois.",
        "sources": ["cybermalveillance", "anssi"],
    },
    {
        "type": T.GUIDE,
        "titre": "Victime d'une cyberattaque : les premiers gestes",
        "resume": "Rançongiciel, compte piraté, fraude au virement : isoler, ne pas payer, "
        "prévenir, porter plainte et notifier la CNIL si des données personnelles sont "
        "touchées.",
        "themes": ["cybersecurite", "gestion-donnees"],
        "niveaux": (1, 4),
        "intro": "Les premières heures comptent. Cette fiche réflexe se garde imprimée, car "
        "un ordinateur chiffré par un rançongiciel ne permet plus de lire une procédure "
        "stockée dessus.",
        "points": [
            "Débrancher du réseau les appareils touchés sans les éteindre, pour garder les traces.",
            "Ne pas payer de rançon : rien ne garantit la restitution des données.",
            "Trouver de l'aide : Cybermalveillance.gouv.fr oriente vers des prestataires "
            "proches de chez vous.",
            "Porter plainte, prévenir sa banque et son assureur.",
            "Notifier la CNIL dans les 72 heures en cas de violation de données personnelles.",
        ],
        "action": "Imprimez la fiche, notez-y les numéros utiles (prestataire, banque, "
        "assureur) et rangez-la avec le plan de continuité.",
        "sources": ["cybermalveillance", "cnil", "anssi"],
    },
    {
        "type": T.OUTIL,
        "titre": "Sauvegardes : la règle 3-2-1 en pratique",
        "resume": "Trois copies, deux supports, une hors du bureau : un modèle de plan de "
        "sauvegarde à remplir, avec les tests de restauration à faire chaque trimestre.",
        "themes": ["cybersecurite", "gestion-donnees"],
        "niveaux": (1, 3),
        "intro": "Une sauvegarde n'existe que si l'on a déjà réussi à la restaurer. Ce modèle "
        "liste vos données importantes, où elles sont sauvegardées, à quelle fréquence et "
        "qui vérifie.",
        "points": [
            "Inventorier les données vitales : comptabilité, fichiers clients, plans, messagerie.",
            "Appliquer la règle 3-2-1 : trois copies, deux supports, une hors site ou hors ligne.",
            "Tester une restauration chaque trimestre et le noter.",
        ],
        "action": "Choisissez ce soir un fichier important et essayez de le restaurer depuis "
        "votre sauvegarde : vous saurez tout de suite où vous en êtes.",
        "sources": ["cybermalveillance", "anssi"],
    },
    {
        "type": T.GUIDE,
        "titre": "Double authentification et gestionnaire de mots de passe",
        "resume": "Les deux outils qui bloquent l'essentiel des piratages de comptes : comment "
        "les choisir, les déployer dans l'équipe et gérer les départs.",
        "themes": ["cybersecurite", "competences"],
        "niveaux": (2, 3),
        "intro": "Un mot de passe volé ne suffit plus à l'attaquant si un second facteur est "
        "demandé. Un gestionnaire de mots de passe permet d'en avoir un différent et solide "
        "pour chaque service sans les retenir.",
        "points": [
            "Activer la double authentification en priorité sur la messagerie, la banque et "
            "les comptes d'administration.",
            "Choisir un gestionnaire de mots de passe avec partage d'équipe.",
            "Retirer les accès le jour du départ d'un salarié ou d'un prestataire.",
        ],
        "action": "Faites la liste des comptes de l'entreprise et activez la double "
        "authentification sur les cinq plus importants cette semaine.",
        "sources": ["anssi", "cybermalveillance", "cnil"],
    },
    {
        "type": T.GUIDE,
        "titre": "Préparer la reprise d'activité après un incident informatique",
        "resume": "Un plan de continuité à la taille d'une PME : activités vitales, délais "
        "acceptables, solutions de repli, exercice annuel.",
        "themes": ["cybersecurite", "strategie-numerique"],
        "niveaux": (3, 4),
        "intro": "Une cyberattaque, une panne ou un dégât des eaux peuvent arrêter "
        "l'informatique plusieurs jours. Le plan de continuité dit, à l'avance, ce qui doit "
        "repartir en premier, comment travailler en mode dégradé et qui décide.",
        "points": [
            "Classer les activités selon le délai d'arrêt supportable.",
            "Prévoir les solutions de repli : postes de secours, procédures papier.",
            "Fixer les rôles et la liste des contacts, gardée hors du système d'information.",
            "S'exercer une fois par an sur un scénario simple.",
        ],
        "action": "Réunissez une heure les personnes clés et répondez à une question : « si "
        "plus rien ne marche lundi matin, que faisons-nous ? ».",
        "sources": ["anssi", "cybermalveillance"],
    },
    # --- Compétences numériques -------------------------------------------------------------
    {
        "type": T.OUTIL,
        "titre": "Pix : évaluer les compétences numériques de son équipe",
        "resume": "Le service public en ligne d'évaluation et de certification des "
        "compétences numériques : des tests adaptatifs gratuits pour savoir qui former et "
        "sur quoi.",
        "themes": ["competences"],
        "niveaux": (1, 3),
        "lien": "https://pix.fr",
        "intro": "Pix évalue seize compétences numériques (information, communication, "
        "création de contenus, protection, environnement numérique) par des questions qui "
        "s'adaptent au niveau de chacun. Les organisations peuvent proposer des parcours à "
        "leurs équipes et suivre les résultats.",
        "points": [
            "Mesurer le niveau de chacun sans examen ni jugement.",
            "Repérer les besoins de formation communs à l'équipe.",
            "Passer, si on le souhaite, une certification reconnue.",
        ],
        "action": "Proposez à chaque salarié un parcours d'une heure et discutez des "
        "résultats lors de l'entretien professionnel.",
        "sources": ["pix"],
    },
    {
        "type": T.GUIDE,
        "titre": "Financer la formation numérique de ses salariés et la sienne",
        "resume": "Opérateurs de compétences, compte personnel de formation, fonds des "
        "dirigeants non salariés : qui finance quoi et comment demander.",
        "themes": ["competences", "financement"],
        "niveaux": (1, 3),
        "intro": "Former une personne au numérique coûte souvent moins cher qu'on ne le pense, "
        "car plusieurs financeurs interviennent selon le statut de la personne formée.",
        "points": [
            "Salariés : l'opérateur de compétences (OPCO) de votre branche finance une partie "
            "du plan de développement des compétences des entreprises de moins de 50 "
            "salariés.",
            "Chaque actif : le compte personnel de formation, mobilisable sur "
            "moncompteformation.gouv.fr, avec un reste à charge depuis 2024 sauf exceptions.",
            "Dirigeants non salariés : les fonds d'assurance formation (AGEFICE, FAFCEA, "
            "FIF PL selon l'activité).",
            "Choisir une formation certifiée Qualiopi, condition des financements publics.",
        ],
        "action": "Contactez votre OPCO avant l'inscription : la demande de prise en charge "
        "se fait presque toujours avant le début de la formation.",
        "sources": ["cpf", "service_public", "francenum"],
    },
    {
        "type": T.VIDEO,
        "titre": "Tableur : cinq fonctions qui font gagner du temps chaque semaine",
        "resume": "Filtres, tableaux croisés dynamiques, recherche de valeurs, mise en forme "
        "conditionnelle et validation des saisies, montrées sur un fichier de ventes réel.",
        "themes": ["competences", "gestion-donnees"],
        "niveaux": (1, 2),
        "intro": "La plupart des PME pilotent encore une partie de leur activité dans un "
        "tableur. Cinq fonctions bien maîtrisées suffisent à passer de la saisie manuelle à "
        "l'analyse en quelques clics.",
        "points": [
            "Filtrer et trier sans abîmer les données.",
            "Résumer des milliers de lignes avec un tableau croisé dynamique.",
            "Aller chercher une valeur dans un autre tableau.",
            "Faire ressortir les anomalies en couleur et empêcher les erreurs de saisie.",
        ],
        "action": "Appliquez chaque fonction à votre propre fichier de ventes ou de stocks "
        "juste après la vidéo.",
        "sources": ["francenum", "pix"],
    },
    {
        "type": T.GUIDE,
        "titre": "Outils collaboratifs : partager agenda, fichiers et tâches sans s'y perdre",
        "resume": "Choisir une suite collaborative, organiser les dossiers partagés, fixer "
        "quelques règles d'équipe et former chacun en une demi-journée.",
        "themes": ["competences", "gestion-donnees"],
        "niveaux": (2, 3),
        "intro": "Agenda partagé, fichiers en ligne, messagerie d'équipe : bien utilisés, ces "
        "outils suppriment les pièces jointes en dix versions et les réunions pour se tenir "
        "au courant. Mal organisés, ils créent un nouveau désordre.",
        "points": [
            "Une arborescence de dossiers commune, décidée ensemble et documentée.",
            "Des règles simples : où ranger, comment nommer, qui peut modifier.",
            "Distinguer messagerie instantanée et courriel, et fixer des horaires.",
            "Des droits d'accès retirés au départ de chacun.",
        ],
        "action": "Désignez un référent, migrez un seul service pilote pendant un mois, puis "
        "généralisez.",
        "sources": ["francenum", "anssi"],
    },
    {
        "type": T.GUIDE,
        "titre": "Recruter ou faire appel à un indépendant pour son numérique",
        "resume": "Salarié, alternant, indépendant, groupement d'employeurs ou bourse de temps "
        "entre PME : quelle formule pour quel besoin, et comment écrire la mission.",
        "themes": ["competences", "strategie-numerique"],
        "niveaux": (3, 4),
        "intro": "Quand le numérique devient quotidien (boutique en ligne, réseaux, outils), "
        "il faut quelqu'un pour s'en occuper. Toutes les PME n'ont pas besoin d'un poste à "
        "plein temps : plusieurs formules existent, y compris l'échange de compétences entre "
        "entreprises proposé par la bourse de temps du portail.",
        "points": [
            "Décrire la mission avant le profil : tâches, volume horaire, résultats attendus.",
            "Comparer les formules : embauche, alternance, indépendant, temps partagé.",
            "Vérifier les aides à l'embauche d'alternants en vigueur.",
            "Garder en interne les accès et la connaissance des outils.",
        ],
        "action": "Rédigez la fiche de mission et publiez-la dans la bourse de temps ou auprès "
        "de l'école de votre région.",
        "sources": ["service_public", "urssaf", "francenum"],
    },
    # --- E-export --------------------------------------------------------------------------
    {
        "type": T.GUIDE,
        "titre": "Premiers pas à l'export en ligne : tester un pays avant d'investir",
        "resume": "Choisir un premier pays, tester la demande avec une place de marché et "
        "quelques produits, et savoir quand passer à un site traduit.",
        "themes": ["e-export", "vente-en-ligne"],
        "niveaux": (1, 2),
        "intro": "Les pays voisins de l'Union européenne n'imposent ni douane ni change et "
        "partagent les mêmes règles de consommation : ils font souvent le meilleur premier "
        "marché. Une place de marché locale permet d'y tester la demande pour quelques "
        "centaines d'euros.",
        "points": [
            "Choisir un pays avec les fiches marchés du portail : habitudes, paiement, logistique.",
            "Sélectionner dix produits qui voyagent bien et restent rentables après transport.",
            "Traduire les fiches par un locuteur natif, pas par un outil seul.",
            "Fixer à l'avance le critère de succès du test (ventes, avis, retours).",
        ],
        "action": "Faites l'autodiagnostic e-export du portail et prenez rendez-vous avec un "
        "conseiller Team France Export de votre région.",
        "sources": ["tfe", "francenum", "cci"],
    },
    {
        "type": T.GUIDE,
        "titre": "Vendre en ligne dans l'Union européenne : la TVA et le guichet unique OSS",
        "resume": "Au-delà de 10 000 € de ventes à distance par an vers d'autres pays de l'UE, "
        "la TVA du pays de l'acheteur s'applique : comment la déclarer depuis la France avec "
        "le guichet unique.",
        "themes": ["e-export", "vente-en-ligne", "financement"],
        "niveaux": (2, 4),
        "intro": "Depuis le 1er juillet 2021, les ventes à distance de biens à des particuliers "
        "d'autres États membres sont taxées dans le pays d'arrivée dès que leur total annuel, "
        "tous pays confondus, dépasse 10 000 €. Le guichet unique (OSS) évite de s'immatriculer "
        "dans chaque pays : une déclaration trimestrielle depuis l'espace professionnel "
        "suffit.",
        "points": [
            "Calculer le seuil de 10 000 € et suivre ses ventes par pays.",
            "Appliquer le bon taux de TVA de chaque pays, y compris les taux réduits.",
            "S'inscrire à l'OSS et déposer la déclaration trimestrielle.",
            "Savoir ce que l'OSS ne couvre pas : stock dans un autre pays, produits soumis à "
            "accises.",
        ],
        "action": "Paramétrez votre boutique pour afficher les prix TTC par pays et parlez-en "
        "à votre expert-comptable avant d'atteindre le seuil.",
        "sources": ["impots", "douane", "service_public"],
    },
    {
        "type": T.PRIX,
        "titre": "Traduction et localisation d'une boutique en ligne",
        "resume": "Faire traduire et adapter son site et ses fiches produits par des "
        "professionnels : prix au mot constatés et ce que la localisation ajoute.",
        "themes": ["e-export", "presence-en-ligne"],
        "niveaux": (2, 4),
        "prix": ("0.08", "0.20"),
        "facteurs": "Prix par mot source : langue (les langues rares coûtent plus), technicité, "
        "relecture par un second traducteur, adaptation des mots-clés, délais.",
        "intro": "Localiser, c'est plus que traduire : unités, tailles, monnaie, moyens de "
        "paiement, mentions légales et mots que les clients tapent réellement dans les "
        "moteurs de recherche du pays.",
        "points_titre": "Ce que le devis doit détailler",
        "points": [
            "Le nombre de mots et les pages concernées (fiches, CGV, courriels automatiques).",
            "La traduction vers la langue maternelle du traducteur.",
            "L'adaptation des mots-clés et des titres au marché visé.",
            "La mise à jour des nouveaux produits et son prix.",
        ],
        "action": "Commencez par les fiches des produits testés et les pages de confiance "
        "(livraison, retours, contact).",
        "sources": ["tfe", "francenum"],
    },
    {
        "type": T.GUIDE,
        "titre": "Expédier hors de l'Union européenne : douane, incoterms et retours",
        "resume": "Numéro EORI, classement tarifaire, origine préférentielle, droits payés par "
        "l'acheteur ou par le vendeur : organiser des envois hors de l'UE sans mauvaise "
        "surprise pour le client.",
        "themes": ["e-export", "vente-en-ligne"],
        "niveaux": (3, 4),
        "intro": "Hors de l'Union européenne, chaque colis est une exportation : il faut une "
        "déclaration, un classement tarifaire et, pour bénéficier des droits réduits des "
        "accords commerciaux, une preuve d'origine. Un client qui découvre des frais à la "
        "livraison refuse souvent le colis.",
        "points": [
            "Obtenir son numéro EORI auprès de la douane, gratuit et indispensable.",
            "Classer ses produits dans la nomenclature pour connaître les droits.",
            "Prouver l'origine européenne pour profiter des accords (Royaume-Uni, Canada, "
            "Japon) ; au-delà de 6 000 € par envoi, l'enregistrement REX est nécessaire.",
            "Choisir droits acquittés par le vendeur pour le client final.",
            "Prévoir les retours : adresse locale ou solution du transporteur.",
        ],
        "action": "Contactez le pôle d'action économique de votre direction régionale des "
        "douanes : il conseille gratuitement les entreprises.",
        "sources": ["douane", "tfe", "cci"],
    },
    {
        "type": T.GUIDE,
        "titre": "Protéger sa marque avant de vendre à l'étranger",
        "resume": "Marque française, marque de l'Union européenne, enregistrement "
        "international : protéger son nom et son logo là où l'on vend, et ce que les places "
        "de marché demandent.",
        "themes": ["e-export", "strategie-numerique"],
        "niveaux": (2, 3),
        "intro": "Une marque n'est protégée que dans les pays où elle est enregistrée. Avant "
        "d'ouvrir un marché, vérifiez que personne ne l'a déposée avant vous ; plusieurs "
        "places de marché demandent une marque enregistrée pour accéder à leurs outils de "
        "protection.",
        "points": [
            "Rechercher les antériorités avant de déposer.",
            "Choisir le bon titre : marque française (INPI), marque de l'Union européenne, "
            "enregistrement international.",
            "Surveiller les contrefaçons sur les places de marché.",
        ],
        "action": "Faites une recherche d'antériorité sur les bases officielles et demandez un "
        "rendez-vous gratuit à l'INPI.",
        "sources": ["inpi", "tfe"],
    },
    # --- Financement -----------------------------------------------------------------------
    {
        "type": T.GUIDE,
        "titre": "Trouver les aides au numérique et monter son dossier",
        "resume": "Régions, Bpifrance, chambres consulaires : où chercher, quelles dépenses "
        "sont financées et comment préparer un dossier qui passe du premier coup.",
        "themes": ["financement"],
        "niveaux": (1, 3),
        "intro": "Les aides au numérique des PME viennent surtout des régions, souvent à "
        "hauteur de 50 % d'un projet de quelques milliers d'euros, et de Bpifrance. Elles "
        "financent en général des dépenses immatérielles (conseil, site, logiciel) et "
        "doivent être demandées avant de signer les devis.",
        "points": [
            "Chercher par région et par type de dépense dans le catalogue du portail.",
            "Vérifier les critères : effectif, secteur, montant minimum, dépenses éligibles.",
            "Préparer les pièces : devis, attestations, description du projet, plan de "
            "financement.",
            "Ne rien commencer avant l'accusé de réception du dossier.",
        ],
        "action": "Lancez le simulateur d'aides du portail avec votre projet : il dit aide "
        "par aide si vous êtes éligible et pour quel montant.",
        "sources": ["bpifrance", "aides_entreprises", "cci"],
    },
    {
        "type": T.GUIDE,
        "titre": "Subvention, prêt ou crédit-bail : financer un projet numérique",
        "resume": "Combiner aide régionale, prêt bancaire ou de Bpifrance et location "
        "financière selon la nature de la dépense et la trésorerie de l'entreprise.",
        "themes": ["financement", "strategie-numerique"],
        "niveaux": (2, 4),
        "intro": "Un projet numérique mêle des dépenses matérielles (postes, caisse) et "
        "immatérielles (conseil, développement, formation). Les banques financent plus "
        "volontiers les premières ; Bpifrance et les régions proposent des solutions pour les "
        "secondes.",
        "points": [
            "Associer chaque dépense au bon financement.",
            "Connaître les prêts sans garantie personnelle proposés par Bpifrance.",
            "Comparer achat, crédit-bail et location pour le matériel.",
            "Présenter un plan de financement et un retour sur investissement crédibles.",
        ],
        "action": "Préparez un tableau dépenses/financements et rencontrez votre banque avec "
        "le devis et la décision d'aide régionale.",
        "sources": ["bpifrance", "cci"],
    },
    {
        "type": T.OUTIL,
        "titre": "Estimer le reste à charge de son projet numérique",
        "resume": "Un tableau pour additionner devis, aides et économies attendues, et voir ce "
        "que le projet coûte vraiment à l'entreprise la première année et les suivantes.",
        "themes": ["financement", "strategie-numerique"],
        "niveaux": (1, 3),
        "intro": "Le prix d'un devis n'est pas le coût du projet : il faut ajouter les "
        "abonnements et le temps interne, puis retirer les aides et les économies. Ce "
        "tableau fait le calcul sur trois ans.",
        "points": [
            "Le coût complet : investissement, abonnements, formation, temps passé.",
            "Les aides : subvention régionale, prise en charge de 50 % d'un accompagnement "
            "labellisé.",
            "Les gains : temps économisé, ventes supplémentaires.",
        ],
        "action": "Complétez le tableau avec les montants donnés par le simulateur d'aides du "
        "portail.",
        "sources": ["bpifrance", "francenum"],
    },
    {
        "type": T.GUIDE,
        "titre": "Assurance prospection : financer sa prospection à l'international",
        "resume": "Le dispositif de Bpifrance Assurance Export qui avance une partie des "
        "dépenses de prospection et en garde une part à sa charge si les ventes ne suivent "
        "pas.",
        "themes": ["financement", "e-export"],
        "niveaux": (3, 4),
        "intro": "L'assurance prospection finance une partie des dépenses engagées pour "
        "conquérir des marchés étrangers (salons, traductions, marketing, recrutement) sous "
        "forme d'avance. Le remboursement dépend du chiffre d'affaires réalisé à "
        "l'export : si les ventes ne suivent pas, une partie de l'avance reste acquise.",
        "points": [
            "Les dépenses couvertes, dont le marketing en ligne et les places de marché.",
            "Le fonctionnement de l'avance et du remboursement.",
            "Les conditions d'accès et la préparation du budget de prospection.",
        ],
        "action": "Présentez votre budget de prospection à un conseiller Team France Export "
        "ou Bpifrance de votre région.",
        "sources": ["bpifrance", "tfe"],
    },
]
