"""Django's `pluralize`, the French way, for every template of the portal (a builtin library,
see TEMPLATES in settings): « 0 demande », « 1 demande », « 2 demandes ». Django's own gives
« 0 demandes », the English rule."""

from django import template

from .portail import pluriel

register = template.Library()


@register.filter(is_safe=False)
def pluralize(value, arg="s"):
    """Same arguments as Django's: `"x"` or `"al,aux"`; a sequence counts by its length."""
    if not isinstance(value, int | float | str) and hasattr(value, "__len__"):
        value = len(value)
    if "," not in arg:
        arg = "," + arg
    if arg.count(",") > 1:
        return ""
    return pluriel(value, arg)
