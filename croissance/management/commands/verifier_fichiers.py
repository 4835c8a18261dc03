"""List stored files and their references that do not match, after a restore for instance.

    manage.py verifier_fichiers

Two lists: documents referenced in the database whose stored copy is missing (people get the
« Document indisponible » page for them), and stored copies that nothing references. Nothing
is deleted: the operator decides. The exit status is 1 when something is listed.
"""

from django.apps import apps
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import models


def references() -> dict[str, str]:
    """Stored name → "app.Model #pk (field)", for every file field of every model."""
    trouvees = {}
    for modele in apps.get_models():
        champs = [f for f in modele._meta.get_fields() if isinstance(f, models.FileField)]
        for champ in champs:
            lignes = modele._default_manager.exclude(**{champ.name: ""}).exclude(
                **{f"{champ.name}__isnull": True}
            )
            for pk, nom in lignes.values_list("pk", champ.name).iterator():
                trouvees[nom] = f"{modele._meta.label} n° {pk} ({champ.name})"
    return trouvees


def copies_stockees(dossier: str = "") -> set[str]:
    sous_dossiers, fichiers = default_storage.listdir(dossier)
    noms = {f"{dossier}/{nom}".lstrip("/") for nom in fichiers}
    for sous_dossier in sous_dossiers:
        noms |= copies_stockees(f"{dossier}/{sous_dossier}".lstrip("/"))
    return noms


class Command(BaseCommand):
    help = "Liste les documents sans copie stockée et les copies que rien ne référence."

    def handle(self, *args, **options):
        referencees = references()
        try:
            stockees = copies_stockees()
        except FileNotFoundError:
            stockees = set()
        manquantes = sorted(set(referencees) - stockees)
        orphelines = sorted(stockees - set(referencees))
        self.stdout.write(f"Documents sans copie stockée : {len(manquantes)}")
        for nom in manquantes:
            self.stdout.write(f"  {nom} ← {referencees[nom]}")
        self.stdout.write(f"Copies stockées sans référence : {len(orphelines)}")
        for nom in orphelines:
            self.stdout.write(f"  {nom}")
        if manquantes or orphelines:
            raise CommandError("Des fichiers ne correspondent pas : voir les listes ci-dessus.")
