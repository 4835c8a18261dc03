from django.db import models


class Courriel(models.Model):
    """An email waiting in, or sent from, the outbox."""

    destinataires = models.TextField("destinataires")
    sujet = models.CharField("sujet", max_length=255)
    corps = models.TextField("texte")
    corps_html = models.TextField("HTML", blank=True)
    # extra headers, e.g. List-Unsubscribe for digests (RFC 8058)
    entetes = models.JSONField("en-têtes", default=dict, blank=True)
    cree_le = models.DateTimeField("créé le", auto_now_add=True)
    envoye_le = models.DateTimeField("envoyé le", null=True, blank=True, db_index=True)
    tentatives = models.PositiveSmallIntegerField("tentatives", default=0)
    # after a failed attempt: when the drain may try again (the delay doubles each time)
    prochain_essai_le = models.DateTimeField("prochain essai le", null=True, blank=True)
    derniere_erreur = models.TextField("dernière erreur", blank=True)
    # after OUTBOX_MAX_TENTATIVES failures: no more automatic attempts (re-sent from the admin)
    mis_de_cote_le = models.DateTimeField("mis de côté le", null=True, blank=True)

    class Meta:
        verbose_name = "courriel"
        verbose_name_plural = "courriels (boîte d'envoi)"
        ordering = ["-cree_le"]

    def __str__(self):
        return f"{self.sujet} → {self.destinataires}"

    @property
    def recipients(self) -> list[str]:
        return [address.strip() for address in self.destinataires.split(",") if address.strip()]
