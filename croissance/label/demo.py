from django.utils import timezone

from croissance import demo
from croissance.entreprises.models import Entreprise

from .enums import EtatCandidature
from .models import CandidatureLabel, HistoriqueCandidature, SignatureCharte


@demo.register
def charger(comptes, stdout):
    fromagerie = Entreprise.objects.filter(nom="Fromagerie Des Causses").first()
    if fromagerie is None:
        return
    SignatureCharte.objects.get_or_create(
        entreprise=fromagerie, defaults={"signataire": comptes["pme_bruno"]}
    )
    candidature, created = CandidatureLabel.objects.get_or_create(
        entreprise=fromagerie,
        defaults={
            "presentation": "Boutique en ligne, livraison réfrigérée dans toute la France et "
            "paiement sans contact sur les marchés.",
            "etat": EtatCandidature.ACCORDE,
            "accorde_le": timezone.now(),
        },
    )
    if created:
        HistoriqueCandidature.objects.create(
            candidature=candidature, auteur=comptes["pme_bruno"], etat_apres=EtatCandidature.DEPOSEE
        )
        HistoriqueCandidature.objects.create(
            candidature=candidature,
            auteur=comptes["mission"],
            etat_avant=EtatCandidature.DEPOSEE,
            etat_apres=EtatCandidature.ACCORDE,
        )
    stdout.write("Label : une PME labellisée.")
