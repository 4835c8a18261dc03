"""Demo data: a network of connecteurs of every type across the regions, some labelled with
services and prices, events, requests and reviews on the two shared demo structures."""

from datetime import datetime, time, timedelta
from decimal import Decimal

from django.db.models import Q
from django.utils import timezone

from croissance import demo
from croissance.entreprises.models import Entreprise
from croissance.referentiels.models import Departement, Naf, Region, Theme

from .enums import (
    EtatCandidature,
    EtatLabel,
    EtatReponse,
    FormatPrestation,
    Niveau,
    StatutAvis,
    StatutDemande,
    TypeActeur,
    TypeEvenement,
)
from .models import (
    Avis,
    Candidature,
    CharteVersion,
    Connecteur,
    Demande,
    Evenement,
    HistoriqueCandidature,
    HistoriqueLabel,
    HistoriqueReponse,
    Membre,
    Prestation,
    Reponse,
    Signature,
)

T = TypeActeur
# (name, type, region codes or None for national, département codes, theme slugs, labelled)
RESEAU = [
    ("CCI du Finistère", T.CCI, ["53"], ["29"], None, True),
    ("Numérique Occitanie Conseil", T.CONSULTANT, ["76"], [], None, True),
    (
        "CCI Paris Île-de-France",
        T.CCI,
        ["11"],
        [],
        ["strategie-numerique", "vente-en-ligne", "e-export"],
        True,
    ),
    (
        "CMA Auvergne-Rhône-Alpes",
        T.CMA,
        ["84"],
        [],
        ["presence-en-ligne", "vente-en-ligne", "financement"],
        True,
    ),
    ("CMA Hauts-de-France", T.CMA, ["32"], [], ["presence-en-ligne", "competences"], False),
    (
        "Chambre de métiers du Morbihan",
        T.CMA,
        ["53"],
        ["56"],
        ["presence-en-ligne", "relation-client"],
        False,
    ),
    (
        "Médiathèque numérique de Lorient",
        T.MEDIATEUR,
        ["53"],
        ["56"],
        ["competences", "cybersecurite"],
        False,
    ),
    (
        "Espace public numérique de Rodez",
        T.MEDIATEUR,
        ["76"],
        ["12"],
        ["competences", "presence-en-ligne"],
        False,
    ),
    (
        "La Fabrique numérique de Lille",
        T.MEDIATEUR,
        ["32"],
        ["59"],
        ["competences", "presence-en-ligne"],
        False,
    ),
    (
        "Tiers-lieu Le Bocal (Nantes)",
        T.MEDIATEUR,
        ["52"],
        ["44"],
        ["competences", "strategie-numerique"],
        False,
    ),
    (
        "Association Commerçants Connectés 31",
        T.ASSOCIATION,
        ["76"],
        ["31"],
        ["vente-en-ligne", "relation-client"],
        False,
    ),
    (
        "Initiative Numérique Grand Est",
        T.ASSOCIATION,
        ["44"],
        [],
        ["strategie-numerique", "financement"],
        False,
    ),
    (
        "Réseau Entreprendre Normandie",
        T.ASSOCIATION,
        ["28"],
        [],
        ["strategie-numerique", "financement"],
        False,
    ),
    (
        "Cabinet Kerbrat Expertise comptable",
        T.EXPERT_COMPTABLE,
        ["53"],
        ["29", "22"],
        ["gestion-donnees", "financement"],
        True,
    ),
    (
        "Audit & Conseil Garonne",
        T.EXPERT_COMPTABLE,
        ["75"],
        ["33"],
        ["gestion-donnees", "financement"],
        False,
    ),
    (
        "Fiduciaire Rhône Alpes Numérique",
        T.EXPERT_COMPTABLE,
        ["84"],
        ["69"],
        ["gestion-donnees"],
        True,
    ),
    (
        "Crédit Mutuel Entreprises Bretagne",
        T.BANQUE,
        ["53"],
        [],
        ["financement", "vente-en-ligne"],
        False,
    ),
    ("Banque Populaire du Sud – Pôle PME", T.BANQUE, ["76"], [], ["financement"], False),
    ("Scop Les Artisans du Web", T.ESS, ["75"], [], ["presence-en-ligne", "vente-en-ligne"], True),
    (
        "Coopérative Numérique Solidaire",
        T.ESS,
        ["93"],
        [],
        ["competences", "presence-en-ligne"],
        False,
    ),
    (
        "Agence Pixel & Terroir",
        T.CONSULTANT,
        ["27"],
        [],
        ["presence-en-ligne", "vente-en-ligne", "relation-client"],
        True,
    ),
    ("Cyberveille PME", T.CONSULTANT, None, [], ["cybersecurite", "gestion-donnees"], True),
    (
        "Stratégies Digitales Centre",
        T.CONSULTANT,
        ["24"],
        [],
        ["strategie-numerique", "relation-client"],
        False,
    ),
    ("Atelier SEO Provence", T.CONSULTANT, ["93"], ["13"], ["presence-en-ligne"], True),
    ("Export Digital Partners", T.CONSULTANT, None, [], ["e-export", "vente-en-ligne"], True),
    ("Caisse Connect (startup)", T.STARTUP, None, [], ["vente-en-ligne", "gestion-donnees"], False),
    ("MaBoutiqueLocale.fr", T.STARTUP, None, [], ["vente-en-ligne", "presence-en-ligne"], False),
    ("CyberSentinelle (startup)", T.STARTUP, ["11"], [], ["cybersecurite"], False),
    ("Greta Numérique Bretagne", T.ORGANISME_FORMATION, ["53"], [], ["competences"], False),
    (
        "Institut des métiers du numérique Occitanie",
        T.ORGANISME_FORMATION,
        ["76"],
        [],
        ["competences", "cybersecurite"],
        True,
    ),
    (
        "AD Normandie – Pôle numérique",
        T.COLLECTIVITE,
        ["28"],
        [],
        ["financement", "strategie-numerique"],
        False,
    ),
    (
        "Agence régionale de développement Corse",
        T.COLLECTIVITE,
        ["94"],
        [],
        ["financement", "e-export"],
        False,
    ),
    (
        "Nouvelle-Aquitaine Transformation Numérique",
        T.COLLECTIVITE,
        ["75"],
        [],
        ["financement", "strategie-numerique"],
        False,
    ),
    (
        "Club des entrepreneurs de La Réunion",
        T.AUTRE,
        ["04"],
        [],
        ["strategie-numerique", "presence-en-ligne"],
        False,
    ),
    ("CCI Martinique – Cap Numérique", T.CCI, ["02"], [], ["presence-en-ligne", "e-export"], False),
    (
        "CCI Bourgogne-Franche-Comté",
        T.CCI,
        ["27"],
        [],
        ["strategie-numerique", "cybersecurite"],
        False,
    ),
]

