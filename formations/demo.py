"""Demo data: a catalogue across regions and formats, sessions past and upcoming, ratings,
a call for training offers, and two SMEs of the time bank with a completed exchange."""

import datetime
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.utils import timezone

from connecteurs.models import Connecteur, Membre
from croissance import demo
from croissance.comptes.enums import Role
from croissance.entreprises.models import Entreprise
from croissance.referentiels.models import Region

from . import bourse, services
from .enums import EtatEchange, EtatInscription, SensAnnonce
from .models import (
    Annonce,
    AppelFormations,
    Avis,
    Echange,
    Formation,
    HistoriqueInscription,
    Inscription,
    MembreBourse,
    Proposition,
    SessionFormation,
)

UBO = "Université de Bretagne Occidentale – Formation continue"
PROVIDER_EMAIL = "formation.ubo@demo.croissance-connectee.fr"

# (name, établissement type, regions, contact)
ORGANISMES = [
    (UBO, "universite", ["53"], "formation.continue@univ-brest.demo"),
    (
        "Université Toulouse Capitole – Formation continue",
        "universite",
        ["76"],
        "fc@ut-capitole.demo",
    ),
    (
        "IMT Atlantique – Executive Education",
        "grande_ecole",
        ["53", "52"],
        "exec@imt-atlantique.demo",
    ),
    ("Simplon – Grande École du Numérique", "gen", ["11", "84"], "pme@simplon.demo"),
    ("CCI Formation Occitanie", "cci", ["76"], "formation@cci-occitanie.demo"),
    ("Le Cnam Nouvelle-Aquitaine", "universite", ["75"], "entreprises@cnam-na.demo"),
    ("Numérique Sans Frontières (organisme privé)", "prive", [], "contact@nsf-formation.demo"),
]

# (title, kind, audience, format, immersion place, level, hours, price, OPCO, CPF, themes)
MODELES = [
    (
        "Piloter la transformation numérique de sa PME",
        "certificat",
        "dirigeant",
        "hybride",
        ("tiers_lieu", "Tiers-lieu"),
        "decouverte",
        35,
        "1450",
        True,
        True,
        ["strategie-numerique"],
    ),
    (
        "Créer et animer sa boutique en ligne",
        "courte",
        "tous",
        "hybride",
        ("fablab", "Fablab"),
        "decouverte",
        21,
        "690",
        True,
        False,
        ["vente-en-ligne"],
    ),
    (
        "Vendre sur les places de marché européennes",
        "courte",
        "dirigeant",
        "distance",
        None,
        "intermediaire",
        14,
        "520",
        True,
        False,
        ["e-export", "vente-en-ligne"],
    ),
    (
        "Référencement naturel et présence en ligne",
        "courte",
        "collaborateur",
        "presentiel",
        ("epn", "Espace public numérique"),
        "decouverte",
        14,
        "380",
        True,
        True,
        ["presence-en-ligne"],
    ),
    (
        "Cybersécurité : les gestes qui protègent une TPE",
        "mooc",
        "tous",
        "distance",
        None,
        "decouverte",
        6,
        "0",
        False,
        False,
        ["cybersecurite"],
    ),
    (
        "Diplôme universitaire Manager le numérique en PME",
        "diplome",
        "dirigeant",
        "hybride",
        ("campus", "Campus"),
        "avance",
        120,
        "3900",
        True,
        True,
        ["strategie-numerique", "gestion-donnees"],
    ),
    (
        "Relation client et CRM pour les petites entreprises",
        "courte",
        "collaborateur",
        "hybride",
        ("tiers_lieu", "Tiers-lieu"),
        "intermediaire",
        14,
        "560",
        True,
        False,
        ["relation-client"],
    ),
    (
        "Exploiter ses données de vente",
        "certificat",
        "collaborateur",
        "distance",
        None,
        "intermediaire",
        28,
        "980",
        True,
        True,
        ["gestion-donnees"],
    ),
    (
        "Financer sa transition numérique : aides et subventions",
        "mooc",
        "dirigeant",
        "distance",
        None,
        "decouverte",
        4,
        "0",
        False,
        False,
        ["financement"],
    ),
    (
        "Réseaux sociaux : une stratégie pour commerçants",
        "courte",
        "tous",
        "presentiel",
        ("epn", "Espace public numérique"),
        "decouverte",
        7,
        "190",
        True,
        False,
        ["presence-en-ligne", "relation-client"],
    ),
]

