"""Reads on entreprises that other apps may use."""

from django.db.models import QuerySet

from .models import Entreprise, EtablissementSirene


def entreprises_for_user(user) -> QuerySet[Entreprise]:
    return Entreprise.objects.filter(gestionnaires=user).select_related(
        "naf", "region", "departement", "tranche_effectifs"
    )


def etablissement_sirene(siret: str) -> EtablissementSirene | None:
    return EtablissementSirene.objects.filter(siret=siret).first()