PRESTATIONS = [
    (
        "Diagnostic et feuille de route numérique",
        "strategie-numerique",
        "2 demi-journées",
        "1200.00",
    ),
    ("Création d'un site vitrine accompagnée", "presence-en-ligne", "5 jours", "3500.00"),
    ("Ouverture d'une boutique en ligne", "vente-en-ligne", "8 jours", "5800.00"),
    ("Audit de cybersécurité et plan de remédiation", "cybersecurite", "3 jours", "2400.00"),
    ("Stratégie e-export : marchés et places de marché", "e-export", "4 jours", "3200.00"),
    ("Mise en place d'un outil de relation client", "relation-client", "4 jours", "2750.50"),
    ("Tableaux de bord et données de gestion", "gestion-donnees", "3 jours", "1980.00"),
]

E = TypeEvenement
# (connecteur, type, title, days from today, hour, minute, place or None if online, theme,
# description): local events at the times they are usually held.
EVENEMENTS = [
    (
        "CCI du Finistère",
        E.ATELIER,
        "Ouvrir sa boutique en ligne en trois mois",
        6,
        9,
        30,
        "Quimper, locaux de la CCI, sur inscription",
        "vente-en-ligne",
        "Une matinée pour choisir sa solution, chiffrer son projet et préparer ses fiches "
        "produits, avec le témoignage d'un commerçant de Quimper.",
    ),
    (
        "CCI du Finistère",
        E.RENCONTRE,
        "Petit-déjeuner : la facturation électronique arrive",
        13,
        8,
        30,
        "Brest, espace entreprises de la CCI",
        "gestion-donnees",
        "Le calendrier 2026-2027, le rôle des plateformes agréées et les questions à poser à "
        "son éditeur de logiciel, en une heure avant d'ouvrir sa boutique.",
    ),
    (
        "Numérique Occitanie Conseil",
        E.WEBINAIRE,
        "Vendre en Allemagne : places de marché, TVA et logistique",
        9,
        11,
        0,
        None,
        "e-export",
        "Amazon.de, Otto ou Kaufland ? Le guichet unique de TVA, les emballages et les "
        "retours expliqués par une PME occitane qui y vend depuis deux ans.",
    ),
    (
        "Numérique Occitanie Conseil",
        E.ATELIER,
        "Fiche d'établissement et avis clients : être trouvé près de chez soi",
        20,
        14,
        0,
        "Rodez, pépinière d'entreprises",
        "presence-en-ligne",
        "Venez avec votre téléphone : en deux heures, chacun complète sa fiche et prépare ses "
        "réponses aux avis.",
    ),
    (
        "Médiathèque numérique de Lorient",
        E.ATELIER,
        "Mots de passe et double authentification : atelier pratique",
        4,
        18,
        0,
        "Lorient, médiathèque, salle multimédia",
        "cybersecurite",
        "Installer un gestionnaire de mots de passe et activer la double authentification sur "
        "sa messagerie professionnelle, accompagné pas à pas.",
    ),
    (
        "Espace public numérique de Rodez",
        E.ATELIER,
        "Premiers pas sur les réseaux sociaux pour les commerçants",
        11,
        14,
        30,
        "Rodez, espace public numérique",
        "competences",
        "Créer une page professionnelle, publier une photo de vitrine et répondre aux "
        "messages : un atelier pour débutants, en petit groupe.",
    ),
    (
        "La Fabrique numérique de Lille",
        E.RENCONTRE,
        "Soirée retours d'expérience : le click & collect des commerçants lillois",
        17,
        18,
        30,
        "Lille, La Fabrique numérique",
        "vente-en-ligne",
        "Trois commerçants du Vieux-Lille racontent leur première année de retrait en "
        "boutique : outils, organisation, chiffres.",
    ),
    (
        "Tiers-lieu Le Bocal (Nantes)",
        E.ATELIER,
        "Tableur : gagner une heure par semaine",
        8,
        9,
        0,
        "Nantes, tiers-lieu Le Bocal",
        "competences",
        "Filtres, tableaux croisés dynamiques et recherche de valeurs, appliqués à vos propres "
        "fichiers de ventes ou de stocks. Apportez votre ordinateur.",
    ),
    (
        "Association Commerçants Connectés 31",
        E.RENCONTRE,
        "Rencontre des commerçants toulousains qui vendent en ligne",
        24,
        19,
        0,
        "Toulouse, salle associative des Carmes",
        "vente-en-ligne",
        "Une soirée d'échanges entre commerçants : livraison à vélo, places de marché locales, "
        "photos produits.",
    ),
    (
        "Cyberveille PME",
        E.WEBINAIRE,
        "Rançongiciels : se préparer en une heure",
        5,
        12,
        30,
        None,
        "cybersecurite",
        "Les sauvegardes qui résistent, la fiche réflexe à imprimer et les bons contacts en "
        "cas d'attaque. Questions en direct.",
    ),
    (
        "Export Digital Partners",
        E.WEBINAIRE,
        "Tester un premier pays avec une place de marché",
        15,
        10,
        0,
        None,
        "e-export",
        "Choisir le pays, les dix produits et le budget du test, puis lire les résultats au "
        "bout de trois mois.",
    ),
    (
        "CMA Auvergne-Rhône-Alpes",
        E.ATELIER,
        "Artisans : créer son site vitrine et le faire vivre",
        27,
        14,
        0,
        "Lyon, chambre de métiers et de l'artisanat",
        "presence-en-ligne",
        "Ce que doit contenir un site d'artisan, comment lire un devis et comment le mettre à "
        "jour soi-même.",
    ),
    (
        "CCI Paris Île-de-France",
        E.RENCONTRE,
        "Matinale e-export : vendre au Royaume-Uni depuis le Brexit",
        31,
        9,
        0,
        "Paris, CCI Paris Île-de-France",
        "e-export",
        "Douane, TVA britannique, retours : un conseiller en développement international et "
        "deux PME franciliennes répondent à vos questions.",
    ),
    (
        "Cabinet Kerbrat Expertise comptable",
        E.WEBINAIRE,
        "Facturation électronique : ce qui change en 2026 et 2027",
        19,
        12,
        15,
        None,
        "gestion-donnees",
        "Quarante-cinq minutes pour comprendre le calendrier, choisir une plateforme agréée et "
        "préparer ses données clients.",
    ),
    (
        "Initiative Numérique Grand Est",
        E.ATELIER,
        "Financer son projet numérique : aides régionales et prêts",
        36,
        9,
        30,
        "Strasbourg, maison des entreprises",
        "financement",
        "Subventions de la région, prêts de Bpifrance et reste à charge : chacun repart avec "
        "le plan de financement de son projet.",
    ),
]

