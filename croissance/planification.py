"""Periodic tasks (Celery beat): what runs when, Europe/Paris time. Each task is idempotent:
a run repeated or late does no harm."""

from celery.schedules import crontab

PLANIFICATION = {
    "vider-boite-envoi": {
        "task": "croissance.tasks.drain_outbox",
        "schedule": crontab(minute="*/5"),
    },
    "diagnostic-moyennes-pairs": {
        "task": "diagnostic.tasks.rafraichir_pairs",
        "schedule": crontab(minute=7),
    },
    "purger-sessions": {
        "task": "croissance.tasks.clear_expired_sessions",
        "schedule": crontab(hour=3, minute=30),
    },
    "einter-alertes-leads": {
        "task": "einter.tasks.envoyer_digests_leads",
        "schedule": crontab(hour=7, minute=0),
    },
    "aides-relancer-avis": {
        "task": "aides.tasks.relancer_avis_en_retard",
        "schedule": crontab(hour=8, minute=15),
    },
    "formations-inviter-a-noter": {
        "task": "formations.tasks.inviter_participants_a_noter",
        "schedule": crontab(hour=8, minute=0),
    },
    "connecteurs-rappels-label": {
        "task": "connecteurs.tasks.rappels_label",
        "schedule": crontab(hour=6, minute=15),
    },
    "connecteurs-relances-demandes": {
        "task": "connecteurs.tasks.relances_demandes",
        "schedule": crontab(hour=8, minute=30),
    },
    "entreprises-echeances": {
        "task": "croissance.entreprises.tasks.echeances",
        "schedule": crontab(hour=6, minute=45),
    },
    "indicateurs-instantanes": {
        "task": "croissance.indicateurs.tasks.calculer_instantanes",
        "schedule": crontab(hour=2, minute=30),
    },
}
