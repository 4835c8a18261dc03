"""Personal data of the account itself and of the outbox (see docs/rgpd.md)."""

from allauth.account.models import EmailAddress

from croissance.models import Courriel
from croissance.rgpd import registry


def _courriels(user):
    return [
        c
        for c in Courriel.objects.filter(destinataires__icontains=user.email)
        if user.email.lower() in (r.lower() for r in c.recipients)
    ]


def exporter(user) -> dict:
    return {
        "compte": {
            "adresse_electronique": user.email,
            "prenom": user.prenom,
            "nom": user.nom,
            "role": user.get_role_display(),
            "inscrit_le": user.date_joined,
            "derniere_connexion": user.last_login,
            "regions_instruites": [r.nom for r in user.regions.order_by("nom")],
        },
        "adresses_electroniques": [
            {"adresse": a.email, "verifiee": a.verified, "principale": a.primary}
            for a in EmailAddress.objects.filter(user=user).order_by("email")
        ],
        "premiers_pas_faits": [
            {"etape": p.cle, "faite_le": p.fait_le} for p in user.premiers_pas.order_by("cle")
        ],
        "courriels_envoyes": [
            {"sujet": c.sujet, "cree_le": c.cree_le, "envoye_le": c.envoye_le}
            for c in _courriels(user)
        ],
    }


def effacer(user) -> None:
    # EmailAddress (allauth): deleted, the address is the identity itself.
    EmailAddress.objects.filter(user=user).delete()
    # First steps of "Mon espace": deleted, they only served the person's checklist.
    user.premiers_pas.all().delete()
    # Courriel (outbox) addressed to the user: deleted, the body names the person and has no
    # value once the account is gone. Emails to several people are kept (the others'
    # correspondence) with the address removed.
    for courriel in _courriels(user):
        autres = [r for r in courriel.recipients if r.lower() != user.email.lower()]
        if autres:
            courriel.destinataires = ", ".join(autres)
            courriel.save(update_fields=["destinataires"])
        else:
            courriel.delete()
    # User: anonymised by croissance.rgpd.services.supprimer_compte, after every app.


registry.register("compte", "Votre compte", export=exporter, erase=effacer, ordre=10)