PRESENTATION = (
    "<p>{nom} accompagne les dirigeants de TPE et PME dans leur transition numérique : "
    "premiers pas, choix d'outils, mise en œuvre et formation des équipes.</p>"
)


@demo.register
def charger(comptes, stdout):
    now = timezone.now()
    today = timezone.localdate()
    version = CharteVersion.objects.order_by("-numero").first()
    tous_themes = list(Theme.objects.all())
    themes = {t.slug: t for t in tous_themes}
    sections = {n.code: n for n in Naf.objects.filter(niveau="section")}
    membres = {
        "CCI du Finistère": comptes["connecteur_claire"],
        "Numérique Occitanie Conseil": comptes["connecteur_david"],
    }
    structures = {}
    for index, (nom, type_acteur, regions, departements, slugs, labellise) in enumerate(RESEAU):
        connecteur, _ = Connecteur.objects.update_or_create(
            nom=nom,
            defaults={
                "type_acteur": type_acteur,
                "national": regions is None,
                "presentation": PRESENTATION.format(nom=nom),
                "email_contact": f"contact{index}@connecteurs.demo.croissance-connectee.fr",
                "telephone": f"02 98 00 {index:02d} {index * 3 % 100:02d}",
                "contact_nom": "Accueil des entreprises",
                "langues": ["fr", "en"] if index % 3 == 0 else ["fr"],
                "charte_signee_le": now - timedelta(days=200 - index),
                "niveau": Niveau.LABELLISE if labellise else Niveau.SIGNATAIRE,
                "etat_label": EtatLabel.ACTIF if labellise else EtatLabel.AUCUN,
                "label_obtenu_le": today - timedelta(days=300) if labellise else None,
                "label_expire_le": (
                    today + timedelta(days=50 if index == 2 else 800) if labellise else None
                ),
                "cible_effectif_max": 49 if index % 4 == 1 else None,
            },
        )
        connecteur.regions.set(Region.objects.filter(code__in=regions or []))
        connecteur.departements.set(Departement.objects.filter(code__in=departements))
        connecteur.themes.set(tous_themes if slugs is None else [themes[s] for s in slugs])
        connecteur.secteurs.set([sections[c] for c in ("C", "G", "I", "M")[: 1 + index % 4]])
        if nom in membres:
            Membre.objects.get_or_create(
                connecteur=connecteur, user=membres[nom], defaults={"referent": True}
            )
        if version:
            Signature.objects.get_or_create(
                connecteur=connecteur,
                version=version,
                defaults={"signataire": membres.get(nom)},
            )
        if labellise:
            HistoriqueLabel.objects.get_or_create(
                connecteur=connecteur,
                etat_apres=EtatLabel.ACTIF,
                defaults={"etat_avant": EtatLabel.AUCUN, "motif": "Label accordé après évaluation"},
            )
            offre = [p for p in PRESTATIONS if slugs is None or p[1] in slugs] or PRESTATIONS[:1]
            for titre, slug, duree, prix in offre[:3]:
                Prestation.objects.update_or_create(
                    connecteur=connecteur,
                    titre=titre,
                    defaults={
                        "theme": themes[slug],
                        "duree": duree,
                        "prix_ht": Decimal(prix),
                        "format": FormatPrestation.MIXTE,
                    },
                )
        structures[nom] = connecteur

    _evenements(structures, themes, today)
    _candidature(structures["Chambre de métiers du Morbihan"], themes, now)
    _demandes(comptes, structures, themes, now)
    stdout.write(f"Connecteurs : {len(structures)} structures de l'annuaire.")


