"""Personal data of the label app (see docs/rgpd.md)."""

from croissance.rgpd import registry

from .models import CandidatureLabel, SignatureCharte


def exporter(user) -> dict:
    return {
        "chartes_signees": [
            {"entreprise": s.entreprise.nom, "signee_le": s.signee_le}
            for s in SignatureCharte.objects.filter(signataire=user).select_related("entreprise")
        ],
        "candidatures": [
            {
                "entreprise": c.entreprise.nom,
                "etat": c.get_etat_display(),
                "presentation": c.presentation,
                "deposee_le": c.deposee_le,
                "label_accorde_le": c.accorde_le,
            }
            for c in CandidatureLabel.objects.filter(entreprise__gestionnaires=user).select_related(
                "entreprise"
            )
        ],
    }


def effacer(user) -> None:
    # SignatureCharte: kept, it is the company's commitment and conditions its label; the
    # signatory becomes « Compte supprimé » with the account.
    # CandidatureLabel and its history: the company's, kept; the history's author likewise.
    return None


registry.register("label", "Label de vos entreprises", export=exporter, erase=effacer, ordre=70)
