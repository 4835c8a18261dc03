"""Model fields shared by the apps."""

from decimal import Decimal

from django.core.validators import MinValueValidator
from django.db import models


class EurosField(models.DecimalField):
    """A money column: every model form (the portal's and the admin's) gets the shared
    `croissance.forms.MontantField`, which reads amounts typed the French way.

    Never negative in a form (its own MinValueValidator, if any, sets the minimum). Stored and
    migrated as a plain DecimalField: only its form field differs."""

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.DecimalField", args, kwargs

    def formfield(self, **kwargs):
        from croissance.forms import MontantField

        minimums = [v.limit_value for v in self.validators if isinstance(v, MinValueValidator)]
        return super().formfield(
            **{
                "form_class": MontantField,
                "min_value": max(minimums) if minimums else Decimal("0"),
                **kwargs,
            }
        )