LIEUX = {
    "53": {
        "tiers_lieu": "La Cantine numérique, Brest",
        "fablab": "Fablab Les Fabriques, Quimper",
        "epn": "EPN de Morlaix",
        "campus": "Campus de Brest",
    },
    "76": {
        "tiers_lieu": "La Mêlée, Toulouse",
        "fablab": "Artilect Fablab, Toulouse",
        "epn": "EPN de Rodez",
        "campus": "Campus de l'Arsenal, Toulouse",
    },
    "52": {
        "tiers_lieu": "Le Solilab, Nantes",
        "fablab": "Plateforme C, Nantes",
        "epn": "EPN de Saint-Nazaire",
        "campus": "Campus de Nantes",
    },
    "11": {
        "tiers_lieu": "Station F, Paris",
        "fablab": "Fablab de Montreuil",
        "epn": "EPN de Saint-Denis",
        "campus": "Campus de Montreuil",
    },
    "84": {
        "tiers_lieu": "H7, Lyon",
        "fablab": "La Fabrique d'Objets Libres, Lyon",
        "epn": "EPN de Villeurbanne",
        "campus": "Campus de Lyon",
    },
    "75": {
        "tiers_lieu": "Darwin, Bordeaux",
        "fablab": "Cohabit, Bordeaux",
        "epn": "EPN de Pessac",
        "campus": "Campus de Talence",
    },
}

COMMENTAIRES = [
    (5, "Très concret : notre boutique en ligne était ouverte trois semaines après."),
    (4, "Bon équilibre entre théorie et pratique, le passage au fablab était utile."),
    (3, "Utile mais un peu rapide sur la partie données."),
    (5, "Les formateurs connaissent les TPE, on repart avec un plan d'action."),
    (4, "Les exemples du commerce de détail m'ont parlé."),
]


def _user(email, prenom, nom):
    user, created = get_user_model().objects.get_or_create(
        email=email, defaults={"prenom": prenom, "nom": nom, "role": Role.CONNECTEUR}
    )
    if created:
        user.set_password(demo.DEMO_PASSWORD)
        user.save()
    EmailAddress.objects.update_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return user


def _organismes():
    organismes = []
    for nom, type_etab, regions, email in ORGANISMES:
        organisme, _ = Connecteur.objects.get_or_create(
            nom=nom,
            defaults={
                "type_acteur": "organisme_formation",
                "email_contact": email,
                "national": not regions,
                "presentation": "Organisme de formation référencé sur Croissance connectée.",
            },
        )
        if regions:
            organisme.regions.set(Region.objects.filter(code__in=regions))
        organismes.append((organisme, type_etab, regions))
    return organismes


def _formations(organismes):
    formations = []
    for index, (organisme, type_etab, regions) in enumerate(organismes):
        for rang in range(5):
            modele = MODELES[(index * 3 + rang) % len(MODELES)]
            titre, kind, public, modalite, lieu, niveau, heures, prix, opco, cpf, themes = modele
            region = regions[rang % len(regions)] if regions and modalite != "distance" else None
            if modalite != "distance" and region is None:
                modalite = "distance"
            type_lieu, lieu_immersion = "", ""
            if lieu and region:
                type_lieu = lieu[0]
                lieu_immersion = LIEUX[region][type_lieu]
            formation, _ = Formation.objects.update_or_create(
                organisme=organisme,
                titre=titre,
                defaults={
                    "type_etablissement": type_etab,
                    "type_formation": kind,
                    "public": public,
                    "modalite": modalite,
                    "type_lieu": type_lieu,
                    "lieu_immersion": lieu_immersion,
                    "region_id": region,
                    "niveau": niveau,
                    "duree_heures": heures,
                    "prix": Decimal(prix),
                    "finance_opco": opco,
                    "eligible_cpf": cpf,
                    "description": (
                        f"<p>{titre} : une formation proposée par {organisme.nom} pour les "
                        "dirigeants de PME et leurs équipes, construite avec des chefs "
                        "d'entreprise. On y apprend en faisant, sur le projet de son "
                        "entreprise.</p>"
                    ),
                    "programme": (
                        "<ul><li>Diagnostic de départ et objectifs</li>"
                        "<li>Ateliers pratiques sur vos outils</li>"
                        "<li>Plan d'action à 90 jours</li></ul>"
                    ),
                },
            )
            formation.themes.set(themes)
            formations.append(formation)
    return formations


