"""No page answers 500, whoever asks: every parameterless URL of the portal, every role."""

import pytest

from tests.factories import EntrepriseFactory, UserFactory
from tests.urls import parameterless_paths

ROLES = {
    "anonyme": None,
    "pme": {},
    "connecteur": {"connecteur": True},
    "instructeur": {"instructeur": True, "regions": ["53"]},
    "mission": {"mission": True},
}
ACCEPTABLE = {200, 301, 302, 403, 404, 405}


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_every_page_answers_without_server_error(client, role):
    traits = ROLES[role]
    if traits is not None:
        user = UserFactory(**traits)
        EntrepriseFactory(gestionnaires=[user])
        client.force_login(user)
    failures = {}
    for path in parameterless_paths():
        status = client.get(path).status_code
        if status not in ACCEPTABLE:
            failures[path] = status
    assert not failures, f"réponses inattendues pour le rôle {role} : {failures}"
