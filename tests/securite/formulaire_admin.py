"""What a person's browser sends back from an admin change page they did not touch: tests change
one or two fields of it, as mission staff would."""

from django import forms


def _valeur(bound_field, widget, value):
    if isinstance(widget, forms.CheckboxInput):
        return "on" if value else None
    if isinstance(widget, forms.MultiWidget):
        return None  # split by the caller
    if isinstance(widget, (forms.SelectMultiple, forms.CheckboxSelectMultiple)):
        return [str(v) for v in value or []]
    if isinstance(widget, forms.ClearableFileInput | forms.FileInput):
        return None
    formatted = widget.format_value(value)
    return "" if formatted is None else formatted


def _champs(form) -> dict:
    data = {}
    for bound_field in form:
        if bound_field.field.disabled:
            continue
        widget = bound_field.field.widget
        widget = getattr(widget, "widget", widget)  # the admin's related-object wrapper
        value = bound_field.value()
        if isinstance(widget, forms.MultiWidget):
            parts = value if isinstance(value, list) else widget.decompress(value)
            for i, (sub, part) in enumerate(zip(widget.widgets, parts, strict=False)):
                data[f"{bound_field.html_name}_{i}"] = sub.format_value(part) or ""
            continue
        converted = _valeur(bound_field, widget, value)
        if converted is not None:
            data[bound_field.html_name] = converted
    return data


def donnees_du_formulaire(response) -> dict:
    """The change page's form, inline rows included, as it would be posted back unchanged."""
    data = _champs(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        management = formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = management[name].value()
        for form in formset.initial_forms:
            data.update(_champs(form))
    return data
