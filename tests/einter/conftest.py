import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def resultats_sans_cache():
    """Search results are cached under a version bumped by the services; tests that write
    leads with factories start from an empty cache instead."""
    cache.clear()
    yield
    cache.clear()
