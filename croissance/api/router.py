"""The public API's router. Each app registers its read-only viewsets in its `api.py`."""

from rest_framework.routers import DefaultRouter


class RouterApi(DefaultRouter):
    """Objects are found by their number: a path whose id is not one (`/api/aides/abc/`,
    `/api/aides/1.5/`) is an unknown object, answered in JSON by `croissance.api.urls`."""

    def get_lookup_regex(self, viewset, lookup_prefix=""):
        if not hasattr(viewset, "lookup_value_regex"):
            viewset.lookup_value_regex = "[0-9]+"
        return super().get_lookup_regex(viewset, lookup_prefix)


router = RouterApi()
