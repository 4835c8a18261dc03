"""What the SIRENE registry tells about an establishment, as initial values for the form."""

from croissance.referentiels.models import Naf, TrancheEffectifs

from .activite import activite_de_naf
from .selectors import etablissement_sirene


def initial_from_registry(siret: str) -> dict | None:
    etablissement = etablissement_sirene(siret)
    if etablissement is None:
        return None
    initial = {
        "siret": siret,
        "nom": etablissement.denomination,
        "code_postal": etablissement.code_postal,
        "code_commune": etablissement.code_commune,
        "date_creation": etablissement.date_creation,
    }
    if etablissement.naf and Naf.objects.filter(code=etablissement.naf).exists():
        initial["naf"] = etablissement.naf
        initial["activite"] = activite_de_naf(etablissement.naf)
    if TrancheEffectifs.objects.filter(code=etablissement.tranche_effectifs).exists():
        initial["tranche_effectifs"] = etablissement.tranche_effectifs
    return {key: value for key, value in initial.items() if value not in ("", None)}
