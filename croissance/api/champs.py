"""Serializer fields of the public API."""

import re
from collections.abc import Callable
from decimal import Decimal

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

# 0.01 to 9 999 999 999.99 €, at most two decimals, written as text; "12000", "1250.50"
MONTANT = r"^(?:[1-9][0-9]{0,9}(?:\.[0-9]{1,2})?|0\.(?:0[1-9]|[1-9][0-9]?))$"
# the same, from 0 € (a price bound: free trainings)
MONTANT_OU_ZERO = r"^(?:[1-9][0-9]{0,9}|0)(?:\.[0-9]{1,2})?$"


SCHEMA_MONTANT = {
    "anyOf": [
        {"type": "string", "pattern": MONTANT, "example": "1250.50"},
        {"type": "integer", "minimum": 1, "maximum": 9_999_999_999},
    ],
    "description": "Montant en euros : un nombre entier (12000), ou un texte avec au plus "
    'deux décimales et un point ("1250.50"), de 0,01 € à 9 999 999 999,99 €.',
}


@extend_schema_field(SCHEMA_MONTANT)
class Montant(serializers.DecimalField):
    """An amount in euros, read exactly as the schema describes it: a whole number, or text
    with at most two decimals (never a binary float, whose cents are not exact)."""

    default_error_messages = {
        "format": "Donnez le montant en euros, entier (12000) ou en texte avec au plus deux "
        'décimales ("1250.50").'
    }

    def __init__(self, **kwargs):
        super().__init__(max_digits=12, decimal_places=2, min_value=Decimal("0.01"), **kwargs)

    def to_internal_value(self, data):
        entier = isinstance(data, int) and not isinstance(data, bool)
        if not entier and not (isinstance(data, str) and re.search(MONTANT, data)):
            self.fail("format")
        return super().to_internal_value(data)


class CodeReferentiel(serializers.CharField):
    """A code of a referential (region, département, NAF…). The schema lists the codes the
    referential holds (croissance.api.schema); an unknown code is refused with `inconnu`,
    never read as "no such firm". `lire(code)` normalises the code and returns what it names,
    or raises a ValidationError; by default, the code as given if `codes()` holds it."""

    def __init__(self, *, codes: Callable[[], list[str]], inconnu: str, lire=None, **kwargs):
        super().__init__(**kwargs)
        self.codes, self.inconnu, self.lire = codes, inconnu, lire

    def to_internal_value(self, data):
        code = super().to_internal_value(data)
        if self.lire is not None:
            return self.lire(code)
        if code not in self.codes():
            raise serializers.ValidationError(self.inconnu, code="inconnu")
        return code
