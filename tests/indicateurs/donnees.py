"""Builds a small data set for indicators: diagnostics, aid files, labels, leads."""

from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

from aides.enums import EtatDossier
from aides.models import Dossier
from croissance.indicateurs.models import ReferenceUE
from croissance.label.enums import EtatCandidature
from croissance.label.models import CandidatureLabel
from diagnostic.enums import NiveauDII, StatutResultat
from diagnostic.models import Resultat
from tests.aides.factories import AideFactory
from tests.diagnostic.factories import questionnaire_synthetique
from tests.factories import EntrepriseFactory, UserFactory


def reference():
    return ReferenceUE.objects.create(
        libelle="PME de l'UE vendant en ligne",
        valeur=Decimal("19.0"),
        source="Eurostat",
        annee=2023,
    )


def diagnostics(n, *, code_postal="29000", commerce_connecte=True, version=None, jours=0):
    """`n` entreprises of the postcode's region, each with one finished diagnostic."""
    version = version or questionnaire_synthetique(slug=f"q{code_postal}{n}{commerce_connecte}")
    niveau = version.niveaux.get(rang=2)
    resultats = []
    for _ in range(n):
        entreprise = EntrepriseFactory(code_postal=code_postal)
        resultats.append(
            Resultat.objects.create(
                version=version,
                entreprise=entreprise,
                statut=StatutResultat.TERMINE,
                secteur="47",
                tranche_effectifs="03",
                region=entreprise.region,
                score_global=60,
                niveau=niveau,
                dii=7,
                niveau_dii=NiveauDII.ELEVE,
                commerce_connecte=commerce_connecte,
                termine_le=timezone.now() - timedelta(days=jours),
            )
        )
    return resultats


def dossier(*, etat=EtatDossier.ACCEPTE, montant="6000", region="53"):
    aide = AideFactory(enveloppe_montant=Decimal("100000"), montant_engage=Decimal(montant))
    entreprise = EntrepriseFactory(code_postal="29000" if region == "53" else "31000")
    return Dossier.objects.create(
        aide=aide,
        entreprise=entreprise,
        demandeur=UserFactory(),
        region_id=region,
        etat=etat,
        titre="Site de vente",
        montant_sollicite=Decimal("12000"),
        montant_accorde=Decimal(montant) if montant != "0" else None,
    )


def label_accorde(code_postal="29000"):
    return CandidatureLabel.objects.create(
        entreprise=EntrepriseFactory(code_postal=code_postal),
        etat=EtatCandidature.ACCORDE,
        accorde_le=timezone.now(),
    )


def jeu(taille: int):
    """A data set whose size scales with `taille` (Bretagne and Occitanie)."""
    reference()
    version = questionnaire_synthetique(slug=f"jeu{taille}")
    diagnostics(taille, version=version)
    diagnostics(taille, code_postal="31000", commerce_connecte=False, version=version)
    for _ in range(taille):
        dossier()
        label_accorde()