def _evenements(structures, themes, today):
    # Events an earlier version of the demo generated at odd times (« 20 h 02 ») are replaced.
    Evenement.objects.filter(
        Q(titre__startswith="Atelier « Vendre en ligne » – ")
        | Q(titre__startswith="Webinaire cybersécurité des TPE – "),
        connecteur__in=structures.values(),
    ).delete()
    for nom, type_, titre, jours, heure, minute, lieu, theme, description in EVENEMENTS:
        connecteur = structures[nom]
        Evenement.objects.update_or_create(
            connecteur=connecteur,
            titre=titre,
            defaults={
                "type_evenement": type_,
                "debut": timezone.make_aware(
                    datetime.combine(today + timedelta(days=jours), time(heure, minute))
                ),
                "lieu": lieu or "",
                "lien": "" if lieu else "https://webinaire.example.org/croissance-connectee",
                "region": connecteur.regions.first() if lieu else None,
                "theme": themes[theme],
                "description": description,
            },
        )


def _candidature(connecteur, themes, now):
    """A submitted label application waiting for mission staff to designate evaluators."""
    Prestation.objects.update_or_create(
        connecteur=connecteur,
        titre="Créer sa vitrine en ligne d'artisan",
        defaults={
            "theme": themes["presence-en-ligne"],
            "duree": "3 jours",
            "prix_ht": Decimal("1800.00"),
        },
    )
    candidature, created = Candidature.objects.get_or_create(
        connecteur=connecteur,
        defaults={
            "etat": EtatCandidature.SOUMISE,
            "references": "Douze artisans du Morbihan accompagnés vers leur site vitrine en 2025 "
            "(boulangers, menuisiers, coiffeurs).",
            "certifications": "Qualiopi ; conseillers formés au parcours « Artisan numérique ».",
            "soumise_le": now - timedelta(days=3),
        },
    )
    if created:
        for avant, apres in (
            ("", EtatCandidature.BROUILLON),
            (EtatCandidature.BROUILLON, EtatCandidature.SOUMISE),
        ):
            HistoriqueCandidature.objects.create(
                candidature=candidature, etat_avant=avant, etat_apres=apres
            )


