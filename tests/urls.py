"""Every URL pattern of the portal, collected from the resolver (so no page escapes tests)."""

from django.urls import URLPattern, URLResolver, get_resolver


def _walk(patterns, prefix="", namespace=None):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            ns = entry.namespace or namespace
            yield from _walk(entry.url_patterns, prefix + str(entry.pattern), ns)
        elif isinstance(entry, URLPattern):
            name = f"{namespace}:{entry.name}" if namespace and entry.name else entry.name
            yield prefix + str(entry.pattern), name


def portal_url_patterns():
    """(route, name) of every pattern outside the Django admin."""
    return [
        (route, name)
        for route, name in _walk(get_resolver().url_patterns)
        if not route.startswith("admin/")
    ]


def parameterless_paths():
    """Paths of the patterns that take no argument, e.g. /aides/."""
    paths = []
    for route, _name in portal_url_patterns():
        if "<" in route or "(?P" in route or route.startswith("^"):
            continue
        paths.append("/" + route)
    return sorted(set(paths))
