"""Demo aids from the report and its press coverage, and a few files to instruct."""

from datetime import date
from decimal import Decimal

from django.core.files.base import ContentFile

from connecteurs.enums import Niveau, TypeActeur
from connecteurs.models import Connecteur, Membre
from croissance import demo
from croissance.entreprises.enums import Activite
from croissance.entreprises.models import Entreprise
from croissance.referentiels.models import Region

from . import services
from .enums import Cumul, EtatDossier, NatureAide, NatureDocument, TypeDepense
from .models import Aide, Dossier

T = TypeDepense
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"

REFERENCE = {
    "taux": Decimal("50"),
    "investissement_min": Decimal("2000"),
    "investissement_max": Decimal("30000"),
    "effectif_max": 50,
    "exclut_pure_players": True,
}

AIDES = [
    {
        "titre": "Aide de référence Croissance connectée",
        "financeur_type": "etat",
        "financeur": "Mission Croissance connectée (DGE)",
        "description": "Le modèle du programme : financement de la moitié des investissements "
        "immatériels d'un projet visant à développer les ventes en France ou à l'international "
        "grâce au numérique, pour les entreprises de moins de 50 salariés.",
        "nationale": True,
        "types_depense": [T.CONSEIL, T.SITE, T.ECOMMERCE, T.REFERENCEMENT, T.MARKETPLACE],
        "plafond": Decimal("15000"),
        "enveloppe_montant": Decimal("2500000"),
        "connecteur_labellise_requis": True,
        "cumul": Cumul.SAUF,
        **REFERENCE,
    },
    {
        "titre": "Pass commerce numérique Bretagne",
        "financeur_type": "region",
        "financeur": "Région Bretagne",
        "description": "Pour les commerçants dont la surface de vente est inférieure à 200 m² : "
        "50 % du conseil en stratégie numérique, de la création du site internet et du "
        "référencement.",
        "regions": ["53"],
        "types_depense": [T.CONSEIL, T.SITE, T.REFERENCEMENT],
        "surface_vente_max": 200,
        "naf_eligibles": "G",
        "enveloppe_montant": Decimal("500000"),
        "enveloppe_beneficiaires": 500,
        "contact_nom": "Service économie de proximité",
        "contact_email": "commerce.numerique@bretagne.example",
        **REFERENCE,
    },
    {
        "titre": "Occitanie – transformation numérique des entreprises de production",
        "financeur_type": "region",
        "financeur": "Région Occitanie",
        "description": "Pour les PME de production artisanale ou industrielle : 50 % des "
        "dépenses numériques, aide plafonnée à 10 000 €.",
        "regions": ["76"],
        "types_depense": [T.CONSEIL, T.SITE, T.ECOMMERCE, T.LOGICIEL, T.REFERENCEMENT],
        "activites": [Activite.ARTISANAT, Activite.INDUSTRIE],
        "plafond": Decimal("10000"),
        "enveloppe_montant": Decimal("1000000"),
        **REFERENCE,
    },
    {
        "titre": "Chèque transformation numérique Nouvelle-Aquitaine",
        "financeur_type": "region",
        "financeur": "Région Nouvelle-Aquitaine",
        "description": "Un chèque pour financer, par exemple, la création d'un site de vente en "
        "ligne ou la présence sur les places de marché.",
        "regions": ["75"],
        "types_depense": [T.ECOMMERCE, T.SITE, T.MARKETPLACE, T.CONSEIL],
        "plafond": Decimal("5000"),
        **REFERENCE,
    },
    {
        "titre": "Prêt et diagnostic Bpifrance « numérique PME »",
        "financeur_type": "bpifrance",
        "financeur": "Bpifrance",
        "description": "Prise en charge de 50 % d'une mission de conseil en stratégie numérique.",
        "nationale": True,
        "nature": NatureAide.PRISE_EN_CHARGE,
        "types_depense": [T.CONSEIL],
        "taux": Decimal("50"),
        "investissement_min": Decimal("5000"),
        "investissement_max": Decimal("20000"),
        "effectif_max": 250,
        "cumul": Cumul.AUCUNE,
    },
    {
        "titre": "Chèque formation numérique CCI Bretagne",
        "financeur_type": "cci",
        "financeur": "CCI Bretagne",
        "description": "Formation des dirigeants et salariés aux outils numériques.",
        "regions": ["53"],
        "types_depense": [T.FORMATION],
        "taux": Decimal("70"),
        "investissement_min": Decimal("500"),
        "plafond": Decimal("2000"),
        "effectif_max": 20,
    },
    {
        "titre": "Auvergne-Rhône-Alpes – Ambition numérique",
        "financeur_type": "region",
        "financeur": "Région Auvergne-Rhône-Alpes",
        "description": "Logiciels et site de vente en ligne des TPE et PME de la région.",
        "regions": ["84"],
        "types_depense": [T.LOGICIEL, T.ECOMMERCE],
        "naf_exclues": "K, L",
        "date_cloture": date(2025, 12, 31),
        **REFERENCE,
    },
]