def _demandes(comptes, structures, themes, now):
    fournil = Entreprise.objects.filter(gestionnaires=comptes["pme_alice"]).order_by("pk").first()
    fromagerie = Entreprise.objects.filter(gestionnaires=comptes["pme_bruno"]).first()
    if fournil:
        demande, created = Demande.objects.get_or_create(
            entreprise=fournil,
            theme=themes["vente-en-ligne"],
            defaults={
                "auteur": comptes["pme_alice"],
                "message": "Nous voudrions proposer la commande en ligne de nos pains et "
                "viennoiseries avec retrait en boutique.",
                "partage_diagnostic": True,
                "origine": "profil",
                "cree_le": now - timedelta(days=2),
            },
        )
        if created:
            reponse = Reponse.objects.create(
                demande=demande, connecteur=structures["CCI du Finistère"]
            )
            HistoriqueReponse.objects.create(
                reponse=reponse, auteur=comptes["pme_alice"], etat_apres=EtatReponse.ENVOYEE
            )
    if fromagerie:
        demande, created = Demande.objects.get_or_create(
            entreprise=fromagerie,
            theme=themes["e-export"],
            defaults={
                "auteur": comptes["pme_bruno"],
                "message": "Nous cherchons à vendre nos fromages en Allemagne par une place "
                "de marché.",
                "partage_diagnostic": False,
                "origine": "diagnostic",
                "cree_le": now - timedelta(days=40),
                "statut": StatutDemande.TERMINEE,
            },
        )
        if created:
            reponse = Reponse.objects.create(
                demande=demande,
                connecteur=structures["Numérique Occitanie Conseil"],
                etat=EtatReponse.TERMINEE_AIDEE,
            )
            for avant, apres, auteur in (
                ("", EtatReponse.ENVOYEE, comptes["pme_bruno"]),
                (EtatReponse.ENVOYEE, EtatReponse.PRISE_EN_CHARGE, comptes["connecteur_david"]),
                (
                    EtatReponse.PRISE_EN_CHARGE,
                    EtatReponse.TERMINEE_AIDEE,
                    comptes["connecteur_david"],
                ),
            ):
                HistoriqueReponse.objects.create(
                    reponse=reponse, auteur=auteur, etat_avant=avant, etat_apres=apres
                )
            Avis.objects.create(
                reponse=reponse,
                contacte=True,
                utile=True,
                note=5,
                commentaire="Un accompagnement concret : notre boutique est ouverte sur "
                "deux places de marché allemandes.",
                statut=StatutAvis.PUBLIE,
                modere_le=now,
            )
            connecteur = structures["Numérique Occitanie Conseil"]
            Connecteur.objects.filter(pk=connecteur.pk).update(
                note_moyenne=Decimal("5.00"), nombre_avis=1
            )
