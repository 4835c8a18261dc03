"""Export and erasure of a user's personal data (right of access and right to erasure)."""

import json

from django.contrib.auth import get_user_model
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone

from croissance.emails import send_templated_email
from croissance.rgpd import registry

ANONYME_PRENOM = "Compte"
ANONYME_NOM = "supprimé"


def exporter_donnees(*, user) -> dict:
    """Everything personal the portal holds about `user`, one key per registered app."""
    donnees = {
        "genere_le": timezone.now().isoformat(),
        "portail": "Croissance connectée",
    }
    for traitement in registry.traitements():
        donnees[traitement.cle] = {
            "libelle": traitement.libelle,
            "donnees": traitement.export(user),
        }
    return donnees


def export_json(*, user) -> bytes:
    return json.dumps(
        exporter_donnees(user=user), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2
    ).encode()


def adresse_anonyme(pk: int) -> str:
    return f"compte-supprime-{pk}@anonyme.invalid"


@transaction.atomic
def supprimer_compte(*, user) -> None:
    """Erase the account: every app deletes what can go and anonymises what must be kept,
    then the user row itself is anonymised (never deleted: granted aid files and workflow
    histories point to it and must now read « Compte supprimé »). The confirmation email
    goes to the address before it is erased."""
    User = get_user_model()
    user = User.objects.select_for_update().get(pk=user.pk)
    adresse, prenom = user.email, user.prenom
    for traitement in registry.traitements():
        traitement.erase(user)
    user.email = adresse_anonyme(user.pk)
    user.prenom = ANONYME_PRENOM
    user.nom = ANONYME_NOM
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.last_login = None
    user.set_unusable_password()
    user.save()
    user.regions.clear()
    user.groups.clear()
    user.user_permissions.clear()
    # Queued after the outbox eraser ran, so this is the only email kept for the address.
    send_templated_email(
        to=[adresse],
        template="rgpd/emails/compte_supprime",
        context={"prenom": prenom},
    )
