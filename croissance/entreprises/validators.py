from django.core.exceptions import ValidationError
from stdnum.fr import siren, siret


def normalize_number(value: str) -> str:
    return "".join(str(value).split())


def validate_siret(value: str) -> None:
    if not siret.is_valid(normalize_number(value)):
        raise ValidationError(
            "Ce numéro SIRET n'est pas valide : il doit compter 14 chiffres et sa clé de "
            "contrôle doit être juste.",
            code="invalid_siret",
        )


def validate_siren(value: str) -> None:
    if not siren.is_valid(normalize_number(value)):
        raise ValidationError(
            "Ce numéro SIREN n'est pas valide : il doit compter 9 chiffres et sa clé de "
            "contrôle doit être juste.",
            code="invalid_siren",
        )
