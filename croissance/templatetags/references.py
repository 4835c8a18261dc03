"""`{% chiffres_europeens as eurostat %}`: the European figures the pages quote, with their
year and source (croissance/indicateurs/references.py)."""

from django import template

from croissance.indicateurs import references

register = template.Library()


@register.simple_tag
def chiffres_europeens() -> dict:
    return references.chiffres()