def _sessions(formations):
    today = timezone.localdate()
    for index, formation in enumerate(formations):
        if formation.sessions.exists():
            continue
        lieu = formation.lieu_immersion or ("" if formation.modalite == "distance" else "Centre")
        lien = (
            "https://visio.croissance-connectee.demo/salle"
            if formation.modalite != "presentiel"
            else ""
        )
        for decalage in (-60 - index, 20 + index * 3, 75 + index * 2):
            debut = today + datetime.timedelta(days=decalage)
            SessionFormation.objects.create(
                formation=formation,
                date_debut=debut,
                date_fin=debut + datetime.timedelta(days=max(formation.duree_heures // 7, 1) - 1),
                lieu=lieu,
                lien=lien,
                places=12 if index % 4 else 2,
            )


def _avis(formations, comptes):
    alice, bruno = comptes["pme_alice"], comptes["pme_bruno"]
    participants = [
        (alice, Entreprise.objects.filter(gestionnaires=alice).order_by("nom").first()),
        (bruno, Entreprise.objects.filter(gestionnaires=bruno).first()),
    ]
    participants = [(user, entreprise) for user, entreprise in participants if entreprise]
    today = timezone.localdate()
    for index, formation in enumerate(formations[::2]):
        session = formation.sessions.filter(date_fin__lt=today).first()
        if session is None:
            continue
        for rang, (user, entreprise) in enumerate(participants):
            email = f"salarie{index}.{rang}@{entreprise.siret}.demo"
            inscription, created = Inscription.objects.get_or_create(
                session=session,
                participant_email=email,
                defaults={
                    "entreprise": entreprise,
                    "demandeur": user,
                    "participant_nom": f"Salarié {index + 1} de {entreprise.nom}",
                    "etat": EtatInscription.CONFIRMEE,
                },
            )
            if created:
                for avant, apres in (("", "demandee"), ("demandee", "confirmee")):
                    HistoriqueInscription.objects.create(
                        inscription=inscription, etat_avant=avant, etat_apres=apres
                    )
            note, commentaire = COMMENTAIRES[(index + rang) % len(COMMENTAIRES)]
            Avis.objects.get_or_create(
                inscription=inscription,
                defaults={
                    "formation": formation,
                    "note": note,
                    "commentaire": commentaire,
                    "auteur": user,
                },
            )


def _bourse(comptes):
    alice, bruno = comptes["pme_alice"], comptes["pme_bruno"]
    fournil = Entreprise.objects.filter(gestionnaires=alice).order_by("nom").first()
    fromagerie = Entreprise.objects.filter(gestionnaires=bruno).first()
    if not fournil or not fromagerie:
        return
    membres = {}
    for entreprise, user in ((fournil, alice), (fromagerie, bruno)):
        membres[user.pk] = MembreBourse.objects.filter(entreprise=entreprise).first() or (
            bourse.bourse_adherer(entreprise=entreprise, auteur=user, charte_acceptee=True)
        )
    donne, recoit = membres[bruno.pk], membres[alice.pk]
    offre, _ = Annonce.objects.get_or_create(
        membre=donne,
        titre="Paramétrage d'une boutique en ligne",
        defaults={
            "sens": SensAnnonce.OFFRE,
            "description": "Notre responsable e-commerce aide à configurer catalogue, "
            "paiement et livraison sur une solution de boutique en ligne.",
            "salarie": "Léa Cassagne",
            "heures": Decimal("6"),
            "modalite": "distance",
            "region_id": "76",
        },
    )
    Annonce.objects.get_or_create(
        membre=recoit,
        titre="Être accompagné pour la prise de commande en ligne",
        defaults={
            "sens": SensAnnonce.DEMANDE,
            "description": "Nous voulons ouvrir le click-and-collect pour nos viennoiseries.",
            "heures": Decimal("4"),
            "modalite": "les_deux",
            "region_id": "53",
        },
    )
    if not Echange.objects.filter(offreur=donne, receveur=recoit).exists():
        echange = bourse.echange_proposer(
            annonce=offre, membre=recoit, heures=Decimal("3"), salarie="", message="", auteur=alice
        )
        bourse.echange_accepter(echange=echange, membre=donne, auteur=bruno)
        bourse.echange_confirmer_heures(echange=echange, membre=recoit, auteur=alice)
        bourse.echange_confirmer_heures(echange=echange, membre=donne, auteur=bruno)
    assert Echange.objects.filter(etat=EtatEchange.TERMINE).exists()


def _proposition(appel, organisme, auteur):
    titre = "Commerce connecté en tiers-lieu : cinq jours pour vendre en ligne"
    if Proposition.objects.filter(appel=appel, titre=titre).exists():
        return
    services.proposition_deposer(
        proposition=Proposition(
            appel=appel,
            organisme=organisme,
            type_etablissement="universite",
            titre=titre,
            type_formation="certificat",
            public="dirigeant",
            modalite="hybride",
            type_lieu="tiers_lieu",
            lieux_immersion="La Cantine numérique, Brest ; EPN de Morlaix",
            niveau="decouverte",
            duree_heures=35,
            prix=Decimal("1250"),
            finance_opco=True,
            eligible_cpf=True,
            description="<p>Cinq jours, dont deux en tiers-lieu, pour ouvrir la vente en "
            "ligne de son entreprise.</p>",
            programme="<ul><li>Stratégie</li><li>Boutique</li><li>Logistique</li></ul>",
        ),
        regions=Region.objects.filter(code="53"),
        themes=["vente-en-ligne", "strategie-numerique"],
        auteur=auteur,
    )


@demo.register
def charger(comptes, stdout):
    organismes = _organismes()
    fournisseur = _user(PROVIDER_EMAIL, "Gwenaëlle", "Le Roux")
    Membre.objects.get_or_create(connecteur=organismes[0][0], user=fournisseur)
    formations = _formations(organismes)
    _sessions(formations)
    _avis(formations, comptes)
    appel, _ = AppelFormations.objects.get_or_create(
        titre="Former les dirigeants de PME au commerce connecté – 2027",
        defaults={
            "description": "La mission invite universités, grandes écoles, établissements "
            "labellisés Grande École du Numérique et organismes de formation à proposer des "
            "formations mêlant distance et immersion dans des tiers-lieux, fablabs et EPN.",
            "criteres": "Public de dirigeants ou de proches collaborateurs ; part d'immersion ; "
            "couverture régionale ; prix et financements (OPCO, CPF) ; évaluation par les "
            "participants.",
            # Answers close at noon, 45 days from the day the demo is loaded.
            "date_limite": timezone.make_aware(
                datetime.datetime.combine(
                    timezone.localdate() + datetime.timedelta(days=45), datetime.time(12)
                )
            ),
            "publie": True,
        },
    )
    _proposition(appel, organismes[0][0], fournisseur)
    _bourse(comptes)
    stdout.write(
        f"Formations : {len(formations)} formations, organisme de démonstration "
        f"{PROVIDER_EMAIL} (mot de passe {demo.DEMO_PASSWORD})."
    )
