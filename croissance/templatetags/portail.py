from decimal import ROUND_HALF_UP, Decimal

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def query_with(context, **params):
    """The current query string with some parameters replaced (filters + pagination). A
    fragment rendered without the request (croissance.fragments) gets its `parametres`."""
    parametres = context["parametres"] if "parametres" in context else context["request"].GET
    query = parametres.copy()
    for key, value in params.items():
        query[key] = value
    return query.urlencode()


@register.filter
def euros(value) -> str:
    """12 345,50 € — French format for money (Decimal, never float)."""
    if value in (None, ""):
        return "—"
    amount = Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    whole, cents = f"{amount:,.2f}".split(".")
    whole = whole.replace(",", "\u202f")
    return f"{whole} €" if cents == "00" else f"{whole},{cents} €"


@register.filter
def pluriel(nombre, formes: str = "s") -> str:
    """French plural ending: `{{ n }} demande{{ n|pluriel }}` — 0 and 1 take the singular
    ("0 demande", "1 demande", "2 demandes"); `formes` "al,aux" gives both endings."""
    singulier, _, pluriel_ = formes.rpartition(",")
    try:
        plusieurs = abs(Decimal(str(nombre))) >= 2
    except (ArithmeticError, ValueError):
        plusieurs = False
    return pluriel_ if plusieurs else singulier


_VOYELLES = tuple("aeiouyàâäéèêëîïôöûùüAEIOUYÀÂÄÉÈÊËÎÏÔÖÛÙÜ")


@register.filter
def de(nom) -> str:
    """« de » before a name, elided before a vowel: `Site {{ place.nom|de }}` — « Site
    d'Amazon », « Site de Zalando » (a name with h is left whole: h muet or not, we cannot
    tell)."""
    nom = str(nom)
    return f"d'{nom}" if nom.startswith(_VOYELLES) else f"de {nom}"


@register.filter
def nombre(value):
    """A count the French way: « 20 000 » with a narrow no-break space from ten thousand on
    (four digits stay whole, so that a year reads 2026); « 9,4 » with a comma. Anything that
    is not a number is left as it is."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return value
    valeur = Decimal(str(value))
    if valeur == valeur.to_integral_value():
        entier = int(valeur)
        return f"{entier:,}".replace(",", "\u202f") if abs(entier) >= 10_000 else str(entier)
    entier, _, decimales = f"{valeur:,.2f}".rstrip("0").partition(".")
    entier = entier.replace(",", "\u202f") if abs(valeur) >= 10_000 else entier.replace(",", "")
    return f"{entier},{decimales}"
