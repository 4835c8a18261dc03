"""Conflicts of interest of the people who decide on an aid file.

An instructeur (or a member of the mission) may not instruct, decide on or record the
payment of a file when they:
- manage the firm that applies (any establishment of its SIREN);
- belong to the structure that pre-validated the file;
- belong to a structure that is the supplier on one of the file's quotes (same SIREN).
The decision services refuse such a file with the reason (`verifier_instructeur`); the work
queue and the file's page show it as « conflit d'intérêts : à confier à un collègue ».
"""

from django.core.exceptions import ValidationError
from django.db.models import Q

from connecteurs.models import Connecteur
from croissance.entreprises.models import Entreprise

from .enums import NatureDocument
from .models import Dossier

A_CONFIER = "Conflit d'intérêts : à confier à un collègue"


def raisons_de_conflit(user, dossiers) -> dict[int, str]:
    """File pk → why `user` may not decide on it, for the files of `dossiers` (a queryset)
    where there is a reason; three queries at most whatever the number of files."""
    sirens_geres = set(
        Entreprise.objects.filter(gestionnaires=user).values_list("siren", flat=True)
    )
    structures = dict(Connecteur.objects.filter(membres=user).values_list("pk", "siret"))
    sirens_structures = {siret[:9] for siret in structures.values() if siret}
    condition = Q(entreprise__siren__in=sirens_geres) if sirens_geres else Q(pk__in=[])
    if structures:
        condition |= Q(prevalide_par__in=list(structures))
    for siren in sirens_structures:
        condition |= Q(
            documents__nature=NatureDocument.DEVIS, documents__siret_prestataire__startswith=siren
        )
    if not sirens_geres and not structures:
        return {}
    raisons = {}
    for pk, siren, prevalide_par in dossiers.filter(condition).values_list(
        "pk", "entreprise__siren", "prevalide_par_id"
    ):
        if siren in sirens_geres:
            raisons[pk] = "vous gérez l'entreprise qui demande l'aide."
        elif prevalide_par in structures:
            raisons[pk] = "votre structure a pré-validé ce dossier."
        else:
            raisons[pk] = "votre structure est le prestataire d'un devis de ce dossier."
    return raisons


def raison_de_conflit(user, dossier: Dossier) -> str:
    """Why `user` may not decide on this file, "" when nothing stops them."""
    return raisons_de_conflit(user, Dossier.objects.filter(pk=dossier.pk)).get(dossier.pk, "")


def verifier_instructeur(dossier: Dossier, user) -> None:
    """Refuse, in French, a decision by someone with an interest in the file."""
    raison = raison_de_conflit(user, dossier)
    if raison:
        raise ValidationError(
            f"{A_CONFIER} : {raison} Un autre instructeur de la région doit traiter ce dossier."
        )
