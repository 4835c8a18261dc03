"""Schemathesis against the public API, in-process through the WSGI application: whatever the
query parameters and path ids, no server error and every answer matches the OpenAPI schema.

A few examples per operation keep the run short; the data are the permission matrix's world,
so list and detail responses carry real objects of every kind."""

import json

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.renderers import OpenApiJsonRenderer
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
)

from croissance.wsgi import application
from tests.croissance.test_permissions import monde  # noqa: F401  (the fixture)

# the schema /api/schema/ serves, generated in-process (JSON-compatible through its renderer)
schema = schemathesis.openapi.from_dict(
    json.loads(OpenApiJsonRenderer().render(SchemaGenerator().get_schema(public=True)))
)


CHECKS = [not_a_server_error, content_type_conformance, response_schema_conformance]


@pytest.fixture
def _keep_test_connection():
    """Like Django's test client: the WSGI application must not close the database connection
    at the end of each request (on PostgreSQL it holds the test's transaction)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.usefixtures("_keep_test_connection")
def test_api_never_fails_and_matches_its_schema(monde):  # noqa: F811
    # one test over every operation: the world is built once, not once per operation
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 15
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=8,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def examples(case):
            case.call_and_validate(app=application, checks=CHECKS)

        examples()
