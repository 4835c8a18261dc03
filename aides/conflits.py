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
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Substr

from connecteurs.models import Connecteur
from connecteurs.selectors import sirets_depuis
from croissance.entreprises.models import Entreprise

from .enums import NatureDocument
from .models import Document, Dossier

A_CONFIER = "Conflit d'intérêts : à confier à un collègue"


def raisons_de_conflit(user, dossiers) -> dict[int, str]:
    """File pk → why `user` may not decide on it, for the files of `dossiers` (a queryset)
    where there is a reason: one query whatever the number of files."""
    structures = Connecteur.objects.filter(membres=user)
    sirens_structures = (
        structures.exclude(siret="").annotate(siren=Substr("siret", 1, 9)).values("siren")
    )
    lignes = (
        dossiers.annotate(
            gere=Exists(
                Entreprise.objects.filter(gestionnaires=user, siren=OuterRef("entreprise__siren"))
            ),
            prevalide=Exists(structures.filter(pk=OuterRef("prevalide_par_id"))),
            prestataire=Exists(
                Document.objects.filter(dossier=OuterRef("pk"), nature=NatureDocument.DEVIS)
                .annotate(siren=Substr("siret_prestataire", 1, 9))
                .filter(siren__in=sirens_structures)
            ),
        )
        .filter(Q(gere=True) | Q(prevalide=True) | Q(prestataire=True))
        .values_list("pk", "gere", "prevalide")
    )
    raisons = {}
    for pk, gere, prevalide in lignes:
        if gere:
            raisons[pk] = "vous gérez l'entreprise qui demande l'aide."
        elif prevalide:
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


def raison_de_conflit_connecteur(dossier: Dossier, connecteur) -> str:
    """Why a connecteur may not pre-validate this file, "" when nothing stops it: the
    structure is the supplier on one of its quotes (same SIREN as its SIRET, or as any SIRET
    it had since the file was created: changing it does not clear the conflict), or one of
    its members manages the applying firm (any establishment of its SIREN)."""
    sirens = {
        siret[:9]
        for siret in sirets_depuis(connecteur, dossier.cree_le) | {connecteur.siret or ""}
        if siret
    }
    devis = Q()
    for siren in sirens:
        devis |= Q(siret_prestataire__startswith=siren)
    if sirens and dossier.documents.filter(devis, nature=NatureDocument.DEVIS).exists():
        return "Votre structure est le prestataire d'un devis de ce dossier"
    if Entreprise.objects.filter(
        siren=dossier.entreprise.siren, gestionnaires__in=connecteur.membres.all()
    ).exists():
        return "Un membre de votre structure gère l'entreprise qui demande l'aide"
    return ""
