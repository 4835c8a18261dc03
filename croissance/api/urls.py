from django.urls import include, path, re_path
from django.utils.module_loading import autodiscover_modules
from drf_spectacular.utils import extend_schema
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView
from rest_framework.decorators import api_view
from rest_framework.exceptions import NotFound

from croissance.csp import redoc_csp

from .router import router

autodiscover_modules("api")


@extend_schema(exclude=True)
@api_view(["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"])
def introuvable(request, *args, **kwargs):
    """Any other path under /api/ is a 404 in JSON, like an unknown object, not the portal's
    HTML page (a path without the final slash is first redirected to it, by APPEND_SLASH)."""
    raise NotFound("Ce point d'accès ou cet objet n'existe pas.")


urlpatterns = [
    path("", include(router.urls)),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    # ReDoc rather than Swagger UI: Swagger UI's markup fails the accessibility audit.
    path("docs/", redoc_csp(SpectacularRedocView.as_view(url_name="api-schema")), name="api-docs"),
    re_path(r"^[\s\S]*/$", introuvable, name="api-introuvable"),
]


def _public(patterns):
    """The API is public: no page of it asks for a login."""
    for pattern in patterns:
        if hasattr(pattern, "url_patterns"):
            _public(pattern.url_patterns)
        else:
            pattern.callback.login_required = False


_public(urlpatterns)
