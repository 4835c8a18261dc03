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


class TexteRicheField(models.TextField):
    """HTML written by people (a presentation, a programme, a FAQ answer) that pages show as
    HTML: cleaned by `croissance.sanitize.sanitize_html` every time the row is saved, from the
    portal, the admin, a data load or `bulk_create` (not `QuerySet.update`). Migrated as a plain
    TextField."""

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.TextField", args, kwargs

    def pre_save(self, model_instance, add):
        from croissance.sanitize import sanitize_html

        propre = sanitize_html(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, propre)
        return propre
