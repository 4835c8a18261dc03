import pytest
from django.core.exceptions import ValidationError

from croissance.entreprises.validators import validate_siren, validate_siret
from tests.factories import valid_siret


def test_generated_sirets_are_valid():
    for n in range(50):
        validate_siret(valid_siret(n))


def test_siret_with_wrong_checksum_is_refused_in_french():
    with pytest.raises(ValidationError, match="n'est pas valide"):
        validate_siret("35000000602045")


def test_la_poste_exception_is_accepted():
    # La Poste's establishments share SIREN 356000000 and follow another checksum rule.
    validate_siret("35600000000048")


@pytest.mark.parametrize("value", ["", "123", "abcdefghijklmn", "3500000060204400"])
def test_malformed_siret_is_refused(value):
    with pytest.raises(ValidationError):
        validate_siret(value)


def test_siren():
    validate_siren("350000006")
    with pytest.raises(ValidationError):
        validate_siren("350000007")
