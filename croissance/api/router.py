"""The public API's router. Each app registers its read-only viewsets in its `api.py`."""

from rest_framework.routers import DefaultRouter

router = DefaultRouter()
