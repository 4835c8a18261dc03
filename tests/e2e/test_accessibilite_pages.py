"""Every parameterless page of the portal, seen by a visitor and by an SME manager, passes the
axe audit (WCAG 2.1 A and AA) in Chromium."""

import pytest

from tests.e2e.conftest import login
from tests.factories import DEFAULT_PASSWORD, EntrepriseFactory, UserFactory
from tests.urls import parameterless_paths

pytestmark = pytest.mark.django_db(transaction=True)

SKIPPED = {"/compte/logout/"}  # would end the session of the manager's tour


def _tour(page, audit):
    """Visit every page (error pages included) and return how many answered 200."""
    ok = 0
    for path in parameterless_paths():
        if path in SKIPPED:
            continue
        probe = page.request.get(path)
        if probe.status == 405 or "text/html" not in probe.headers.get("content-type", ""):
            continue  # form targets (POST only), JSON, OpenAPI schema, files: not web pages
        response = page.goto(path, wait_until="networkidle")  # pages that render with JS
        audit(page)
        ok += response.status == 200
    return ok


def test_every_public_page_is_accessible_to_a_visitor(page, audit):
    assert _tour(page, audit) >= 10


def test_every_page_is_accessible_to_an_sme_manager(page, audit):
    from allauth.account.models import EmailAddress

    user = UserFactory()
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    EntrepriseFactory(gestionnaires=[user])
    login(page, audit, user.email, DEFAULT_PASSWORD)
    assert _tour(page, audit) >= 10
