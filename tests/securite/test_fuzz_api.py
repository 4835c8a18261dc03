"""Schemathesis against the public API, in-process through the WSGI application, with every
check it has: no server error; every status code, content type, header and body as the
OpenAPI schema says; what the schema allows is accepted (2xx, or 404 for an object or a page
that does not exist) and what it forbids is refused (400 or 404, never a silent answer);
undocumented methods answer 405.

Each operation gets a few examples that fit the schema and a few that do not, the same on
every run (derandomize); the data are the permission matrix's world, so list and detail
responses carry real objects of every kind. The schema is the one /api/schema/ serves: it
lists the referentials' codes, so it is generated once the test database holds them."""

import json

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.renderers import OpenApiJsonRenderer
from hypothesis import HealthCheck, given, settings
from rest_framework.throttling import AnonRateThrottle
from schemathesis import GenerationMode
from schemathesis.checks import CHECKS, load_all_checks

from croissance.wsgi import application
from tests.croissance.test_permissions import monde  # noqa: F401  (the fixture)

load_all_checks()
TOUS_LES_CONTROLES = CHECKS.get_all()


@pytest.fixture
def _keep_test_connection():
    """Like Django's test client: the WSGI application must not close the database connection
    at the end of each request (on PostgreSQL it holds the test's transaction)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def _sans_limite():
    """Hundreds of requests in a few seconds: the throttle would answer most of them 429
    (documented in the schema, tested in tests/api)."""
    taux = AnonRateThrottle.THROTTLE_RATES
    AnonRateThrottle.THROTTLE_RATES = {"anon": None}
    yield
    AnonRateThrottle.THROTTLE_RATES = taux


def _schema():
    # the schema /api/schema/ serves, generated in-process (JSON-compatible through its renderer)
    document = SchemaGenerator().get_schema(public=True)
    return schemathesis.openapi.from_dict(json.loads(OpenApiJsonRenderer().render(document)))


def test_every_check_of_schemathesis_is_run():
    noms = {check.__name__ for check in TOUS_LES_CONTROLES}
    assert {
        "not_a_server_error",
        "status_code_conformance",
        "content_type_conformance",
        "response_headers_conformance",
        "response_schema_conformance",
        "negative_data_rejection",
        "positive_data_acceptance",
        "missing_required_header",
        "unsupported_method",
    } <= noms


@pytest.mark.usefixtures("_keep_test_connection", "_sans_limite")
@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_api_does_what_its_schema_says(monde, mode):  # noqa: F811
    # one test per mode over every operation: the world is built once, not once per operation
    operations = [result.ok() for result in _schema().get_all_operations()]
    assert len(operations) >= 21
    echecs = []
    for operation in operations:
        if not mode.is_positive and not (
            operation.path_parameters or operation.query or operation.body
        ):
            continue  # nothing to get wrong in a request without parameters

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(
            max_examples=10,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def exemples(case):
            case.call_and_validate(app=application, checks=TOUS_LES_CONTROLES)

        try:
            exemples()
        except (Exception, BaseExceptionGroup) as erreur:  # schemathesis' FailureGroup is one
            echecs.append(f"{operation.label} :\n{erreur}")
    assert not echecs, "\n\n".join(echecs)
