from django.urls import include, path
from django.utils.module_loading import autodiscover_modules
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView

from croissance.csp import redoc_csp

from .router import router

autodiscover_modules("api")

urlpatterns = [
    path("", include(router.urls)),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    # ReDoc rather than Swagger UI: Swagger UI's markup fails the accessibility audit.
    path("docs/", redoc_csp(SpectacularRedocView.as_view(url_name="api-schema")), name="api-docs"),
]


def _public(patterns):
    """The API is public: no page of it asks for a login."""
    for pattern in patterns:
        if hasattr(pattern, "url_patterns"):
            _public(pattern.url_patterns)
        else:
            pattern.callback.login_required = False


_public(urlpatterns)