def _connecteur(nom, type_acteur, region, user):
    connecteur, _ = Connecteur.objects.get_or_create(
        nom=nom, defaults={"type_acteur": type_acteur, "niveau": Niveau.LABELLISE}
    )
    connecteur.regions.add(region)
    Membre.objects.get_or_create(connecteur=connecteur, user=user)
    return connecteur


@demo.register
def charger(comptes, stdout):
    aides = {}
    for spec in AIDES:
        spec = dict(spec)
        regions = spec.pop("regions", [])
        # the demo's aids are in the catalogue: published explicitly (a new aid is not)
        aide, _ = Aide.objects.update_or_create(
            titre=spec["titre"], defaults={**spec, "publiee": True}
        )
        aide.regions.set(Region.objects.filter(code__in=regions))
        aides[aide.titre] = aide
    reference = aides["Aide de référence Croissance connectée"]
    reference.non_cumulable_avec.set([aides["Pass commerce numérique Bretagne"]])
    stdout.write(f"Aides : {len(aides)} aides de démonstration.")

    cci = _connecteur(
        "CCI du Finistère",
        TypeActeur.CCI,
        Region.objects.get(code="53"),
        comptes["connecteur_claire"],
    )
    _connecteur(
        "Numérique Occitanie Conseil",
        TypeActeur.CONSULTANT,
        Region.objects.get(code="76"),
        comptes["connecteur_david"],
    )

    # Fill what the registry does not say about the demo firms, only where it is empty.
    for nom, valeurs in {
        "Librairie Les Mots Voyageurs": {
            "effectif": 4,
            "surface_vente_m2": 120,
            "activite": Activite.COMMERCE,
        },
        "Boulangerie Le Fournil Breton": {"effectif": 6, "activite": Activite.ARTISANAT},
        "Fromagerie Des Causses": {"effectif": 12, "activite": Activite.ARTISANAT},
    }.items():
        entreprise = Entreprise.objects.filter(nom__iexact=nom).first()
        if entreprise and entreprise.effectif is None:
            Entreprise.objects.filter(pk=entreprise.pk).update(**valeurs)

    librairie = Entreprise.objects.filter(nom__iexact="Librairie Les Mots Voyageurs").first()
    alice = comptes["pme_alice"]
    if librairie and not Dossier.objects.filter(entreprise=librairie).exists():
        dossier = services.dossier_creer(
            user=alice,
            aide=aides["Pass commerce numérique Bretagne"],
            entreprise=librairie,
            titre="Site vitrine et référencement de la librairie",
        )
        services.dossier_decrire(
            dossier=dossier,
            user=alice,
            titre=dossier.titre,
            description="Un site présentant nos coups de cœur et la réservation en ligne.",
        )
        # named directly: the connecteurs' demo (charter, themes) may load after this one,
        # and the connecteur step's choice (dossier_choisir_connecteur) reads them
        Dossier.objects.filter(pk=dossier.pk).update(connecteur=cci)
        dossier.refresh_from_db()
        services.ligne_ajouter(
            dossier=dossier,
            user=alice,
            type_depense=T.SITE,
            libelle="Création du site",
            montant_ht=Decimal("6500"),
        )
        services.ligne_ajouter(
            dossier=dossier,
            user=alice,
            type_depense=T.REFERENCEMENT,
            libelle="Référencement local",
            montant_ht=Decimal("1500"),
        )
        services.document_ajouter(
            dossier=dossier,
            user=alice,
            fichier=ContentFile(PDF, name="devis-agence-web.pdf"),
            nature=NatureDocument.DEVIS,
            siret_prestataire="35007919007496",
        )
        services.dossier_deposer(dossier=dossier, user=alice)
        stdout.write(f"Aides : dossier « {dossier.titre} » déposé ({EtatDossier.DEPOSE.label}).")
