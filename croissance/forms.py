"""Project-wide base forms: every form of the portal renders with the State design system."""

import re
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from dsfr.forms import DsfrBaseForm

from croissance.templatetags.portail import euros

# Free-text search boxes: longer input is refused with a French error on the field (SQLite
# rejects a LIKE pattern past 50 000 bytes, PostgreSQL would scan for nothing).
SEARCH_MAX_LENGTH = 200


class SelectRapide(forms.Select):
    """A select whose options are written in Python: Django renders each option through two
    templates of its own, which for a list of countries, départements or aids cost more than
    the rest of the page."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (option["value"], " selected" if option["selected"] else "", option["label"])
                for _groupe, choix, _index in widget["optgroups"]
                for option in choix
            ),
        )
        return format_html(
            '<select name="{}"{}>{}</select>', name, flatatt(widget["attrs"]), options
        )


class DsfrForm(DsfrBaseForm):
    """Base for plain forms."""


class DsfrModelForm(forms.ModelForm, DsfrBaseForm):
    """Base for model forms."""


def run_service(form, action):
    """Call a service for a valid form; its ValidationErrors go back onto the form.

    Returns what the service returned, or None when it refused (the form then has errors).
    """
    try:
        return action()
    except ValidationError as error:
        if hasattr(error, "error_dict"):
            for field, errors in error.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            form.add_error(None, error)
        return None


# Spaces people and office software put between thousands: ordinary, no-break (U+00A0),
# narrow no-break (U+202F, the French typographic one), thin and figure spaces.
_SANS_ESPACES = str.maketrans("", "", " \u00a0\u202f\u2009\u2007\t")
_UNITES = re.compile(r"^(?:€|eur(?:os?)?)?(?P<nombre>.*?)(?:€|eur(?:os?)?)?(?:ht)?$")
_NOMBRE = re.compile(r"^-?(?:\d+(?:\.\d+)?|\.\d+)$")
_MILLIERS = re.compile(r"^-?\d{1,3}(?:\.\d{3})+$")


def normaliser_montant(texte: str) -> str | None:
    """ "12 000,50 €" (any space between thousands), "12000.50", "12.000,50", "12,000.50 EUR",
    "1.250.000" → "12000.50"…; "" for blank text, None for text that is not an amount.

    "12.000" is refused with its two readings: twelve thousand in France, twelve in English
    (money has two decimals, so the point cannot be read either way for sure)."""
    nombre = texte.translate(_SANS_ESPACES).lower().replace("\u2212", "-")
    nombre = _UNITES.match(nombre)["nombre"]
    if "," in nombre and "." in nombre:
        if nombre.rfind(",") > nombre.rfind("."):  # 12.000,50
            nombre = nombre.replace(".", "").replace(",", ".")
        else:  # 12,000.50
            nombre = nombre.replace(",", "")
    elif "," in nombre:
        nombre = nombre.replace(",", ".")
    elif _MILLIERS.match(nombre):
        if nombre.count(".") == 1:
            raise ValidationError(
                "Le point est ambigu : écrivez %(mille)s pour un montant en milliers, ou "
                "%(unites)s avec une virgule.",
                code="ambigu",
                params={
                    "mille": nombre.replace(".", "\u202f"),
                    "unites": f"{Decimal(nombre):.2f}".replace(".", ","),
                },
            )
        nombre = nombre.replace(".", "")
    if not nombre:
        return ""
    return nombre if _NOMBRE.match(nombre) else None


class MontantField(forms.DecimalField):
    """An amount in euros, typed the French way: "12 000", "12 000,50 €" (ordinary, no-break
    or narrow no-break spaces), "12000.50". Every money input of the portal uses it: declared
    on plain forms, and given to model forms by `croissance.fields.EurosField`.

    Positive by default (`min_value=0` for a price that may be free); errors in French."""

    default_error_messages = {
        "invalid": "Saisissez un montant en euros, par exemple 12 000 ou 1 250,50 €.",
        "max_digits": "Montant trop long : vérifiez la saisie.",
        "max_decimal_places": "Deux décimales au plus.",
    }

    def __init__(
        self,
        *,
        max_digits=12,
        decimal_places=2,
        min_value=Decimal("0.01"),
        max_value=None,
        **kwargs,
    ):
        kwargs.setdefault("localize", True)
        super().__init__(
            max_digits=max_digits,
            decimal_places=decimal_places,
            min_value=min_value,
            max_value=max_value,
            **kwargs,
        )
        self.error_messages["max_whole_digits"] = (
            f"Montant trop élevé : {max_digits - decimal_places} chiffres au plus avant la "
            "virgule. Vérifiez la saisie."
        )
        if min_value is not None:
            self.error_messages["min_value"] = (
                "Le montant doit être positif."
                if min_value > 0
                else "Le montant ne peut pas être négatif."
            )
        if max_value is not None:
            self.error_messages["max_value"] = (
                f"Le montant ne peut pas dépasser {euros(max_value)} : vérifiez la saisie."
            )

    def to_python(self, value):
        if isinstance(value, str):
            value = normaliser_montant(value)
            if value is None:
                raise ValidationError(self.error_messages["invalid"], code="invalid")
        return super().to_python(value)

    def widget_attrs(self, widget):
        # A text input (not type="number", which refuses "12 000 €"), with the phone's keypad.
        return {**super().widget_attrs(widget), "inputmode": "decimal"}
