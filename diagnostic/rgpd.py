"""Personal data of the diagnostic app (see docs/rgpd.md)."""

from croissance.rgpd import registry

from .models import Resultat, nouveau_jeton


def exporter(user) -> dict:
    resultats = (
        Resultat.objects.filter(user=user)
        .select_related("version__questionnaire", "entreprise", "niveau", "region")
        .prefetch_related("scores__axe", "reponses__question", "reponses__choix", "besoins")
        .order_by("commence_le")
    )
    return {
        "diagnostics": [
            {
                "questionnaire": r.version.questionnaire.titre,
                "version": r.version.numero,
                "entreprise": r.entreprise.nom if r.entreprise else "",
                "statut": r.get_statut_display(),
                "commence_le": r.commence_le,
                "termine_le": r.termine_le,
                "score_global": r.score_global,
                "niveau": r.niveau.nom if r.niveau else "",
                "indice_intensite_numerique": r.dii,
                "besoins": [b.libelle for b in r.besoins.all()],
                "scores": {s.axe.nom: s.score for s in r.scores.all()},
                "reponses": [
                    {"question": rep.question.texte, "reponse": rep.choix.libelle}
                    for rep in r.reponses.all()
                ],
            }
            for r in resultats
        ]
    }


def effacer(user) -> None:
    # Resultat: kept anonymised for the aggregated indicators (answers, scores, sector, size
    # band and region stay); detached from the person and the company, its private link
    # renewed so an old link leads nowhere, and its PDF report (which names both) deleted.
    for resultat in Resultat.objects.filter(user=user):
        if resultat.pdf:
            resultat.pdf.delete(save=False)
        resultat.user = None
        resultat.entreprise = None
        resultat.jeton = nouveau_jeton()
        resultat.pdf_demande_le = None
        resultat.save(update_fields=["user", "entreprise", "jeton", "pdf", "pdf_demande_le"])


registry.register("diagnostic", "Vos autodiagnostics", export=exporter, erase=effacer, ordre=30)
