from celery import shared_task

from . import services


@shared_task
def calculer_instantanes():
    """Nightly: snapshot the national and regional indicators (idempotent: adds a snapshot)."""
    return services.prendre_tous_les_instantanes()
