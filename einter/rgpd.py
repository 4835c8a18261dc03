"""Personal data of the e-export app (see docs/rgpd.md).

Témoignages, marchés, places de marché and leads are editorial content written by the
mission: they hold nothing about a portal user.
"""

from croissance.rgpd import registry

from .models import RechercheSauvegardee


def exporter(user) -> dict:
    return {
        "recherches_sauvegardees": [
            {
                "nom": r.nom,
                "criteres": r.criteres,
                "alerte_quotidienne": r.alerte_active,
                "creee_le": r.cree_le,
                "dernier_envoi": r.dernier_envoi,
                "leads_envoyes": [e.lead.reference for e in r.envois.all()],
            }
            for r in RechercheSauvegardee.objects.filter(user=user).prefetch_related("envois__lead")
        ]
    }


def effacer(user) -> None:
    # RechercheSauvegardee (and the LeadEnvoye log of its alerts): deleted, they only serve
    # the person.
    RechercheSauvegardee.objects.filter(user=user).delete()


registry.register(
    "einter", "Vos recherches de leads à l'export", export=exporter, erase=effacer, ordre=50
)
