"""A set of choices stored as one delimited text column (",conseil,site,").

Filtering stays plain SQL on every database (`field__contains=",site,"`) and the admin shows
checkboxes, so mission staff edit the rules without code.
"""

from django import forms
from django.db import models


class ChoixMultiplesField(models.CharField):
    def __init__(self, *args, choix=None, **kwargs):
        self.choix = choix
        kwargs.setdefault("max_length", 255)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["choix"] = self.choix
        for key, value in (("max_length", 255), ("blank", True), ("default", "")):
            if kwargs.get(key) == value:
                kwargs.pop(key)
        return name, path, args, kwargs

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if value is None or value == "":
            return []
        if isinstance(value, list | tuple | set | frozenset):
            return list(value)
        return [part for part in value.split(",") if part]

    def get_prep_value(self, value):
        values = self.to_python(value)
        return f",{','.join(values)}," if values else ""

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        allowed = {key for key, _ in self.choix or []}
        unknown = [v for v in value if v not in allowed]
        if unknown:
            from django.core.exceptions import ValidationError

            raise ValidationError(f"Valeur inconnue : {', '.join(unknown)}.")
        if not value and not self.blank:
            from django.core.exceptions import ValidationError

            raise ValidationError(self.error_messages["blank"], code="blank")

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.choix,
            required=not self.blank,
            label=self.verbose_name[:1].upper() + self.verbose_name[1:],
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )
