"""Project-wide base forms: every form of the portal renders with the State design system."""

from django import forms
from django.core.exceptions import ValidationError
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from dsfr.forms import DsfrBaseForm

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
