from celery import shared_task

from . import revendications, services


@shared_task
def echeances() -> dict:
    """Expire unanswered invitations; send unanswered requests to join to the mission."""
    return {
        "invitations_expirees": services.invitations_expirer(),
        "revendications_transmises": revendications.revendications_transmettre_en_retard(),
    }
