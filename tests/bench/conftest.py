import pytest


@pytest.fixture(autouse=True)
def _bench(settings):
    """The seed refuses to write unless DEBUG or BENCH is on (pytest turns DEBUG off)."""
    settings.BENCH = True
